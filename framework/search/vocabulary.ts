/**
 * The vocabulary a search knows (every normalised word of the framework plus
 * the synonym table) and the ways a query word can reach it: exactly, by
 * stem, by UK/US spelling, as a prefix while typing, or with a typo.
 */
import { editDistance } from '../text/edit-distance';
import { spellingVariants, stem } from './normalise';

export type MatchKind = 'exact' | 'stem' | 'spelling' | 'prefix' | 'fuzzy' | 'compound';

export interface WordMatch {
  /** A word of the vocabulary. */
  word: string;
  /** How sure we are the user meant it, 0..1. */
  confidence: number;
  kind: MatchKind;
}

const CONFIDENCE = {
  exact: 1,
  spelling: 1,
  stem: 0.95,
  compound: 0.9,
  fuzzy1: 0.8,
  fuzzy2: 0.65,
} as const;

/** Prefix expansions kept per query word: the shortest words first, as they are the likeliest completions. */
const MAX_PREFIX_EXPANSIONS = 24;
/** Typo corrections kept per query word. */
const MAX_FUZZY = 6;

/** Typos allowed for a word of this length: none below 4 letters ("EV", "ACE" must be exact). */
function allowedTypos(length: number): number {
  if (length < 4) return 0;
  if (length < 7) return 1;
  return 2;
}

