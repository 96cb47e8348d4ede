/**
 * Search over a framework's indicators.
 *
 * `createSearch(framework).search(query, options)` returns hits best first.
 * Two stages keep it instant at any size:
 *  1. Shortlist (shortlist.ts): an inverted index of normalised words
 *     and synonym concepts (inverted-index.ts) grades every indicator sharing a
 *     word with the query. Each hit falls into a band: every word found, at
 *     least one in the indicator's own fields (text, sub-measures, keywords,
 *     outcomes, themes, Marmot priorities); only some found there (or only a
 *     related topic); every word found but only in the stage wording. Within
 *     a band its evidence counts: rarer words, better fields, and the word as
 *     typed over a synonym over a guess over a related topic. Noise is
 *     dropped (see that file).
 *  2. Rank (rank.ts): fuse.js token search (weighted keys, ignoreLocation) reads the
 *     contenders, at most eight of the best band, character by character;
 *     its verdict, relative to the best contender's, moves each within its
 *     band. Its statistics (document frequencies) are those of the
 *     whole framework, so a contender scores exactly as it would among all
 *     indicators.
 * The query is read first (query.ts): typos, plurals, UK/US spellings,
 * the word still being typed, and the synonym table (synonyms.ts).
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
import type { Framework } from '../schema';
import { filterFor } from './filters';
import { highlightRanges } from './highlight';
import { indexFor, type IndexedDoc } from './inverted-index';
import { parseQuery } from './query';
import { FuseRanker } from './rank';
import { BAND_COUNT, isWeak, Shortlister, type Candidate } from './shortlist';
import type { CreateSearchOptions, FrameworkSearch, SearchHit, SearchOptions } from './types';

const DEFAULT_SHORTLIST = 8;
const DEFAULT_CONTENDER_RATIO = 0.35;
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
  const index = indexFor(framework);
  const ranker = new FuseRanker(index);
  const shortlister = new Shortlister(index);

  function search(query: string, searchOptions: SearchOptions = {}): SearchHit[] {
    const limit = searchOptions.limit ?? Infinity;
    if (limit <= 0) return [];
    const passes = filterFor(searchOptions);
    const parsed = parseQuery(query, index);
    if (!parsed.positions.some((p) => p.scored)) {
      if (query.trim()) return [];
      return index.docs.filter(passes).slice(0, limit).map((d) => ({ indicator: d.indicator, score: 0, matches: [], weak: false }));
    }

    // The contenders are among the first `shortlistSize` candidates, and stay
    // above the rest of their band, so the first `limit` stay the first.
    const candidates = shortlister.run(parsed, passes, Math.max(limit, shortlistSize));
    const head = contenders(candidates);
    const misfit = ranker.misfits(head, parsed);
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
      return {
        indicator: d.indicator,
        score: (c.band + 1 - strength) / BAND_COUNT,
        matches: highlightRanges(d, parsed),
        weak: isWeak(c),
      };
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

  return { search, size: index.docs.length };
}
