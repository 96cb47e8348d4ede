// Bundles one TypeScript benchmark of tests/tools/bench with esbuild into a
// temporary directory and imports it (shared by bench.mjs and search-dump.mjs).
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** A temporary directory for bundles; `load(name)` bundles and imports one, `dispose()` removes them. */
export function bundler() {
  const out = mkdtempSync(join(tmpdir(), 'sva-bench-'));
  return {
    async load(name) {
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
    },
    dispose() {
      rmSync(out, { recursive: true, force: true });
    },
  };
}
