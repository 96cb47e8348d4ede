/**
 * The first stage of a search: every indicator sharing a word, synonym
 * concept or related topic with the query, graded from the inverted index
 * alone.
 *
 * For each query word, an indicator's best match is weighed by where it is
 * (the field weights of inverted-index.ts: the indicator's own wording counts
 * most, the stage wording least) and by how the word reached it: as typed
 * (or its plural, spelling or compound) in full; through a synonym a little
 * less (the concept postings carry CONCEPT_FACTOR); by a guess (a typo
 * correction, or a completion of the word being typed) less again; through a
 * related topic (synonyms.ts) least. Words are weighted by how rare
 * they are (a known phrase by how rare the phrase is), and the matches
 * combine into `evidence`, 0..1: 1 when every word is found as typed in the
 * indicator's text.
 *
 * Hits then fall into bands, best first:
 *   0. every word found, at least one match outside the stage wording;
 *   1. a match outside the stage wording, but not every word found there or
 *      anywhere (or found only through a related topic);
 *   2. every word found as typed, but only in the stage wording.
 * Within a band, more evidence ranks first. Noise is dropped:
 *   - inside the long stage wording only the word as typed counts, not a
 *     synonym, typo correction or completion of it;
 *   - some of the words, found only in the stage wording;
 *   - a phrase the synonym table knows is one idea: "care" alone is not
 *     "care leavers". A phrase found whole (outside the stage wording, or in
 *     it with every word as typed) counts as found; its words found apart
 *     count towards the evidence but not as finding it; some of them alone,
 *     not at all;
 *   - completions of a word that is already complete as typed ("EV":
 *     "every", "evidence") order hits but do not make one;
 *   - a band-1 hit with less than a quarter of the best hit's evidence.
 *
 * Scratch arrays are reused between keystrokes to keep garbage (and pauses) down.
 */
import { FIELD_WEIGHTS, type IndexedDoc, type Posting, type SearchIndex } from './inverted-index';
import type { ParsedQuery } from './query';
import type { MatchKind } from './vocabulary';

export interface Candidate {
  /** Position of the indicator in the index. */
  doc: number;
  /** 0, 1 or 2, best first (see above). */
  band: number;
  /** How well the indicator matches, 0..1 (1: every word as typed, in its own wording). */
  evidence: number;
  /** Share of the query's words the indicator matches, weighted by how sure each match is (0..1). */
  coverage: number;
}

const BAND_ALL_WORDS = 0;
const BAND_SOME_WORDS = 1;
const BAND_STAGE_ONLY = 2;
export const BAND_COUNT = 3;

/**
 * How a query word reached a posting: as typed (or its plural, UK/US
 * spelling, or a compound); through a synonym; by a guess (a typo
 * correction, or a completion of the word being typed); through a related
 * topic; or as a completion of a word that is already complete as typed
 * ("EV" -> "evidence"). The last two are hints: they order the list but do
 * not count as finding the word, and a completion hint alone does not make a
 * hit.
 */
const LITERAL = 0;
const SYNONYM = 1;
const GUESS = 2;
const RELATED = 3;
const COMPLETION = 4;
type Reach = typeof LITERAL | typeof SYNONYM | typeof GUESS | typeof RELATED | typeof COMPLETION;

/**
 * A guess counts at most this much, below a synonym of the word as typed
 * (CONCEPT_FACTOR, 0.85), so that the word itself ranks first, then its
 * synonyms, then guesses.
 */
const GUESS_CAP = 0.8;
/** A related topic counts this share of a synonym. */
const RELATED_FACTOR = 0.5;
/**
 * An indicator that mentions the word (or synonym) again and again is a
 * little more about it: up to this share more. Small enough that a synonym
 * never overtakes the word itself in the same field, nor a guess a synonym.
 */
const REPEAT_BONUS = 0.05;
/**
 * A hit that does not find every word needs at least this share of the best
 * hit's evidence: "prevention" alone, for "crime prevention", is noise when
 * an indicator about crime prevention exists, and the best there is when
 * none does.
 */
