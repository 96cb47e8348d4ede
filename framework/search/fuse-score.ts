/**
 * fuse.js's token search (fuse.js 7.5, `useTokenSearch`), scored for the few
 * contenders of a query without a fuse.js index of the whole framework.
 *
 * What fuse.js needs of the whole framework is two numbers per query word:
 * how many fields hold it (df) and how many fields there are (fieldCount),
 * for its idf weights. Its index works them out by splitting every field of
 * every indicator into words and keeping a map of words per indicator: at
 * 10,000 indicators that was a third of the search's build time and 35 MB
 * kept for good. Here they are counted once per distinct value (a large
 * framework repeats its outcomes, themes and keywords), into one table.
 * Each field is then scored exactly as fuse.js scores it: its own bitap
 * match of each query word (`Fuse.match`, asked only where the word could
 * match), weighted by idf, the field's weight and its length norm,
 * multiplied over the fields that matched. A unit test holds the scores to
 * fuse.js's own, to the last digit.
 */
import Fuse from 'fuse.js';
import { WordTable } from './word-table';

/** fuse.js's own word pattern (its default tokeniser, fuse.js 7.5): a test holds the two together. */
export const FUSE_WORD = /[\p{L}\p{M}\p{N}_]+/gu;

/** What fuse.js does with each query word in a field: the options of the search the ranker asks for. */
export const BITAP_OPTIONS = {
  ignoreLocation: true,
  // The vocabulary has already corrected typos, so fuse.js need only allow a little slack.
  threshold: 0.2,
  // Values are lower-cased once here rather than by fuse.js on every comparison.
  isCaseSensitive: true,
} as const;

/** A field fuse.js ranks on: its weight, and its value (array fields joined) for an indicator. */
export interface ScoredKey<D> {
  name: string;
  weight: number;
  /** The field's items for a document, as written (lower-cased and joined here). */
  items: (doc: D) => readonly string[];
}

/** How fuse.js joins an array field into one value (one pass per field, not per item). */
const JOIN = ' · ';

/** A field's value as fuse.js reads it. */
export function fieldText(items: readonly string[]): string {
  return items.join(JOIN).toLowerCase();
}

/** fuse.js's field-length norm (fieldNormWeight 1, three decimals): longer fields count less. */
function lengthNorm(value: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const separator = (code >= 9 && code <= 13) || code === 32 || code === 160;
    if (!separator && !inWord) words++;
    inWord = !separator;
  }
  return Math.round(1000 / Math.sqrt(Math.max(1, words))) / 1000;
}

/** Whether a code point is a word character to fuse.js (`FUSE_WORD`): ASCII at once, the rest asked of the pattern once each. */
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}_]$/u;
const wordCharacters = new Map<number, boolean>();
function isWordCharacter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 95;
  let known = wordCharacters.get(code);
  if (known === undefined) wordCharacters.set(code, (known = WORD_CHARACTER.test(String.fromCodePoint(code))));
  return known;
}

/** The framework-wide counts fuse.js's idf weights read. */
export interface FieldStats {
  /** How many fields hold any word. */
  readonly fieldCount: number;
  /** How many fields hold `word` (lower case, one of fuse.js's words). */
  fieldsWith(word: string): number;
}

/**
 * Counts fields as fuse.js's index does, one field at a time: `wordsOf` an
 * item (worked out once per distinct item by the caller), then `field` with
 * the words of each of its items. Each word is found again by its place in
 * the text (word-table.ts), so no string is cut out for a word met before.
 */
export class FieldCounter implements FieldStats {
  private readonly ids = new Map<string, number>();
  private readonly wordTable = new WordTable<number>();
  private df = new Int32Array(1024);
  /** Per word id: the last field (`mark`) or item (`seen`) it was counted in. */
  private mark = new Int32Array(1024);
  private seen = new Int32Array(1024);
  private fieldSerial = 0;
  private itemSerial = 0;
  private readonly found: number[] = [];
  fieldCount = 0;

  /** The distinct words of one item (of its lower-cased text, as fuse.js splits the joined value), as ids. */
  wordsOf(item: string): number[] {
    const text = item.toLowerCase();
    const serial = ++this.itemSerial;
    const found = this.found;
    found.length = 0;
    let start = -1;
    for (let i = 0; i <= text.length; ) {
      const code = i < text.length ? (text.codePointAt(i) ?? 0) : -1;
      if (code >= 0 && isWordCharacter(code)) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        const id = this.wordTable.get(text, start, i, this.newId);
        if (this.seen[id] !== serial) {
          this.seen[id] = serial;
          found.push(id);
        }
        start = -1;
      }
      i += code > 0xffff ? 2 : 1;
    }
    return found.slice();
  }

  /** The id of one word (lower case, one of fuse.js's words). */
  wordId(word: string): number {
    return this.ids.get(word) ?? this.newId(word);
  }

  /** Counts one field, given the words of each of its items. */
  field(items: readonly (readonly number[])[]): void {
    const serial = ++this.fieldSerial;
    let any = false;
    for (const words of items) {
      for (const id of words) {
        any = true;
        if (this.mark[id] === serial) continue;
        this.mark[id] = serial;
        this.df[id] = (this.df[id] ?? 0) + 1;
      }
    }
    if (any) this.fieldCount++;
  }

  fieldsWith(word: string): number {
    const id = this.ids.get(word);
    return id === undefined ? 0 : (this.df[id] ?? 0);
  }

  private readonly newId = (word: string): number => {
    const id = this.ids.size;
    this.ids.set(word, id);
    if (id >= this.df.length) {
      this.df = grown(this.df);
      this.mark = grown(this.mark);
      this.seen = grown(this.seen);
    }
    return id;
  };
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** Counts the fields of every document, each distinct item read once. */
export function countFields<D>(docs: readonly D[], keys: readonly ScoredKey<D>[]): FieldStats {
  const counter = new FieldCounter();
  const itemTable = new WordTable<number[]>();
  const wordsOf = (item: string): number[] => counter.wordsOf(item);
  for (const doc of docs) for (const key of keys) counter.field(key.items(doc).map((item) => itemTable.getText(item, wordsOf)));
  return counter;
}

