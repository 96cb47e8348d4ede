/**
 * A table of the distinct words (or whole texts) of a framework. A word is
 * looked up by its span in the text it occurs in, so a word met before
 * costs no new string: the index reads millions of words of a large
 * framework but only a few thousand distinct ones, and cutting each out to
 * look it up in a Map was most of the garbage the build made. A whole text
 * (a field's value, often hundreds of characters, repeated across many
 * indicators) is looked up by a hash of its length and a sample of its
 * characters, then compared in full: hashing every character of every
 * value, as a Map does, cost more than reading the distinct ones.
 */
export class WordTable<T> {
  private slots = new Int32Array(1024);
  private readonly keys: string[] = [];
  /** Each key's hash, in a typed array: in a browser a 32-bit hash is often too large to be a small integer, and each would be an object of its own in an ordinary array. */
  private hashes = new Int32Array(1024);
  private readonly values: T[] = [];

  /** The value of the word at [start, end) of `text`, made from the word by `make` the first time it is met. */
  get(text: string, start: number, end: number, make: (word: string) => T): T {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    return this.find(hash, text, start, end, make);
  }

  /** The value of the whole of `text`, made by `make` the first time it is met. */
  getText(text: string, make: (text: string) => T): T {
    const n = text.length;
    let hash = Math.imul(n, 0x9e3779b1);
    const step = n > TEXT_SAMPLE ? Math.floor(n / TEXT_SAMPLE) : 1;
    for (let i = 0; i < n; i += step) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    if (n) hash = Math.imul(hash ^ text.charCodeAt(n - 1), 0x01000193);
    return this.find(hash, text, 0, n, make);
  }

  private find(hash: number, text: string, start: number, end: number, make: (word: string) => T): T {
    const length = end - start;
    const mask = this.slots.length - 1;
    let at = hash & mask;
    for (let slot = this.slots[at] ?? 0; slot; slot = this.slots[(at = (at + 1) & mask)] ?? 0) {
      const key = this.keys[slot - 1] as string;
      if (this.hashes[slot - 1] === (hash | 0) && key.length === length && text.startsWith(key, start)) return this.values[slot - 1] as T;
    }
    const word = start === 0 && end === text.length ? text : text.slice(start, end);
    const value = make(word);
    if (this.keys.length === this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[this.keys.length] = hash;
    this.keys.push(word);
    this.values.push(value);
    this.slots[at] = this.keys.length;
    if (this.keys.length * 2 > this.slots.length) this.grow();
    return value;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let i = 0; i < this.keys.length; i++) {
      let at = (this.hashes[i] ?? 0) & mask;
      while (slots[at]) at = (at + 1) & mask;
      slots[at] = i + 1;
    }
    this.slots = slots;
  }
}

/** Characters of a long text its hash reads, spread evenly. */
const TEXT_SAMPLE = 32;
