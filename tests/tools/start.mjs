// `npm start`: builds the extension, serves the demo page and opens Chromium
// with the extension loaded on it. Set SVA_BROWSER to use another Chromium
// based browser (Google Chrome 137+ ignores --load-extension; Chromium and
// Edge Dev builds honour it).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer } from './fixture-server.mjs';

const browser = process.env.SVA_BROWSER ?? '/usr/bin/chromium';
const extensionDir = resolve('.output/chrome-mv3');

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['wxt', 'build']);
if (existsSync('tests/tools/build-fixtures.mjs')) run('node', ['tests/tools/build-fixtures.mjs']);

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform !== 'linux';
if (!hasDisplay) {
  console.log(`
The extension is built, but this machine has no display, so no browser window can open.
To try it on a machine with a screen:
  1. Open chrome://extensions (Edge: edge://extensions) and switch on Developer mode.
  2. Choose "Load unpacked" and select the folder:
       ${extensionDir}
  3. Serve the demo page with "node tests/tools/fixture-server.mjs" and open http://127.0.0.1:5173/demo.html
Or run "npm start" again where DISPLAY is set.`);
  process.exit(0);
}
if (!existsSync(browser)) {
  console.error(`No browser at ${browser}. Install Chromium (Debian: apt-get install -y chromium) or set SVA_BROWSER to a Chromium-based browser.`);
  process.exit(1);
}

const { origin } = await startFixtureServer({ port: 5173, crossPort: 5174 });
const profile = mkdtempSync(join(tmpdir(), 'sva-profile-'));
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${extensionDir}`,
  `--load-extension=${extensionDir}`,
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium refuses to run as root without this (for example in a container).
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  `${origin}/demo.html`,
];
console.log(`Opening ${browser} with Social Value Assistant loaded on ${origin}/demo.html`);
console.log('Click the extension icon (pin it from the puzzle-piece menu) or press Alt+Shift+S to open the side panel.');
const child = spawn(browser, args, { stdio: 'ignore' });
child.on('exit', (code) => process.exit(code ?? 0));