const MIN_PARTIAL_RATIO = 0.25;
/**
 * A hit that does not find every word and has less than this evidence
 * matches nothing of what the query means ("website accessibility audit":
 * an indicator that happens to say "accessible"). Search still returns it,
 * marked weak, so the panel can show it as a nearest topic rather than a
 * result.
 */
const WEAK_EVIDENCE = 0.3;

export function isWeak(candidate: Candidate): boolean {
  return candidate.band === BAND_SOME_WORDS && candidate.evidence < WEAK_EVIDENCE;
}

/** Posting weights at or below this are matches in the stage wording only. */
const STAGE_WEIGHT = FIELD_WEIGHTS.wording + 1e-9;

function reachOf(kind: MatchKind, known: boolean): Reach {
  if (kind === 'prefix') return known ? COMPLETION : GUESS;
  return kind === 'fuzzy' ? GUESS : LITERAL;
}

/** Query words the masks can hold (the query reader keeps at most 32). */
const MAX_WORDS = 32;

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function bitsOf(start: number, length: number): number {
  let mask = 0;
  for (let i = start; i < start + length && i < MAX_WORDS; i++) mask |= 1 << i;
  return mask >>> 0;
}

export class Shortlister {
  /** Per indicator and query word: the best match's strength and confidence (row-major, MAX_WORDS per indicator). */
  private readonly value: Float32Array;
  private readonly confidence: Float32Array;
  /**
   * Per indicator, one bit per query word: matched in any way; matched
   * outside the stage wording in any way; found (not only hinted at);
   * matched other than by a completion hint.
   */
  private readonly wordMask: Uint32Array;
  private readonly outsideMask: Uint32Array;
  private readonly foundMask: Uint32Array;
  private readonly solidMask: Uint32Array;
  /** Per indicator, query words of phrases found whole: outside the stage wording; in it. */
  private readonly phraseOutside: Uint32Array;
  private readonly phraseStage: Uint32Array;
  private readonly weights = new Float64Array(MAX_WORDS);
  /** Marks by generation, so nothing needs clearing between queries. */
  private readonly seenInQuery: Uint32Array;
  private readonly seenInWord: Uint32Array;
  private readonly touched: Int32Array;
  private readonly touchedInWord: Int32Array;
  private generation = 0;

  constructor(private readonly index: SearchIndex) {
    const n = index.docs.length;
    this.value = new Float32Array(n * MAX_WORDS);
    this.confidence = new Float32Array(n * MAX_WORDS);
    this.wordMask = new Uint32Array(n);
    this.outsideMask = new Uint32Array(n);
    this.foundMask = new Uint32Array(n);
    this.solidMask = new Uint32Array(n);
    this.phraseOutside = new Uint32Array(n);
    this.phraseStage = new Uint32Array(n);
    this.seenInQuery = new Uint32Array(n);
    this.seenInWord = new Uint32Array(n);
    this.touched = new Int32Array(n);
    this.touchedInWord = new Int32Array(n);
  }

