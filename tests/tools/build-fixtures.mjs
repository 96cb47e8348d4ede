// Bundles the editor fixture scripts (tests/fixtures/src/*.ts(x)) with esbuild
// into tests/fixtures/dist/, and copies the editors that load their own files
// at run time (CKEditor 4, TinyMCE) into tests/fixtures/dist/vendor/.
// Offline, idempotent and quick: vendor copies are skipped when up to date.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const src = join(root, 'tests/fixtures/src');
const dist = join(root, 'tests/fixtures/dist');
const require = createRequire(join(root, 'package.json'));

// Draft.js calls ReactDOM.findDOMNode, which React 19 removed: its fixture is
// bundled against React 18, installed under the aliases react-18/react-dom-18.
const REACT_18_ENTRIES = new Set(['draftjs.tsx']);

const entries = readdirSync(src).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'));

const common = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  outdir: dist,
  logLevel: 'warning',
  jsx: 'automatic',
  // Summernote's icon font is copied beside its CSS.
  loader: { '.svg': 'text', '.eot': 'file', '.woff': 'file', '.woff2': 'file', '.ttf': 'file' },
  assetNames: 'assets/[name]-[hash]',
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  legalComments: 'none',
};

const started = Date.now();
mkdirSync(dist, { recursive: true });

const react18Alias = {
  react: dirname(require.resolve('react-18/package.json')),
  'react-dom': dirname(require.resolve('react-dom-18/package.json')),
};

await Promise.all([
  build({ ...common, entryPoints: entries.filter((f) => !REACT_18_ENTRIES.has(f)).map((f) => join(src, f)) }),
  build({
    ...common,
    entryPoints: entries.filter((f) => REACT_18_ENTRIES.has(f)).map((f) => join(src, f)),
    alias: react18Alias,
  }),
]);

/** Copies an installed package into dist/vendor/NAME unless that version is there already. */
function vendor(name, keep) {
  const from = dirname(require.resolve(`${name}/package.json`));
  const to = join(dist, 'vendor', name);
  const version = JSON.parse(readFileSync(join(from, 'package.json'), 'utf8')).version;
  const stamp = join(to, '.fixture-version');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === version) return;
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, {
    recursive: true,
    filter: (path) => {
      const rel = path.slice(from.length + 1);
      return rel === '' || keep(rel);
    },
  });
  writeFileSync(stamp, version);
}

// CKEditor 4 loads its config, skin, language and plugins from its basePath.
vendor('ckeditor4', (rel) => !/^(samples|adapters|bender|.*\.md$)/.test(rel));
// TinyMCE loads its theme, model, icons, skins and plugins from its base_url.
vendor('tinymce', (rel) => !/\.(md|d\.ts)$|^(composer\.json|bower\.json)$/.test(rel));

console.log(`Editor fixtures built into tests/fixtures/dist in ${Date.now() - started} ms (${entries.length} scripts).`);
