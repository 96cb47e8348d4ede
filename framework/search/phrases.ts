/**
 * Finds synonym-table phrases in a sequence of word slots. The same matcher
 * runs over an indicator's text (each slot: the word's stem) and over a
 * query (each slot: every word the typed word may stand for), so "looked
 * after children" in a query meets "Looked After Children" in the data.
 */
import { normaliseWord, stem, tokenise } from './normalise';
import type { SynonymGroup } from './synonyms';

/** One way to read a slot: a stem covering `span` slots (2 for a compound such as "well-being"). */
export interface SlotAlternative {
  stem: string;
  span: number;
  confidence: number;
}

interface PhraseHit {
  groupId: string;
  /** First slot of the hit. */
  start: number;
  /** Number of slots covered. */
  length: number;
  confidence: number;
}

/** The answer for a text that holds no phrase, shared. */
const NO_HITS: readonly PhraseHit[] = [];

interface CompiledPhrase {
  groupId: string;
  stems: string[];
}

export class PhraseMatcher {
  private readonly byFirstStem = new Map<string, CompiledPhrase[]>();
  /** Every normalised word the table uses, for the vocabulary (so typos of "carbon" resolve). */
  readonly words = new Set<string>();

  constructor(groups: readonly SynonymGroup[]) {
    for (const group of groups) {
      for (const term of group.terms) {
        const words = tokenise(term).map((t) => t.word);
        if (!words.length) continue;
        for (const w of words) this.words.add(w);
        const phrase: CompiledPhrase = { groupId: group.id, stems: words.map((w) => stem(normaliseWord(w))) };
        const first = phrase.stems[0] ?? '';
        const list = this.byFirstStem.get(first);
        if (list) list.push(phrase);
        else this.byFirstStem.set(first, [phrase]);
      }
    }
  }

  /** All phrase hits, at most one per group and start (the longest, most confident). */
  find(slots: readonly (readonly SlotAlternative[])[]): PhraseHit[] {
    const best = new Map<string, PhraseHit>();
    for (let start = 0; start < slots.length; start++) {
      for (const alt of slots[start] ?? []) {
        for (const phrase of this.byFirstStem.get(alt.stem) ?? []) {
          const end = this.matchRest(phrase.stems, 1, start + alt.span, slots, alt.confidence);
          if (!end) continue;
          const key = `${phrase.groupId}@${start}`;
          const hit: PhraseHit = { groupId: phrase.groupId, start, length: end.next - start, confidence: end.confidence };
          const prior = best.get(key);
          if (!prior || prior.length < hit.length || (prior.length === hit.length && prior.confidence < hit.confidence)) {
            best.set(key, hit);
          }
        }
      }
    }
    return [...best.values()];
  }

  /**
   * The same search over plain text, where each slot is one stem, plus the
   * stem of the compound it forms with the next word when they are joined
   * by a hyphen. Cheaper than `find` for the large amounts of text indexed.
   * Only the first `length` slots are read (all by default), so the index
   * can pass buffers it reuses.
   */
  findInSequence(stems: readonly string[], compounds: readonly (string | undefined)[], length = stems.length): readonly PhraseHit[] {
    // Most values hold no phrase: the list is made only for the first hit.
    let hits: PhraseHit[] | undefined;
    for (let start = 0; start < length; start++) {
      hits = this.hitsFrom(start, stems[start] ?? '', 1, stems, compounds, length, hits);
      const compound = compounds[start];
      if (compound) hits = this.hitsFrom(start, compound, 2, stems, compounds, length, hits);
    }
    return hits ?? NO_HITS;
  }

  /** The phrases that begin at `start` with `first` (a word, or a compound of `firstSpan` words), added to `hits`. */
  private hitsFrom(
    start: number,
    first: string,
    firstSpan: number,
    stems: readonly string[],
    compounds: readonly (string | undefined)[],
    length: number,
    hits: PhraseHit[] | undefined,
  ): PhraseHit[] | undefined {
    const phrases = this.byFirstStem.get(first);
    if (!phrases) return hits;
    let out = hits;
    for (const phrase of phrases) {
      const end = this.matchSequence(phrase.stems, 1, start + firstSpan, stems, compounds, length);
      if (end > 0) (out ??= []).push({ groupId: phrase.groupId, start, length: end - start, confidence: 1 });
    }
    return out;
  }

  private matchSequence(
    phrase: readonly string[],
    index: number,
    slot: number,
    stems: readonly string[],
    compounds: readonly (string | undefined)[],
    length: number,
  ): number {
    if (index === phrase.length) return slot;
    if (slot >= length) return 0;
    const wanted = phrase[index];
    if (stems[slot] === wanted) {
      const end = this.matchSequence(phrase, index + 1, slot + 1, stems, compounds, length);
      if (end > 0) return end;
    }
    if (compounds[slot] === wanted) return this.matchSequence(phrase, index + 1, slot + 2, stems, compounds, length);
    return 0;
  }

  private matchRest(
    stems: readonly string[],
    index: number,
    slot: number,
    slots: readonly (readonly SlotAlternative[])[],
    confidence: number,
  ): { next: number; confidence: number } | null {
    if (index === stems.length) return { next: slot, confidence };
    let bestEnd: { next: number; confidence: number } | null = null;
    for (const alt of slots[slot] ?? []) {
      if (alt.stem !== stems[index]) continue;
      const end = this.matchRest(stems, index + 1, slot + alt.span, slots, Math.min(confidence, alt.confidence));
      if (end && (!bestEnd || end.confidence > bestEnd.confidence)) bestEnd = end;
    }
    return bestEnd;
  }
}