  /**
   * Candidates passing `passes`, best first. Only the best `keep` are sorted
   * (and returned): at 10,000 indicators sorting them all would cost more than
   * the scoring.
   */
  run(parsed: ParsedQuery, passes: (d: IndexedDoc) => boolean, keep: number): Candidate[] {
    const queryGeneration = this.nextGeneration();
    const positions = parsed.positions.slice(0, MAX_WORDS);
    let touchedCount = 0;
    let scoredMask = 0;
    let weightSum = 0;
    const touch = (doc: number): void => {
      if (this.seenInQuery[doc] === queryGeneration) return;
      this.seenInQuery[doc] = queryGeneration;
      this.wordMask[doc] = 0;
      this.outsideMask[doc] = 0;
      this.foundMask[doc] = 0;
      this.solidMask[doc] = 0;
      this.phraseOutside[doc] = 0;
      this.phraseStage[doc] = 0;
      this.touched[touchedCount++] = doc;
    };

    positions.forEach((position, i) => {
      if (!position.scored) return;
      scoredMask = (scoredMask | (1 << i)) >>> 0;
      const wordGeneration = this.nextGeneration();
      let inWord = 0;
      let direct = 0;
      const offer = (posting: Posting, confidence: number, reach: Reach): void => {
        const factor = reach === LITERAL || reach === SYNONYM || reach === RELATED ? confidence : Math.min(confidence, GUESS_CAP);
        const { docs, weights, counts } = posting;
        for (let k = 0; k < docs.length; k++) {
          const weight = weights[k] as number;
          const inStage = weight <= STAGE_WEIGHT;
          // In the stage wording only the word itself says anything.
          if (inStage && reach !== LITERAL) continue;
          const doc = docs[k] as number;
          const cell = doc * MAX_WORDS + i;
          const value = factor * weight * (1 + REPEAT_BONUS * (1 - 1 / (counts[k] as number)));
          if (this.seenInWord[doc] !== wordGeneration) {
            this.seenInWord[doc] = wordGeneration;
            touch(doc);
            this.value[cell] = value;
            this.confidence[cell] = confidence;
            this.wordMask[doc] = ((this.wordMask[doc] as number) | (1 << i)) >>> 0;
            this.touchedInWord[inWord++] = doc;
            if (reach < RELATED) direct++;
          } else {
            if (value > (this.value[cell] as number)) this.value[cell] = value;
            if (confidence > (this.confidence[cell] as number)) this.confidence[cell] = confidence;
          }
          const bit = 1 << i;
          if (!inStage) this.outsideMask[doc] = ((this.outsideMask[doc] as number) | bit) >>> 0;
          if (reach < RELATED) this.foundMask[doc] = ((this.foundMask[doc] as number) | bit) >>> 0;
          if (reach !== COMPLETION) this.solidMask[doc] = ((this.solidMask[doc] as number) | bit) >>> 0;
        }
      };
      for (const alt of position.alternatives) {
        const posting = this.index.words.get(alt.word);
        if (posting) offer(posting, alt.confidence, reachOf(alt.kind, position.known));
      }
      for (const concept of parsed.concepts) {
        if (i < concept.start || i >= concept.start + concept.length) continue;
        const posting = this.index.concepts.get(concept.groupId);
        if (posting) offer(posting, concept.confidence, SYNONYM);
        for (const related of this.index.related.get(concept.groupId) ?? []) {
          const relatedPosting = this.index.concepts.get(related);
          if (relatedPosting) offer(relatedPosting, concept.confidence * RELATED_FACTOR, RELATED);
        }
      }
      // A word found in few indicators says more about what the officer wants
      // (counting the indicators it names, not those it only hints at).
      const weight = this.index.idf(direct);
      this.weights[i] = weight;
      weightSum += weight;
    });

    // Phrases the synonym table knows ("care leavers", "work experience"):
    // where each was found whole. A phrase is as telling as it is rare,
    // however common its words.
    let phraseMask = 0;
    for (const concept of parsed.concepts) {
      if (concept.length < 2 || concept.start >= MAX_WORDS) continue;
      const bits = bitsOf(concept.start, concept.length);
      phraseMask = (phraseMask | bits) >>> 0;
      const posting = this.index.concepts.get(concept.groupId);
      if (!posting) continue;
      const phraseWeight = this.index.idf(posting.docs.length);
      for (let i = concept.start; i < concept.start + concept.length && i < MAX_WORDS; i++) {
        if (!((scoredMask >>> i) & 1) || (this.weights[i] as number) >= phraseWeight) continue;
        weightSum += phraseWeight - (this.weights[i] as number);
        this.weights[i] = phraseWeight;
      }
      const { docs, weights } = posting;
      for (let k = 0; k < docs.length; k++) {
        const doc = docs[k] as number;
        if (this.seenInQuery[doc] !== queryGeneration) continue;
        if ((weights[k] as number) > STAGE_WEIGHT) this.phraseOutside[doc] = ((this.phraseOutside[doc] as number) | bits) >>> 0;
        else this.phraseStage[doc] = ((this.phraseStage[doc] as number) | bits) >>> 0;
      }
    }
    const phrases = parsed.concepts.filter((c) => c.length >= 2 && c.start < MAX_WORDS).map((c) => bitsOf(c.start, c.length));

    const out: Candidate[] = [];
    const scoredWords = popcount(scoredMask);
    for (let k = 0; k < touchedCount; k++) {
      const doc = this.touched[k] as number;
      const words = this.wordMask[doc] as number;
      const found = this.foundMask[doc] as number;
      // A known phrase is one idea. Found whole (outside the stage wording,
      // or in it with every word as typed), it counts as found; its words
      // found apart count towards the evidence but not as finding the
      // phrase; some of its words alone count for nothing.
      const wholeOutside = this.phraseOutside[doc] as number;
      let whole = wholeOutside;
      let apart = 0;
      let apartOutside = 0;
      for (const bits of phrases) {
        if ((words & bits) !== bits) continue;
        if ((this.phraseStage[doc] as number) & bits && (found & bits) === bits) whole = (whole | bits) >>> 0;
        else apart = (apart | bits) >>> 0;
        if (((this.outsideMask[doc] as number) & bits) === bits) apartOutside = (apartOutside | bits) >>> 0;
      }
      apart = (apart & ~whole) >>> 0;
      const single = (words & ~phraseMask) >>> 0;
      const counted = (single | whole | apart) & scoredMask;
      // Nothing but completions of a finished word ("EV": "evidence"): not a hit.
      if (!(counted & ((this.solidMask[doc] as number) | whole))) continue;
      const foundEverywhere = popcount(((found & single) | whole) & scoredMask) === scoredWords;
      const outside = ((this.outsideMask[doc] as number) & single & scoredMask) !== 0 || wholeOutside !== 0 || (apartOutside & apart) !== 0;
      // Some of the words, and those only in the stage wording: noise.
      if (!outside && !foundEverywhere) continue;
      const band = foundEverywhere && outside ? BAND_ALL_WORDS : outside ? BAND_SOME_WORDS : BAND_STAGE_ONLY;
      const d = this.index.docs[doc];
      if (!d || !passes(d)) continue;
      let total = 0;
      let covered = 0;
      for (let i = 0; i < positions.length; i++) {
        if (!((counted >>> i) & 1)) continue;
        total += (this.weights[i] as number) * (this.value[doc * MAX_WORDS + i] as number);
        covered += this.confidence[doc * MAX_WORDS + i] as number;
      }
      out.push({
        doc,
        band,
        evidence: weightSum > 0 ? Math.min(1, total / weightSum) : 0,
        coverage: covered / Math.max(scoredWords, 1),
      });
    }
    // A partial match far weaker than the best hit adds noise, not recall.
    let bestEvidence = 0;
    for (const c of out) if (c.evidence > bestEvidence) bestEvidence = c.evidence;
    const kept = out.filter((c) => c.band !== BAND_SOME_WORDS || c.evidence >= MIN_PARTIAL_RATIO * bestEvidence);
    return bestFirst(kept, keep);
  }

