// `npm start` (Chromium) and `npm run start:firefox` (Firefox through
// web-ext): build the extension, serve the demo page and open the browser
// with the extension loaded on it. Every way this can end says so plainly:
// no display, a display that does not answer, a missing browser, a busy
// port, the browser closed, Ctrl+C.
//
// Environment:
//   SVA_BROWSER     Chromium-based browser to run (default /usr/bin/chromium).
//                   Google Chrome 137+ ignores --load-extension; Chromium and
//                   Edge Dev builds honour it.
//   SVA_FIREFOX     Firefox to run for --firefox (default /usr/bin/firefox-esr).
//   SVA_PORT        port of the demo page (default 5173, the next one serves
//                   cross-origin frames). When the default is busy a free port
//                   is used instead; a port you chose that is busy is an error.
//                   0 picks any free port.
//   SVA_SKIP_BUILD  1: use the build already in .output (the tests use this).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFixtureServer } from './fixture-server.mjs';

const firefox = process.argv.includes('--firefox');
const env = process.env;
const browser = firefox ? (env.SVA_FIREFOX ?? '/usr/bin/firefox-esr') : (env.SVA_BROWSER ?? '/usr/bin/chromium');
const browserVar = firefox ? 'SVA_FIREFOX' : 'SVA_BROWSER';
const extensionDir = resolve(firefox ? '.output/firefox-mv3' : '.output/chrome-mv3');
const command = firefox ? 'npm run start:firefox' : 'npm start';
const DEFAULT_PORT = 5173;
/** What Chromium and Firefox print when the display they were given does not answer. */
const DISPLAY_ERROR = /Missing X server|cannot open display|unable to open display|no DISPLAY environment variable|Failed to connect to Wayland/i;
const PANEL_HINT = firefox
  ? 'Open the panel: press Alt+Shift+S, or click the Social Value Assistant button (if it is hidden, open the puzzle-piece Extensions menu and pin it to the toolbar).'
  : 'Open the side panel: press Alt+Shift+S, or click the Social Value Assistant button (if it is hidden, open the puzzle-piece Extensions menu and pin it with the pin icon).';

function fail(message) {
  console.error(message);
  process.exit(1);
}

function run(cmd, args) {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) fail(`\n${command}: "${cmd} ${args.join(' ')}" failed (its output is above); nothing was opened.`);
}

if (env.SVA_SKIP_BUILD !== '1') {
  run('npx', ['wxt', 'build', ...(firefox ? ['-b', 'firefox', '--mv3'] : [])]);
  run('node', ['tests/tools/build-fixtures.mjs']);
}
if (!existsSync(join(extensionDir, 'manifest.json'))) {
  fail(`No extension build in ${extensionDir}. Run "${command}" without SVA_SKIP_BUILD, or "npm run build${firefox ? ':firefox' : ''}" first.`);
}

const hasDisplay = Boolean(env.DISPLAY || env.WAYLAND_DISPLAY) || process.platform !== 'linux';
if (!hasDisplay) {
  const steps = firefox
    ? `  1. Open about:debugging#/runtime/this-firefox in Firefox 140 or later.
  2. Choose "Load Temporary Add-on" and select the file:
       ${join(extensionDir, 'manifest.json')}`
    : `  1. Open chrome://extensions (Edge: edge://extensions) and switch on Developer mode.
  2. Choose "Load unpacked" and select the folder:
       ${extensionDir}`;
  console.log(`
The extension is built, but this machine has no display (DISPLAY is not set), so no browser window can open.
To try it on a machine with a screen:
${steps}
  3. Serve the demo page with "node tests/tools/fixture-server.mjs" and open the address it prints.
Or run "${command}" again where DISPLAY is set.`);
  process.exit(0);
}
if (!existsSync(browser)) {
  fail(
    firefox
      ? `No Firefox at ${browser}. Install it (Debian: apt-get install -y firefox-esr) or set SVA_FIREFOX to the path of a Firefox 140 or later.`
      : `No browser at ${browser}. Install Chromium (Debian: apt-get install -y chromium) or set SVA_BROWSER to the path of a Chromium-based browser.`,
  );
}

/** Starts the demo server on SVA_PORT or 5173; a busy default falls back to free ports, a busy chosen port is an error. */
async function serveDemo() {
  const chosen = env.SVA_PORT !== undefined && env.SVA_PORT !== '';
  const port = chosen ? Number(env.SVA_PORT) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65534) fail(`SVA_PORT must be a port number from 1 to 65534 (or 0 for any free port), not "${env.SVA_PORT}".`);
  try {
    return await startFixtureServer({ port, crossPort: port === 0 ? 0 : port + 1 });
  } catch (error) {
    const busy = error && typeof error === 'object' && 'code' in error && error.code === 'EADDRINUSE';
    if (!busy) fail(`The demo server could not start on 127.0.0.1:${port}: ${error instanceof Error ? error.message : String(error)}`);
    const advice = `Choose another port with SVA_PORT, for example: SVA_PORT=5180 ${command}`;
    if (chosen) fail(`Port ${port} or ${port + 1} on 127.0.0.1 is already in use (is "${command}" already running?). ${advice}`);
    const server = await startFixtureServer();
    console.log(`Port ${port} or ${port + 1} is already in use (is "${command}" already running?), so the demo uses ${server.origin} instead. ${advice}`);
    return server;
  }
}