/** Most errors fuse.js's bitap forgives in a word of `length` characters: its score is errors / length, and must not pass the threshold. */
function allowedErrors(length: number): number {
  let errors = 0;
  while ((errors + 1) / length <= BITAP_OPTIONS.threshold) errors++;
  return errors;
}

/**
 * A word cut into one piece more than the errors bitap forgives: each error
 * (a letter left out, added or changed) spoils at most one piece, so a field
 * where the word matches holds at least one piece exactly, and a field that
 * holds none need not be given to fuse.js at all (most fields, for most
 * words). Undefined for words over 32 characters, which fuse.js reads in
 * chunks of its own.
 */
function exactPieces(word: string): string[] | undefined {
  if (word.length > 32) return undefined;
  const count = allowedErrors(word.length) + 1;
  const size = Math.floor(word.length / count);
  return Array.from({ length: count }, (_, k) => word.slice(k * size, k === count - 1 ? word.length : (k + 1) * size));
}

function mayMatch(pieces: readonly string[] | undefined, value: string): boolean {
  return !pieces || pieces.some((piece) => value.includes(piece));
}

/** One field of a document as fuse.js scores it. */
interface Field {
  value: string;
  norm: number;
}

/** fuse.js's token-search scores over a set of documents, with its statistics for all of them. */
export class FuseTokenScorer<D> {
  private readonly stats: FieldStats;
  /** Each key's weight as fuse.js uses it: a share of all the keys' weights. */
  private readonly shares: number[];
  /** Field values as fuse.js reads them, with their norms, kept for documents that have been contenders. */
  private readonly fields = new Map<number, readonly (Field | undefined)[]>();

  /** `stats` are those of `keys` over `docs`, counted here unless the caller counted them while reading the documents. */
  constructor(
    private readonly docs: readonly D[],
    private readonly keys: readonly ScoredKey<D>[],
    stats?: FieldStats,
  ) {
    const total = keys.reduce((sum, key) => sum + key.weight, 0);
    this.shares = keys.map((key) => key.weight / total);
    this.stats = stats ?? countFields(docs, keys);
  }

  /**
   * fuse.js's score (0 best, towards 1) for each of `docs` that matches
   * `query` in any field, as `new Fuse(all, { useTokenSearch: true, keys,
   * ...BITAP_OPTIONS }).search(query)` gives it (1 where it gives none); a
   * document that matches nowhere is left out.
   */
  scores(query: string, docs: Iterable<number>): Map<number, number> {
    const out = new Map<number, number>();
    // fuse.js answers an empty query with every document, unscored.
    if (!query.trim()) {
      for (const at of docs) if (this.docs[at] !== undefined) out.set(at, 1);
      return out;
    }
    const words = query.match(FUSE_WORD) ?? [];
    if (!words.length) return out;
    const { fieldCount } = this.stats;
    const idf = words.map((word) => {
      const df = this.stats.fieldsWith(word);
      return Math.log(1 + (fieldCount - df + 0.5) / (df + 0.5));
    });
    const pieces = words.map(exactPieces);
    for (const at of docs) {
      const doc = this.docs[at];
      if (doc === undefined) continue;
      let total = 1;
      let matched = false;
      const fields = this.fieldsOf(at, doc);
      for (let k = 0; k < fields.length; k++) {
        const field = fields[k];
        if (!field) continue;
        const score = this.fieldScore(words, pieces, idf, field.value);
        if (score === undefined) continue;
        matched = true;
        // Never 0 (fuse.js's token score has a floor of 0.001), so fuse.js's guard for 0 is not needed.
        total *= Math.pow(score, (this.shares[k] ?? 0) * field.norm);
      }
      if (matched) out.set(at, total);
    }
    return out;
  }

  /** A document's fields as fuse.js reads them (undefined where blank: fuse.js skips those), worked out when it is first a contender. */
  private fieldsOf(at: number, doc: D): readonly (Field | undefined)[] {
    let fields = this.fields.get(at);
    if (!fields) {
      fields = this.keys.map((key) => {
        const value = fieldText(key.items(doc));
        return value.trim() ? { value, norm: lengthNorm(value) } : undefined;
      });
      this.fields.set(at, fields);
    }
    return fields;
  }

  /** One field: the idf-weighted share of the query's words its bitap matches found, or undefined for none. */
  private fieldScore(words: readonly string[], pieces: readonly (readonly string[] | undefined)[], idf: readonly number[], value: string): number | undefined {
    let weighted = 0;
    let possible = 0;
    let matched = 0;
    for (let i = 0; i < words.length; i++) {
      const weight = idf[i] ?? 0;
      possible += weight;
      if (!mayMatch(pieces[i], value)) continue;
      const result = Fuse.match(words[i] ?? '', value, BITAP_OPTIONS);
      if (!result.isMatch) continue;
      matched++;
      weighted += weight * (1 - result.score);
    }
    if (!matched) return undefined;
    return Math.max(0.001, possible > 0 ? 1 - weighted / possible : 0);
  }
}