  private nextGeneration(): number {
    this.generation = (this.generation + 1) >>> 0;
    if (this.generation === 0) {
      // Wrapped after four billion words: start the marks afresh.
      this.seenInQuery.fill(0);
      this.seenInWord.fill(0);
      this.generation = 1;
    }
    return this.generation;
  }
}

/** Sort key, lower first: the band, then more evidence. */
const rankOf = (c: Candidate): number => c.band + (1 - c.evidence);
const byRank = (a: Candidate, b: Candidate): number => a.band - b.band || b.evidence - a.evidence || a.doc - b.doc;

/** The `keep` best candidates, sorted; a selection pass first when that saves sorting most of them. */
function bestFirst(candidates: Candidate[], keep: number): Candidate[] {
  if (keep <= 0) return [];
  if (keep >= candidates.length || candidates.length < 256) {
    candidates.sort(byRank);
    return candidates.slice(0, keep);
  }
  const ranks = Float64Array.from(candidates, rankOf);
  const cut = kthSmallest(ranks, keep);
  const kept = candidates.filter((c) => rankOf(c) <= cut);
  kept.sort(byRank);
  return kept.slice(0, keep);
}

/** The k-th smallest value (1-based) by quickselect; reorders `values`. */
function kthSmallest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target] as number;
}