const server = await serveDemo();
const demoUrl = `${server.origin}/demo.html`;
const profile = firefox ? undefined : mkdtempSync(join(tmpdir(), 'sva-profile-'));
// Chromium's own temporary files (its singleton socket folder) go inside the profile, so they go with it.
const browserTmp = profile ? join(profile, 'tmp') : undefined;
if (browserTmp) mkdirSync(browserTmp);
const launch = firefox
  ? {
      cmd: process.execPath,
      args: [
        fileURLToPath(new URL('../../node_modules/web-ext/bin/web-ext.js', import.meta.url)),
        'run',
        '--verbose',
        '--no-config-discovery',
        '--no-reload',
        '--no-input',
        `--source-dir=${extensionDir}`,
        `--firefox=${browser}`,
        `--start-url=${demoUrl}`,
      ],
    }
  : {
      cmd: browser,
      args: [
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
        demoUrl,
      ],
    };

console.log(`Opening ${browser} with Social Value Assistant loaded on ${demoUrl}`);
console.log(PANEL_HINT);
console.log('Close the browser or press Ctrl+C here to stop.');

// Its own process group, so stopping reaches the browser's helper processes
// (and web-ext's Firefox) too. web-ext must not look for updates (no network).
const child = spawn(launch.cmd, launch.args, {
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...env, NO_UPDATE_NOTIFIER: '1', ...(browserTmp ? { TMPDIR: browserTmp } : {}) },
});

/** The browser's own error output, kept to show if it stops early. */
const errorLines = [];
let partial = '';
let stopping = false;
let displayFailed = false;

function keep(line) {
  if (firefox && /Installed .* as a temporary add-on/.test(line)) console.log('Firefox is open with the extension installed as a temporary add-on.');
  // web-ext (verbose) relays Firefox's output as "Firefox stderr: ..."; its own debug chatter is not the browser's.
  const relayed = /Firefox std(?:err|out): (.*)$/.exec(line);
  const text = firefox ? (relayed?.[1] ?? (/\[error\]|^Error/.test(line) ? line.replace(/^\[[^\]]*\]\[error\] ?/, '') : '')) : line;
  if (!text.trim()) return;
  errorLines.push(text);
  if (errorLines.length > 40) errorLines.shift();
  if (DISPLAY_ERROR.test(text) && !displayFailed) {
    displayFailed = true;
    // web-ext would keep retrying for half a minute; Chromium exits by itself.
    if (firefox) signalGroup('SIGINT');
  }
}

function onOutput(chunk) {
  const lines = (partial + chunk.toString()).split('\n');
  partial = lines.pop() ?? '';
  lines.forEach(keep);
}
child.stdout.on('data', onOutput);
child.stderr.on('data', onOutput);

function signalGroup(signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

let cleaned;
function cleanUp() {
  cleaned ??= server.close().then(() => {
    if (profile) rmSync(profile, { recursive: true, force: true });
  });
  return cleaned;
}

child.on('error', async (error) => {
  await cleanUp();
  fail(`${browser} could not be started: ${error.message}. Set ${browserVar} to a browser that runs here.`);
});

const exited = new Promise((done) => child.on('exit', (code, signal) => done({ code, signal })));

exited.then(async ({ code, signal }) => {
  if (partial) keep(partial);
  await cleanUp();
  if (stopping) return;
  if (displayFailed) {
    fail(`
${browser} could not open a window: DISPLAY is set to "${env.DISPLAY ?? ''}"${env.WAYLAND_DISPLAY ? ` (WAYLAND_DISPLAY "${env.WAYLAND_DISPLAY}")` : ''}, but no display answers there.
Its error output:
${errorLines.map((l) => `  ${l}`).join('\n')}
What to do: run "${command}" from a desktop session's terminal, start an X server there (for example "Xvfb :99 &"),
or unset DISPLAY (env -u DISPLAY ${command}) to only build the extension and see how to load it by hand.
The demo server is stopped and the temporary profile removed.`);
  }
  if (code === 0) {
    console.log(`The browser was closed: demo server stopped, temporary profile removed.`);
    process.exit(0);
  }
  fail(`
${browser} stopped early (${signal ? `signal ${signal}` : `exit code ${code}`}).${errorLines.length ? `\nIts error output:\n${errorLines.map((l) => `  ${l}`).join('\n')}` : ' It printed nothing.'}
Check that ${browser} runs on its own, or set ${browserVar} to another browser. The demo server is stopped and the temporary profile removed.`);
});

async function stop() {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping…');
  // web-ext closes Firefox and removes its own temporary profile on SIGINT.
  signalGroup(firefox ? 'SIGINT' : 'SIGTERM');
  const timer = setTimeout(() => signalGroup('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
  // Whatever the browser left running in its group.
  signalGroup('SIGKILL');
  await cleanUp();
  console.log(`Stopped: browser closed, demo server stopped, temporary profile removed.`);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
