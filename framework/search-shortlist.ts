/**
 * The first stage of a search: every indicator sharing a word or synonym
 * concept with the query, scored from the inverted index alone. For each
 * query word, an indicator earns confidence x IDF x field weight for its best
 * match; the sum is multiplied by the square of the share of the query it
 * covers, so indicators matching every word come first. Scratch arrays are
 * reused between keystrokes to keep garbage (and pauses) down.
 */
import type { IndexedDoc, Posting, SearchIndex } from './search-index';
import type { ParsedQuery } from './search-query';

export interface Candidate {
  /** Position of the indicator in the index. */
  doc: number;
  score: number;
  /** Share of the query's words the indicator matches, weighted by how sure each match is (0..1). */
  coverage: number;
}

export class Shortlister {
  private readonly total: Float64Array;
  private readonly covered: Float64Array;
  private readonly best: Float64Array;
  private readonly bestConfidence: Float64Array;
  /** Marks by generation, so nothing needs clearing between queries. */
  private readonly seenInQuery: Uint32Array;
  private readonly seenInWord: Uint32Array;
  private readonly touched: Int32Array;
  private readonly touchedInWord: Int32Array;
  private generation = 0;

  constructor(private readonly index: SearchIndex) {
    const n = index.docs.length;
    this.total = new Float64Array(n);
    this.covered = new Float64Array(n);
    this.best = new Float64Array(n);
    this.bestConfidence = new Float64Array(n);
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
    let touchedCount = 0;
    let scoredWords = 0;

    parsed.positions.forEach((position, i) => {
      if (!position.scored) return;
      scoredWords++;
      const wordGeneration = this.nextGeneration();
      let inWord = 0;
      const offer = (posting: Posting, confidence: number): void => {
        const strength = confidence * this.index.idf(posting.docs.length);
        const { docs, weights } = posting;
        for (let k = 0; k < docs.length; k++) {
          const doc = docs[k] as number;
          const value = strength * (weights[k] as number);
          if (this.seenInWord[doc] !== wordGeneration) {
            this.seenInWord[doc] = wordGeneration;
            this.best[doc] = value;
            this.bestConfidence[doc] = confidence;
            this.touchedInWord[inWord++] = doc;
          } else {
            if (value > (this.best[doc] as number)) this.best[doc] = value;
            if (confidence > (this.bestConfidence[doc] as number)) this.bestConfidence[doc] = confidence;
          }
        }
      };
      for (const alt of position.alternatives) {
        const posting = this.index.words.get(alt.word);
        if (posting) offer(posting, alt.confidence);
      }
      for (const concept of parsed.concepts) {
        if (i < concept.start || i >= concept.start + concept.length) continue;
        const posting = this.index.concepts.get(concept.groupId);
        if (posting) offer(posting, concept.confidence);
      }
      for (let k = 0; k < inWord; k++) {
        const doc = this.touchedInWord[k] as number;
        if (this.seenInQuery[doc] !== queryGeneration) {
          this.seenInQuery[doc] = queryGeneration;
          this.total[doc] = 0;
          this.covered[doc] = 0;
          this.touched[touchedCount++] = doc;
        }
        this.total[doc] = (this.total[doc] as number) + (this.best[doc] as number);
        this.covered[doc] = (this.covered[doc] as number) + (this.bestConfidence[doc] as number);
      }
    });

    const out: Candidate[] = [];
    const words = Math.max(scoredWords, 1);
    for (let k = 0; k < touchedCount; k++) {
      const doc = this.touched[k] as number;
      const d = this.index.docs[doc];
      if (!d || !passes(d)) continue;
      const coverage = (this.covered[doc] as number) / words;
      out.push({ doc, score: (this.total[doc] as number) * coverage * coverage, coverage });
    }
    return bestFirst(out, keep);
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

const byScore = (a: Candidate, b: Candidate): number => b.score - a.score || a.doc - b.doc;

/** The `keep` best candidates, sorted; a selection pass first when that saves sorting most of them. */
function bestFirst(candidates: Candidate[], keep: number): Candidate[] {
  if (keep <= 0) return [];
  if (keep >= candidates.length || candidates.length < 256) {
    candidates.sort(byScore);
    return candidates.slice(0, keep);
  }
  const scores = Float64Array.from(candidates, (c) => c.score);
  const cut = kthLargest(scores, keep);
  const kept = candidates.filter((c) => c.score >= cut);
  kept.sort(byScore);
  return kept.slice(0, keep);
}

/** The k-th largest value (1-based) by quickselect; reorders `values`. */
function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
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
