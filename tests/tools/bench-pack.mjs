// Tender pack: time to generate the section and the .docx for a 20-indicator
// pack, and the side panel's JavaScript: what it loads at first, and the
// chunks it loads only when the Pack view or a download needs them (the pack
// builder and `docx`). Reads the Chrome build in .output/chrome-mv3 (built
// first if missing, or with --build).
//   node tests/tools/bench-pack.mjs [--build]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ext = join(root, '.output/chrome-mv3');

const out = mkdtempSync(join(tmpdir(), 'sva-bench-pack-'));
let failed = false;
try {
  const outfile = join(out, 'pack-bench.mjs');
  await build({ entryPoints: [join(root, 'tests/tools/bench/pack-bench.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning' });
  const { runPackBenchmark } = await import(pathToFileURL(outfile).href);
  failed = await runPackBenchmark();
} finally {
  rmSync(out, { recursive: true, force: true });
}

if (process.argv.includes('--build') || !existsSync(join(ext, 'sidepanel.html'))) {
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
  if (result.status !== 0) throw new Error('wxt build failed');
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const size = (file) => {
  const data = readFileSync(join(ext, file));
  return { raw: data.byteLength, gzip: gzipSync(data).byteLength };
};
/** A chunk and the chunks it imports statically, each once. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(ext, file), 'utf8');
  for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g)) {
    const target = join(dirname(file), match[1]).replace(/^\/+/, '');
    if (existsSync(join(ext, target))) closure(target, seen);
  }
  return seen;
}
const html = readFileSync(join(ext, 'sidepanel.html'), 'utf8');
const entries = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
const first = new Set();
for (const entry of entries) closure(entry, first);
const total = (files) => [...files].reduce((sum, file) => { const s = size(file); return { raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip }; }, { raw: 0, gzip: 0 });
const chunks = readdirSync(join(ext, 'chunks')).map((name) => `chunks/${name}`);
const lazy = chunks.filter((file) => /^chunks\/(pack|docx)-/.test(file) && !first.has(file));
const firstSize = total(first);
const lazySize = total(lazy);
console.log('\nSide panel JavaScript (Chrome build):');
console.log(`  loaded at first: ${kb(firstSize.raw)} (${kb(firstSize.gzip)} gzip) in ${String(first.size)} files`);
console.log(`  loaded when used (pack builder, docx): ${kb(lazySize.raw)} (${kb(lazySize.gzip)} gzip): ${lazy.join(', ') || 'none found'}`);
console.log(`  if loaded at first instead: ${kb(firstSize.raw + lazySize.raw)} (${kb(firstSize.gzip + lazySize.gzip)} gzip)`);
if (lazy.length < 2) {
  console.log('  PROBLEM: the pack builder and docx are not in chunks of their own');
  failed = true;
}
if (failed) process.exitCode = 1;
