/**
 * The second stage of a search: fuse.js token search (weighted keys,
 * ignoreLocation) reads the contenders the shortlist chose, character by
 * character. Its statistics (document frequencies) are those of the whole
 * framework, so a contender scores exactly as it would among all indicators;
 * they are counted without a fuse.js index of every indicator (see
 * fuse-score.ts). Only scores are read, never match indices: highlights come
 * from the index's own word offsets (highlight.ts).
 */
import { CONCEPT_FACTOR, FIELD_WEIGHTS, RANKED_FIELDS, type IndexedDoc, type SearchIndex } from './inverted-index';
import { FuseTokenScorer, type ScoredKey } from './fuse-score';
import type { Token } from './normalise';
import { isStopWord, type ParsedQuery } from './query';
import type { Candidate } from './shortlist';

/** Multiplier on the score of an indicator whose text holds the whole query as a phrase (lower is better). */
const PHRASE_FACTOR = 0.35;
/** The hidden fields where synonym concepts live (see inverted-index.ts). */
const PRIMARY_CONCEPT_WEIGHT = FIELD_WEIGHTS.text * CONCEPT_FACTOR;
const SECONDARY_CONCEPT_WEIGHT = FIELD_WEIGHTS.outcomes * CONCEPT_FACTOR;

/** The fields fuse.js ranks on, as the index counted them (inverted-index.ts), array fields joined so fuse.js makes one pass per field. */
export const RANKED_KEYS: readonly ScoredKey<IndexedDoc>[] = [
  ...RANKED_FIELDS.map((key) => ({ name: key, weight: FIELD_WEIGHTS[key], items: (d: IndexedDoc) => d.fields[key] })),
  { name: 'concepts', weight: PRIMARY_CONCEPT_WEIGHT, items: (d: IndexedDoc) => [d.primaryConcepts] },
  { name: 'relatedConcepts', weight: SECONDARY_CONCEPT_WEIGHT, items: (d: IndexedDoc) => [d.secondaryConcepts] },
];

/** Scores the contenders of one query with fuse.js's token search, its statistics those of the whole framework. */
export class FuseRanker {
  private readonly scorer: FuseTokenScorer<IndexedDoc>;

  constructor(private readonly index: SearchIndex) {
    this.scorer = new FuseTokenScorer(index.docs, RANKED_KEYS, index.fuseStats);
  }

  /**
   * Second stage: fuse.js scores the contenders (its statistics still cover
   * the whole framework), 0 best to 1 worst: their misfit. fuse.js matches substrings
   * field by field and cannot tell that an indicator matched only some of
   * the query's words, so its score is raised to the power of the share of
   * the query the indicator covers (in whole words or synonyms): full
   * coverage keeps the score, half coverage takes its square root. A phrase
   * match lowers it. Contenders fuse.js does not match are left out (1).
   */
  misfits(head: readonly Candidate[], parsed: ParsedQuery): Map<number, number> {
    const misfit = new Map<number, number>();
    if (!head.length) return misfit;
    const coverage = new Map(head.map((c) => [c.doc, c.coverage]));
    const scores = this.scorer.scores(fuseQuery(parsed, this.index), coverage.keys());
    for (const [doc, score] of scores) {
      const phrase = phraseStrength(this.index.docs[doc] as IndexedDoc, parsed);
      misfit.set(doc, Math.pow(score, coverage.get(doc) ?? 0) * Math.pow(PHRASE_FACTOR, phrase));
    }
    return misfit;
  }
}

/** Most words fuse.js is asked to look for per query word. */
const TERMS_PER_POSITION = 1;

/**
 * The query as fuse.js sees it: for each word, the vocabulary words it stands
 * for (as stems where the stem is a prefix, so "volunteer" finds
 * "volunteered" and "volunteering"); the unfinished last word as typed; and a
 * token for each synonym concept (matching only the hidden concept fields).
 */
function fuseQuery(parsed: ParsedQuery, index: SearchIndex): string {
  const terms = new Set<string>();
  for (const position of parsed.positions) {
    // Stop words inside a synonym phrase are carried by the concept token.
    if (!position.scored || isStopWord(position.word)) continue;
    // Two typed letters match inside too many words; their completions say more.
    if (position.open && position.word.length >= 3) terms.add(position.word);
    let taken = 0;
    for (const alt of position.alternatives) {
      if (taken >= TERMS_PER_POSITION) break;
      if (alt.kind === 'prefix' && !(position.open && position.word.length < 3)) continue;
      const s = index.vocabulary.stemOf(alt.word);
      const term = s.length >= 4 && alt.word.startsWith(s) ? s : alt.word;
      if (!terms.has(term)) {
        terms.add(term);
        taken++;
      }
    }
    if (!taken && !position.open) terms.add(position.word);
  }
  for (const concept of parsed.concepts) {
    const token = index.conceptTokens.get(concept.groupId);
    if (token) terms.add(token);
  }
  return [...terms].join(' ');
}

/**
 * How much of the query appears as a phrase in the indicator's wording: 1
 * when the whole query (two words or more) does, a fraction for the longest
 * run of consecutive query words, 0 for none.
 */
function phraseStrength(doc: IndexedDoc, parsed: ParsedQuery): number {
  const positions = parsed.positions;
  if (positions.length < 2) return 0;
  const matchesAt = (p: number, token: Token, tokenStem: string): boolean => {
    const position = positions[p];
    if (!position) return false;
    return position.stems.has(tokenStem) || (position.open && token.word.startsWith(position.word));
  };
  let longest = 1;
  for (const { tokens, stems } of doc.display) {
    for (let t = 0; t < tokens.length; t++) {
      for (let p = 0; p + longest < positions.length; p++) {
        let run = 0;
        while (p + run < positions.length && t + run < tokens.length) {
          const token = tokens[t + run] as Token;
          if (!matchesAt(p + run, token, stems[t + run] ?? '')) break;
          run++;
        }
        if (run > longest) longest = run;
      }
    }
  }
  return longest < 2 ? 0 : (longest - 1) / (positions.length - 1);
}
