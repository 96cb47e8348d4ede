// Search speed: per-query latency p50/p95 of our search and of
// fuse.js with default options, in the same run, on the Cheshire East
// framework and on a synthetic framework of 10,000 indicators, plus the time
// to build each index; then the draft check on documents up to 50,000 words. The TypeScript benchmark is bundled with esbuild into
// a temporary directory and run here.
//   npm run bench            (node tests/tools/bench.mjs [--size 10000])
import { bundler, root } from './bench/bundle.mjs';

const bundles = bundler();
try {
  const { runBenchmark } = await bundles.load('search-bench');
  const sizeArg = process.argv.indexOf('--size');
  const failed = runBenchmark({ size: sizeArg > 0 ? Number(process.argv[sizeArg + 1]) : 10_000 });
  if (failed) process.exitCode = 1;

  // The draft check: a 10,000-word document in under 100 ms.
  const { runCheckBenchmark } = await bundles.load('check-bench');
  if (runCheckBenchmark(root)) process.exitCode = 1;
} finally {
  bundles.dispose();
}
