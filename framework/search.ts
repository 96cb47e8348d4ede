/**
 * Search over a framework's indicators (issue 4).
 *
 * `createSearch(framework).search(query, options)` returns hits best first.
 * Two stages keep it instant at any size:
 *  1. Shortlist (search-shortlist.ts): an inverted index of normalised words
 *     and synonym concepts (search-index.ts) grades every indicator sharing a
 *     word with the query. Each hit falls into a band: every word found, at
 *     least one in the indicator's own fields (text, sub-measures, keywords,
 *     outcomes, themes, Marmot priorities); only some found there (or only a
 *     related topic); every word found but only in the stage wording. Within
 *     a band its evidence counts: rarer words, better fields, and the word as
 *     typed over a synonym over a guess over a related topic. Noise is
 *     dropped (see that file).
 *  2. Rank: fuse.js token search (weighted keys, ignoreLocation) reads the
 *     contenders, at most eight of the best band, character by character;
 *     its verdict, relative to the best contender's, moves each within its
 *     band. fuse.js keeps its statistics (document frequencies) for the
 *     whole framework, so a contender scores exactly as it would among all
 *     indicators.
 * The query is read first (search-query.ts): typos, plurals, UK/US spellings,
 * the word still being typed, and the synonym table (search-synonyms.ts).
 *
 * Scores run from 0 (a perfect match) towards 1, lower is better, as in
 * fuse.js: each band has a third of the range (band 0: [0, 1/3), band 1:
 * [1/3, 2/3), band 2: [2/3, 1)) and a hit's strength places it within its
 * band, so the scores of a whole list are graded and never reach 1.
 * Empty queries return every indicator that passes the filters, in framework
 * order, with score 0 and no matches (so filters alone can browse a theme).
 * A query of only stop words ("the") or punctuation returns nothing.
 *
 * Building the index costs about one frame for the Cheshire East framework
 * (more the first time, before the JavaScript engine has warmed up), so
 * engines are cached per framework object: build one when the panel opens,
 * not on a keystroke. See `npm run bench` for the figures.
 */
import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js';
import type { Framework, Indicator, MeasureType } from './schema';
import type { Token } from './search-normalise';
import { highlightRanges } from './search-highlight';
import { CONCEPT_FACTOR, FIELD_KEYS, FIELD_WEIGHTS, SearchIndex, type HighlightKey, type IndexedDoc } from './search-index';
import { isStopWord, parseQuery, type ParsedQuery } from './search-query';
import { BAND_COUNT, Shortlister, type Candidate } from './search-shortlist';

export interface SearchFilters {
  /** Theme ids: an indicator must have at least one of them. */
  themes?: readonly string[];
  /** Marmot priority ids: at least one. */
  marmotPriorities?: readonly string[];
  /** Outcome ids: at least one. */
  outcomes?: readonly string[];
  /** Measure types: one of them. */
  measureTypes?: readonly MeasureType[];
}

export interface SearchOptions extends SearchFilters {
  /** Most hits to return (default: all that match). */
  limit?: number;
}

/**
 * Ranges to highlight in one displayed value: [start, end] character offsets
 * into the verbatim string, end INCLUSIVE (the fuse.js convention), so the
 * highlighted text is `value.slice(start, end + 1)`.
 */
export interface SearchMatch {
  key: HighlightKey;
  /** For `subMeasures`, which one. */
  refIndex?: number;
  indices: [number, number][];
}

export interface SearchHit {
  indicator: Indicator;
  /** 0 (perfect) up to, never reaching, 1 (barely): lower is better, as fuse.js scores. */
  score: number;
  /** Ranges in `indicator.text` and `indicator.subMeasures` to highlight. */
  matches: SearchMatch[];
}

export interface FrameworkSearch {
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Indicators indexed. */
  readonly size: number;
}

