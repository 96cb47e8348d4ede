/**
 * What the search engine answers, written out in full so a change meant to
 * make it faster can be shown to answer the same (bundled by
 * tests/tools/bench/search-dump.mjs). Workload: the benchmark's, every
 * labelled query typed one keystroke at a time, on the Cheshire East
 * framework and the synthetic one, with filters on a sample; per query the
 * hits' ids, exact scores, weak flags and highlight ranges. Also times index
 * builds, first and warm, for profiling.
 */
import { defaultFramework } from '../../../framework';
import type { Framework } from '../../../framework/schema';
import { createSearch } from '../../../framework/search';
import { searchQueries } from '../../unit/fixtures/search-queries';
import { syntheticFramework } from './synthetic';

const LIMIT = 50;

function keystrokes(): string[] {
  const out: string[] = [];
  for (const { query } of searchQueries) for (let i = 1; i <= query.length; i++) out.push(query.slice(0, i));
  return out;
}

/** One line per query: the query, then each hit as id, score, weak flag and ranges. */
export function dumpSearches(size: number): string[] {
  const lines: string[] = [];
  const queries = keystrokes();
  for (const [label, framework] of [
    ['cheshire-east', defaultFramework],
    [`synthetic-${size}`, syntheticFramework(size, 1)],
  ] as const) {
    const engine = createSearch(framework);
    const theme = framework.themes[0]?.id ?? '';
    queries.forEach((query, q) => {
      const filtered = q % 10 === 0;
      const hits = engine.search(query, filtered ? { limit: LIMIT, themes: [theme] } : { limit: LIMIT });
      const shown = hits.map((h) => [h.indicator.id, h.score, h.weak, h.matches.map((m) => [m.key, m.refIndex ?? null, m.ranges])]);
      lines.push(JSON.stringify([label, filtered ? theme : '', query, shown]));
    });
  }
  return lines;
}

/**
 * Index build times in ms: the first engine built in this process, then
 * fresh rebuilds; each as elapsed time and as the process's CPU time (all
 * its threads, the garbage collector's included), which another process
 * on a loaded machine disturbs less.
 */
export function buildTimes(size: number, rebuilds: number): { first: number; warm: number[]; firstCpu: number; warmCpu: number[] } {
  const framework: Framework = syntheticFramework(size, 1);
  const timed = (): [number, number] => {
    const copy = structuredClone(framework);
    const cpu = process.cpuUsage();
    const start = performance.now();
    createSearch(copy);
    const elapsed = performance.now() - start;
    const used = process.cpuUsage(cpu);
    return [elapsed, (used.user + used.system) / 1000];
  };
  const [first, firstCpu] = timed();
  const warm: number[] = [];
  const warmCpu: number[] = [];
  for (let i = 0; i < rebuilds; i++) {
    const [elapsed, cpu] = timed();
    warm.push(elapsed);
    warmCpu.push(cpu);
  }
  return { first, warm, firstCpu, warmCpu };
}
