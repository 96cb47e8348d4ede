/**
 * A table of the distinct words of a text, looked up by their span in the
 * text they occur in, so a word met before costs no new string. The index
 * reads millions of words of a large framework but only a few thousand
 * distinct ones: cutting each out to look it up in a Map was most of the
 * garbage the build made.
 */
export class WordTable<T> {
  private slots = new Int32Array(1024);
  private readonly keys: string[] = [];
  private readonly hashes: number[] = [];
  private readonly values: T[] = [];

  /** The value of the word at [start, end) of `text`, made from the word by `make` the first time it is met. */
  get(text: string, start: number, end: number, make: (word: string) => T): T {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const length = end - start;
    const mask = this.slots.length - 1;
    let at = hash & mask;
    for (let slot = this.slots[at] ?? 0; slot; slot = this.slots[(at = (at + 1) & mask)] ?? 0) {
      const key = this.keys[slot - 1] as string;
      if (this.hashes[slot - 1] === hash && key.length === length && text.startsWith(key, start)) return this.values[slot - 1] as T;
    }
    const word = text.slice(start, end);
    const value = make(word);
    this.keys.push(word);
    this.hashes.push(hash);
    this.values.push(value);
    this.slots[at] = this.keys.length;
    if (this.keys.length * 2 > this.slots.length) this.grow();
    return value;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    this.hashes.forEach((hash, i) => {
      let at = hash & mask;
      while (slots[at]) at = (at + 1) & mask;
      slots[at] = i + 1;
    });
    this.slots = slots;
  }
}