export interface CreateSearchOptions {
  /**
   * Most indicators of the best band the shortlist hands to fuse.js for
   * ranking (default 8); the rest follow in order of their evidence.
   */
  shortlistSize?: number;
  /**
   * Only indicators whose evidence is at least this share of the best one's
   * are worth fuse.js's time (default 0.35): one that matched a third as
   * well is not lifted to the top by character-level detail. Together with
   * `shortlistSize` this bounds the work per keystroke. `{ shortlistSize:
   * Infinity, contenderRatio: 0 }` has fuse.js rank every indicator of the
   * best band, as the tests do to show the shortlist costs no quality.
   */
  contenderRatio?: number;
}

const DEFAULT_SHORTLIST = 8;
const DEFAULT_CONTENDER_RATIO = 0.35;
/** Multiplier on the score of an indicator whose text holds the whole query as a phrase (lower is better). */
const PHRASE_FACTOR = 0.35;
/**
 * How far fuse.js's verdict moves a hit within the band of its contenders.
 * There a hit's strength is its evidence x (1 - FUSE_SHARE + FUSE_SHARE x
 * fit), where fit is how well fuse.js matched it relative to the best
 * contender (1 for the best, 0 for indicators fuse.js did not match or was
 * not asked about). So fuse.js orders the contenders, which stay above the
 * rest of their band, and the rest keep the order of their evidence. In the
 * other bands the strength is the evidence.
 */
const FUSE_SHARE = 0.7;
/** The hidden fields where synonym concepts live (see search-index.ts). */
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

function fuseOptions(): IFuseOptions<IndexedDoc> {
  return {
    useTokenSearch: true,
    ignoreLocation: true,
    includeScore: true,
    // The vocabulary has already corrected typos, so fuse.js need only allow a little slack.
    threshold: 0.2,
    // Values are lower-cased once here rather than by fuse.js on every comparison.
    isCaseSensitive: true,
    keys: [
      ...FUSE_KEYS.map((key) => ({ name: key, weight: FIELD_WEIGHTS[key], getFn: (d: IndexedDoc) => d.fields[key].join(' · ').toLowerCase() })),
      { name: 'concepts', weight: PRIMARY_CONCEPT_WEIGHT, getFn: (d: IndexedDoc) => d.primaryConcepts },
      { name: 'relatedConcepts', weight: SECONDARY_CONCEPT_WEIGHT, getFn: (d: IndexedDoc) => d.secondaryConcepts },
    ],
  };
}

/** Engines already built, per framework object and options. */
const engines = new WeakMap<Framework, Map<string, FrameworkSearch>>();

/**
 * The search engine for a framework. Built once per framework object (and
 * options) and then shared: frameworks are immutable once loaded.
 */
export function createSearch(framework: Framework, options: CreateSearchOptions = {}): FrameworkSearch {
  const key = `${options.shortlistSize ?? ''}/${options.contenderRatio ?? ''}`;
  let perFramework = engines.get(framework);
  if (!perFramework) engines.set(framework, (perFramework = new Map<string, FrameworkSearch>()));
  const cached = perFramework.get(key);
  if (cached) return cached;
  const engine = buildSearch(framework, options);
  perFramework.set(key, engine);
  return engine;
}