/** Letters present in a word, one bit each (other characters share the top bits). */
function letterMask(word: string, length = word.length): number {
  let mask = 0;
  for (let i = 0; i < length; i++) {
    const c = word.charCodeAt(i) - 97;
    mask |= 1 << (c >= 0 && c < 26 ? c : 26 + (word.charCodeAt(i) % 5));
  }
  return mask;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * One edit changes at most two letters of the set of letters a word uses, so
 * words whose letter sets differ more than twice the allowed edits are
 * skipped before the (costlier) edit distance.
 */
function maybeWithin(maskA: number, maskB: number, max: number): boolean {
  return popcount(maskA ^ maskB) <= 2 * max;
}

interface Bucket {
  words: string[];
  masks: Int32Array;
}

/** Resolved words kept per query word: typing re-reads the earlier words on every keystroke. */
const CACHE_SIZE = 512;

export class Vocabulary {
  private readonly words: string[];
  private readonly wordSet: Set<string>;
  private readonly byStem = new Map<string, string[]>();
  private readonly byLength = new Map<number, Bucket>();
  private readonly byFirstLetter = new Map<string, string[]>();
  private readonly stems = new Map<string, string>();
  private readonly cache = new Map<string, WordMatch[]>();

  constructor(words: Iterable<string>) {
    this.wordSet = new Set(words);
    this.words = [...this.wordSet].sort();
    const lengths = new Map<number, string[]>();
    for (const word of this.words) {
      const s = stem(word);
      this.stems.set(word, s);
      const sameStem = this.byStem.get(s);
      if (sameStem) sameStem.push(word);
      else this.byStem.set(s, [word]);
      const sameLength = lengths.get(word.length);
      if (sameLength) sameLength.push(word);
      else lengths.set(word.length, [word]);
      const first = word[0] ?? '';
      const sameFirst = this.byFirstLetter.get(first);
      if (sameFirst) sameFirst.push(word);
      else this.byFirstLetter.set(first, [word]);
    }
    for (const [length, list] of lengths) {
      this.byLength.set(length, { words: list, masks: Int32Array.from(list, (w) => letterMask(w)) });
    }
  }

  get size(): number {
    return this.words.length;
  }

  has(word: string): boolean {
    return this.wordSet.has(word);
  }

  /** The stem of a vocabulary word (cached), or of any word. */
  stemOf(word: string): string {
    return this.stems.get(word) ?? stem(word);
  }

  /**
   * Every vocabulary word a query word may stand for, best first. `asPrefix`
   * is for the word still being typed (the last one): it may be the start of
   * any longer word. Finished words of five letters or more reach longer
   * words too ("sponsor" -> "sponsorship"). `typos: false` skips the typo
   * search. The result is shared: do not change it.
   */
  resolve(word: string, { asPrefix, typos = true }: { asPrefix: boolean; typos?: boolean }): readonly WordMatch[] {
    const key = `${asPrefix ? 1 : 0}${typos ? 1 : 0}${word}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const result = this.lookUp(word, asPrefix, typos);
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value ?? '');
    this.cache.set(key, result);
    return result;
  }

  private lookUp(word: string, asPrefix: boolean, typos: boolean): WordMatch[] {
    const found = new Map<string, WordMatch>();
    const add = (w: string, confidence: number, kind: MatchKind): void => {
      const existing = found.get(w);
      if (!existing || existing.confidence < confidence) found.set(w, { word: w, confidence, kind });
    };

    if (this.wordSet.has(word)) add(word, CONFIDENCE.exact, 'exact');
    for (const w of this.byStem.get(stem(word)) ?? []) add(w, CONFIDENCE.stem, 'stem');
    for (const variant of spellingVariants(word)) {
      if (this.wordSet.has(variant)) add(variant, CONFIDENCE.spelling, 'spelling');
      for (const w of this.byStem.get(stem(variant)) ?? []) add(w, CONFIDENCE.stem, 'stem');
      // "organiz" while typing "organization": complete the UK spelling too.
      if (asPrefix) for (const w of this.withPrefix(variant)) add(w, 0.6 + 0.3 * (variant.length / w.length), 'prefix');
    }

    const minPrefix = asPrefix ? 2 : 5;
    if (word.length >= minPrefix) {
      for (const w of this.withPrefix(word)) {
        // A longer completion is a weaker guess: "app" says less than "apprentic".
        add(w, 0.6 + 0.3 * (word.length / w.length), 'prefix');
      }
    }

    // Typos are looked for only when the word leads nowhere as typed.
    if (!found.size && typos) {
      for (const m of this.fuzzy(word, asPrefix)) add(m.word, m.confidence, 'fuzzy');
    }
    return [...found.values()].sort((a, b) => b.confidence - a.confidence || a.word.length - b.word.length);
  }

  private withPrefix(prefix: string): string[] {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.words[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.words.length; i++) {
      const w = this.words[i] ?? '';
      if (!w.startsWith(prefix)) break;
      if (w !== prefix) out.push(w);
    }
    if (out.length > MAX_PREFIX_EXPANSIONS) {
      out.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
      out.length = MAX_PREFIX_EXPANSIONS;
    }
    return out;
  }

  /** Words within the allowed number of typos; for a word being typed, also words that start within one typo of it. */
  private fuzzy(word: string, asPrefix: boolean): WordMatch[] {
    const max = allowedTypos(word.length);
    if (max === 0) return [];
    const mask = letterMask(word);
    const out: WordMatch[] = [];
    for (let len = word.length - max; len <= word.length + max; len++) {
      const bucket = this.byLength.get(len);
      if (!bucket) continue;
      for (let i = 0; i < bucket.words.length; i++) {
        if (!maybeWithin(mask, bucket.masks[i] ?? 0, max)) continue;
        const w = bucket.words[i] ?? '';
        const d = editDistance(word, w, max);
        if (d <= max) out.push({ word: w, confidence: d === 1 ? CONFIDENCE.fuzzy1 : CONFIDENCE.fuzzy2, kind: 'fuzzy' });
      }
    }
    if (asPrefix && word.length >= 5) {
      // "apprentis" while typing "apprentiships": compare with the start of
      // longer words. Typos rarely fall on the first letter, which keeps this quick.
      for (const w of this.byFirstLetter.get(word[0] ?? '') ?? []) {
        if (w.length <= word.length + max) continue;
        if (!maybeWithin(mask, letterMask(w, word.length), 1)) continue;
        if (editDistance(word, w.slice(0, word.length), 1) <= 1) {
          out.push({ word: w, confidence: CONFIDENCE.fuzzy2, kind: 'fuzzy' });
        }
      }
    }
    out.sort((a, b) => b.confidence - a.confidence || a.word.length - b.word.length);
    return out.slice(0, MAX_FUZZY);
  }
}
