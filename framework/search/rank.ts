/**
 * The second stage of a search: fuse.js token search (weighted keys,
 * ignoreLocation) reads the contenders the shortlist chose, character by
 * character. It keeps its statistics (document frequencies) for the whole
 * framework, so a contender scores exactly as it would among all indicators.
 * Only fuse.js's scores are read, never its match indices: highlights come
 * from the index's own word offsets (highlight.ts).
 */
import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js';
import { CONCEPT_FACTOR, FIELD_KEYS, FIELD_WEIGHTS, type IndexedDoc, type SearchIndex } from './inverted-index';
import type { Token } from './normalise';
import { isStopWord, type ParsedQuery } from './query';
import type { Candidate } from './shortlist';

/** Multiplier on the score of an indicator whose text holds the whole query as a phrase (lower is better). */
const PHRASE_FACTOR = 0.35;
/** The hidden fields where synonym concepts live (see inverted-index.ts). */
const PRIMARY_CONCEPT_WEIGHT = FIELD_WEIGHTS.text * CONCEPT_FACTOR;
const SECONDARY_CONCEPT_WEIGHT = FIELD_WEIGHTS.outcomes * CONCEPT_FACTOR;

/**
 * Fields fuse.js ranks on. The stage wording (hundreds of words per
 * indicator) is left to the shortlist index: fuse.js reads every character of
 * every field for every query word, and the wording would cost more than all
 * the other fields together while counting least. Array fields are joined so
 * fuse.js makes one pass per field rather than one per item.
 */
const FUSE_KEYS = FIELD_KEYS.filter((key) => key !== 'wording');

/** fuse.js's own word pattern (its default tokeniser, fuse.js 7.5): a test holds the two together. */
export const FUSE_WORD = /[\p{L}\p{M}\p{N}_]+/gu;

/**
 * What fuse.js reads while its index is built, each distinct text worked
 * out once: the fields of a large framework repeat (the same outcomes,
 * themes and priorities in many indicators), so each is lower-cased and
 * split into words once, and every indicator holding it shares the one
 * string and its words (less to allocate, and far less for the garbage
 * collector to keep). Once built, queries are split afresh, not remembered.
 */
export class BuildMemo {
  private texts: Map<string, string> | undefined = new Map();
  private words: Map<string, string[]> | undefined = new Map();

  /** `text` in lower case. */
  lower(text: string): string {
    const texts = this.texts;
    if (!texts) return text.toLowerCase();
    let lower = texts.get(text);
    if (lower === undefined) texts.set(text, (lower = text.toLowerCase()));
    return lower;
  }

  /** fuse.js's default tokeniser. */
  readonly tokenize = (text: string): string[] => {
    const memo = this.words;
    if (!memo) return text.match(FUSE_WORD) ?? [];
    let words = memo.get(text);
    if (!words) memo.set(text, (words = text.match(FUSE_WORD) ?? []));
    return words;
  };

  /** The index is built: let the texts go. */
  built(): void {
    this.texts = undefined;
    this.words = undefined;
  }
}

function fuseOptions(memo: BuildMemo): IFuseOptions<IndexedDoc> {
  return {
    tokenize: memo.tokenize,
    useTokenSearch: true,
    ignoreLocation: true,
    includeScore: true,
    // The vocabulary has already corrected typos, so fuse.js need only allow a little slack.
    threshold: 0.2,
    // Values are lower-cased once here rather than by fuse.js on every comparison.
    isCaseSensitive: true,
    keys: [
      ...FUSE_KEYS.map((key) => ({ name: key, weight: FIELD_WEIGHTS[key], getFn: (d: IndexedDoc) => memo.lower(d.fields[key].join(' · ')) })),
      { name: 'concepts', weight: PRIMARY_CONCEPT_WEIGHT, getFn: (d: IndexedDoc) => d.primaryConcepts },
      { name: 'relatedConcepts', weight: SECONDARY_CONCEPT_WEIGHT, getFn: (d: IndexedDoc) => d.secondaryConcepts },
    ],
  };
}

type Records = FuseIndex<IndexedDoc>['records'];

/** Scores the contenders of one query with fuse.js, over an index of the whole framework built once. */
export class FuseRanker {
  private readonly fuse: Fuse<IndexedDoc>;
  private readonly fuseIndex: FuseIndex<IndexedDoc>;
  private readonly allRecords: Records;
  private readonly recordOf: Map<number, Records[number]>;

  constructor(private readonly index: SearchIndex) {
    const memo = new BuildMemo();
    this.fuse = new Fuse(index.docs, fuseOptions(memo));
    memo.built();
    this.fuseIndex = this.fuse.getIndex();
    this.allRecords = this.fuseIndex.records;
    this.recordOf = new Map(this.allRecords.map((r) => [r.i, r]));
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
    const records = head.map((c) => this.recordOf.get(c.doc)).filter((r) => r !== undefined);
    this.fuseIndex.setIndexRecords(records);
    let results;
    try {
      results = this.fuse.search(fuseQuery(parsed, this.index));
    } finally {
      this.fuseIndex.setIndexRecords(this.allRecords);
    }
    for (const r of results) {
      const phrase = phraseStrength(this.index.docs[r.refIndex] as IndexedDoc, parsed);
      misfit.set(r.refIndex, Math.pow(r.score ?? 1, coverage.get(r.refIndex) ?? 0) * Math.pow(PHRASE_FACTOR, phrase));
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
