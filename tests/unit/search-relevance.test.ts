/**
 * Relevance of the framework search, measured: recall@3 and MRR
 * over the labelled officer queries, for our search and for fuse.js with its
 * default options over the same indicators.
 *
 * recall@3: for each query, the share of its expected indicators found in the
 * top three, out of min(3, expected), averaged over queries.
 * MRR: the mean of 1 / rank of the first expected indicator (0 if absent).
 * The baseline is `new Fuse(indicators, { keys: ['text'] })`: fuse.js's
 * defaults searching the indicator wording, as a plain integration would.
 */
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../framework';
import { createSearch } from '../../framework/search';
import { searchQueries } from './fixtures/search-queries';

interface Metrics {
  recall3: number;
  mrr: number;
}

function measure(rank: (query: string) => string[]): Metrics {
  let recall = 0;
  let reciprocal = 0;
  for (const { query, expected } of searchQueries) {
    const ids = rank(query);
    recall += ids.slice(0, 3).filter((id) => expected.includes(id)).length / Math.min(3, expected.length);
    const first = ids.findIndex((id) => expected.includes(id));
    reciprocal += first >= 0 ? 1 / (first + 1) : 0;
  }
  return { recall3: recall / searchQueries.length, mrr: reciprocal / searchQueries.length };
}

const ours = createSearch(defaultFramework);
const oursMetrics = measure((query) => ours.search(query).map((hit) => hit.indicator.id));
// fuse.js ranking every indicator that shares a word with the query, no shortlist cut.
const unshortlisted = createSearch(defaultFramework, { shortlistSize: Infinity, contenderRatio: 0 });
const unshortlistedMetrics = measure((query) => unshortlisted.search(query).map((hit) => hit.indicator.id));
const baseline = new Fuse(defaultFramework.indicators, { keys: ['text'] });
const baselineMetrics = measure((query) => baseline.search(query).map((result) => result.item.id));

describe('search relevance on the labelled officer queries', () => {
  it('uses a realistic labelled set that refers only to real indicators', () => {
    const ids = new Set(defaultFramework.indicators.map((indicator) => indicator.id));
    expect(searchQueries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(searchQueries.map((q) => q.query.toLowerCase())).size).toBe(searchQueries.length);
    for (const { query, expected } of searchQueries) {
      expect(expected.length, query).toBeGreaterThan(0);
      for (const id of expected) expect(ids, `${query} -> ${id}`).toContain(id);
    }
  });

  it('prints recall@3 and MRR, ours beside default fuse.js', () => {
    const row = (name: string, m: Metrics): string => `${name.padEnd(44)} ${m.recall3.toFixed(3).padStart(9)} ${m.mrr.toFixed(3).padStart(6)}`;
    console.log(
      [
        `Search relevance, ${searchQueries.length} labelled queries, ${defaultFramework.indicators.length} indicators`,
        `${'engine'.padEnd(44)} ${'recall@3'.padStart(9)} ${'MRR'.padStart(6)}`,
        row('ours (shortlist + fuse.js)', oursMetrics),
        row('ours, fuse.js ranking every match', unshortlistedMetrics),
        row("fuse.js defaults, keys ['text']", baselineMetrics),
      ].join('\n'),
    );
    expect(oursMetrics.recall3).toBeGreaterThan(baselineMetrics.recall3);
  });

  it('meets the targets: recall@3 at least 0.95 and MRR at least 0.90', () => {
    expect(oursMetrics.recall3).toBeGreaterThanOrEqual(0.95);
    expect(oursMetrics.mrr).toBeGreaterThanOrEqual(0.9);
  });

  it('loses no quality to the shortlist that makes it fast', () => {
    expect(oursMetrics.recall3).toBeGreaterThanOrEqual(unshortlistedMetrics.recall3 - 0.01);
    expect(oursMetrics.mrr).toBeGreaterThanOrEqual(unshortlistedMetrics.mrr - 0.01);
  });
});