function buildSearch(framework: Framework, options: CreateSearchOptions): FrameworkSearch {
  const shortlistSize = options.shortlistSize ?? DEFAULT_SHORTLIST;
  const contenderRatio = options.contenderRatio ?? DEFAULT_CONTENDER_RATIO;
  const index = new SearchIndex(framework);
  const fuse = new Fuse(index.docs, fuseOptions());
  const fuseIndex: FuseIndex<IndexedDoc> = fuse.getIndex();
  const allRecords = fuseIndex.records;
  const recordOf = new Map(allRecords.map((r) => [r.i, r]));
  const shortlister = new Shortlister(index);

  function search(query: string, searchOptions: SearchOptions = {}): SearchHit[] {
    const limit = searchOptions.limit ?? Infinity;
    if (limit <= 0) return [];
    const passes = filterFor(searchOptions);
    const parsed = parseQuery(query, index);
    if (!parsed.positions.some((p) => p.scored)) {
      if (query.trim()) return [];
      return index.docs.filter(passes).slice(0, limit).map((d) => ({ indicator: d.indicator, score: 0, matches: [] }));
    }

    // The contenders are among the first `shortlistSize` candidates, and stay
    // above the rest of their band, so the first `limit` stay the first.
    const candidates = shortlister.run(parsed, passes, Math.max(limit, shortlistSize));
    const head = contenders(candidates);
    const misfit = rankWithFuse(head, parsed);
    let bestFit = 0;
    for (const m of misfit.values()) bestFit = Math.max(bestFit, 1 - m);
    const fit = (doc: number): number => (bestFit > 0 ? (1 - (misfit.get(doc) ?? 1)) / bestFit : 0);
    const headBand = head[0]?.band;
    const strength = (c: Candidate): number =>
      c.band === headBand ? c.evidence * (1 - FUSE_SHARE + FUSE_SHARE * fit(c.doc)) : c.evidence;
    const ranked = candidates.map((c) => ({ c, strength: strength(c) }));
    ranked.sort((a, b) => a.c.band - b.c.band || b.strength - a.strength || a.c.doc - b.c.doc);
    return ranked.slice(0, limit).map(({ c, strength }) => {
      const d = index.docs[c.doc] as IndexedDoc;
      return { indicator: d.indicator, score: (c.band + 1 - strength) / BAND_COUNT, matches: highlightRanges(d, parsed) };
    });
  }

  /**
   * The candidates worth fuse.js's time: the best few of the best band, and
   * only those with a fair share of the best one's evidence.
   */
  function contenders(candidates: readonly Candidate[]): Candidate[] {
    const top = candidates[0];
    if (!top) return [];
    const floor = top.evidence * contenderRatio;
    const out: Candidate[] = [];
    for (const c of candidates) {
      if (out.length >= shortlistSize || c.band !== top.band) break;
      if (c.evidence >= floor) out.push(c);
    }
    return out;
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
  function rankWithFuse(head: readonly Candidate[], parsed: ParsedQuery): Map<number, number> {
    const misfit = new Map<number, number>();
    if (!head.length) return misfit;
    const coverage = new Map(head.map((c) => [c.doc, c.coverage]));
    const records = head.map((c) => recordOf.get(c.doc)).filter((r) => r !== undefined);
    fuseIndex.setIndexRecords(records);
    let results;
    try {
      results = fuse.search(fuseQuery(parsed, index));
    } finally {
      fuseIndex.setIndexRecords(allRecords);
    }
    for (const r of results) {
      const phrase = phraseStrength(index.docs[r.refIndex] as IndexedDoc, parsed);
      misfit.set(r.refIndex, Math.pow(r.score ?? 1, coverage.get(r.refIndex) ?? 0) * Math.pow(PHRASE_FACTOR, phrase));
    }
    return misfit;
  }

  return { search, size: index.docs.length };
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

function filterFor(options: SearchFilters): (d: IndexedDoc) => boolean {
  const checks: ((d: IndexedDoc) => boolean)[] = [];
  const anyOf = (wanted: readonly string[] | undefined, has: (d: IndexedDoc) => ReadonlySet<string>): void => {
    if (wanted?.length) checks.push((d) => wanted.some((id) => has(d).has(id)));
  };
  anyOf(options.themes, (d) => d.themes);
  anyOf(options.marmotPriorities, (d) => d.marmotPriorities);
  anyOf(options.outcomes, (d) => d.outcomes);
  const measureTypes = options.measureTypes;
  if (measureTypes?.length) checks.push((d) => measureTypes.includes(d.indicator.measureType));
  return (d) => checks.every((check) => check(d));
}
