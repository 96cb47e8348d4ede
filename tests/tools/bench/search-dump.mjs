// Writes out every answer of the search engine for the benchmark's workload
// (see search-dump.ts), to compare before and after a change:
//   node tests/tools/bench/search-dump.mjs --out /tmp/before.jsonl
//   node tests/tools/bench/search-dump.mjs --out /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
// or times index builds of the synthetic framework (run with --cpu-prof to profile):
//   node tests/tools/bench/search-dump.mjs --builds 5
import { writeFileSync } from 'node:fs';
import { bundler } from './bundle.mjs';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const size = Number(arg('--size', '10000'));
const bundles = bundler();
try {
  const { dumpSearches, buildTimes } = await bundles.load('search-dump');
  const builds = arg('--builds');
  if (builds) {
    const { first, warm, firstCpu, warmCpu } = buildTimes(size, Number(builds));
    const summary = (label, once, times) => {
      const sorted = [...times].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
      return `${label}: first ${once.toFixed(0)}, warm median ${median.toFixed(0)}, least ${(sorted[0] ?? NaN).toFixed(0)} (${times.map((t) => t.toFixed(0)).join(' ')})`;
    };
    console.log(`index build of synthetic ${size} (ms): ${summary('elapsed', first, warm)}; ${summary('CPU', firstCpu, warmCpu)}`);
  } else {
    const out = arg('--out', 'search-dump.jsonl');
    const lines = dumpSearches(size);
    writeFileSync(out, `${lines.join('\n')}\n`);
    console.log(`${lines.length} queries written to ${out}`);
  }
} finally {
  bundles.dispose();
}
