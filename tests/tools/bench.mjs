// Search speed: per-query latency p50/p95 of our search and of
// fuse.js with default options, in the same run, on the Cheshire East
// framework and on a synthetic framework of 10,000 indicators, plus the time
// to build each index; then the draft check on documents up to 50,000 words. The TypeScript benchmark is bundled with esbuild into
// a temporary directory and run here.
//   npm run bench            (node tests/tools/bench.mjs [--size 10000])
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = mkdtempSync(join(tmpdir(), 'sva-bench-'));
/** Bundles one TypeScript benchmark and imports it. */
async function load(name) {
  const outfile = join(out, `${name}.mjs`);
  await build({
    entryPoints: [join(root, `tests/tools/bench/${name}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

try {
  const { runBenchmark } = await load('search-bench');
  const sizeArg = process.argv.indexOf('--size');
  const failed = runBenchmark({ size: sizeArg > 0 ? Number(process.argv[sizeArg + 1]) : 10_000 });
  if (failed) process.exitCode = 1;

  // The draft check: a 10,000-word document in under 100 ms.
  const { runCheckBenchmark } = await load('check-bench');
  if (runCheckBenchmark(root)) process.exitCode = 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
