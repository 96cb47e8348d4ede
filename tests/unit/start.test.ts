/**
 * `npm start` and `npm run start:firefox` (tests/tools/start.mjs), run as a
 * newcomer would, with a fake browser (tests/fixtures/fake-browser) in place
 * of Chromium or Firefox and an existing (fake) build, so each case takes
 * well under a few seconds. Each asserts what the newcomer sees (the
 * message, the exit code) and what is left behind (browser process,
 * temporary profile, demo server).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';

const ROOT = resolve(import.meta.dirname, '../..');
const START = join(ROOT, 'tests/tools/start.mjs');
const FAKE_BROWSER = join(ROOT, 'tests/fixtures/fake-browser/browser.mjs');

const FakeLog = z.object({
  args: z.array(z.string()),
  pid: z.number(),
  url: z.string().nullable(),
  demoStatus: z.union([z.number(), z.string(), z.null()]),
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** What the fake browser recorded, if it was started. */
  browser: z.infer<typeof FakeLog> | undefined;
  /** What is left in the temporary folder the run used. */
  leftInTmp: string[];
}

interface Options {
  firefox?: boolean;
  mode?: 'no-display' | 'close' | 'stay' | 'crash';
  env?: Record<string, string | undefined>;
  /** Press Ctrl+C once the browser is up, after this has looked at the running state. */
  interrupt?: (running: { browser: z.infer<typeof FakeLog>; stdout: string }) => Promise<void>;
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A checkout-like folder with a (fake) build, and a TMPDIR of its own so leftovers are visible. */
function workspace(firefox: boolean): { cwd: string; tmp: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'sva-start-test-'));
  dirs.push(cwd);
  const out = join(cwd, '.output', firefox ? 'firefox-mv3' : 'chrome-mv3');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'Fake', version: '1.0', browser_specific_settings: { gecko: { id: 'fake@example.org' } } }),
  );
  const tmp = join(cwd, 'tmp');
  mkdirSync(tmp);
  symlinkSync(join(ROOT, 'node_modules'), join(cwd, 'node_modules'));
  return { cwd, tmp };
}

function readLog(file: string) {
  return existsSync(file) ? FakeLog.parse(JSON.parse(readFileSync(file, 'utf8'))) : undefined;
}

async function waitFor<T>(probe: () => T | undefined, what: string, ms = 8000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function runStart({ firefox = false, mode = 'stay', env = {}, interrupt }: Options = {}): Promise<Run> {
  const { cwd, tmp } = workspace(firefox);
  const log = join(cwd, 'browser.json');
  const child = spawn(process.execPath, [START, ...(firefox ? ['--firefox'] : [])], {
    cwd,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TMPDIR: tmp,
      DISPLAY: ':99',
      SVA_SKIP_BUILD: '1',
      SVA_PORT: '0',
      [firefox ? 'SVA_FIREFOX' : 'SVA_BROWSER']: FAKE_BROWSER,
      FAKE_BROWSER_MODE: mode,
      FAKE_BROWSER_LOG: log,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((done) => {
    child.on('exit', (code) => {
      done(code);
    });
  });
  if (interrupt) {
    const browser = await waitFor(() => readLog(log), 'the fake browser to start');
    await interrupt({ browser, stdout });
    child.kill('SIGINT');
  }
  const code = await exited;
  return { code, stdout, stderr, browser: readLog(log), leftInTmp: readdirSync(tmp) };
}

/** The demo address the start message printed. */
function printedAddress(stdout: string): string {
  const match = /loaded on (http:\/\/127\.0\.0\.1:\d+\/demo\.html)/.exec(stdout);
  if (!match?.[1]) throw new Error(`No address in: ${stdout}`);
  return match[1];
}

async function answers(url: string): Promise<boolean> {
  return fetch(url).then(
    (r) => r.ok,
    () => false,
  );
}

function listenOn(port: number): Promise<Server | undefined> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => {
      done(undefined);
    });
    server.listen(port, '127.0.0.1', () => {
      done(server);
    });
  });
}

const NO_STACK = /\n\s+at .+:\d+:\d+/;

describe.each([
  ['npm start (Chromium)', false],
  ['npm run start:firefox (Firefox via web-ext)', true],
] as const)('%s', (_name, firefox) => {
  it('with no display: builds, says no window can open and how to load the build by hand, exits 0 without starting a browser', async () => {
    const run = await runStart({ firefox, env: { DISPLAY: undefined, WAYLAND_DISPLAY: undefined } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('no display');
    expect(run.stdout).toContain(firefox ? 'Load Temporary Add-on' : 'Load unpacked');
    expect(run.stdout).toContain(firefox ? 'firefox-mv3' : 'chrome-mv3');
    expect(run.browser).toBeUndefined();
  });

  it('with a display set that does not answer: shows the browser’s own error output and what to do, exits 1, leaves nothing behind', async () => {
    const started = Date.now();
    const run = await runStart({ firefox, mode: 'no-display' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('could not open a window: DISPLAY is set to ":99"');
    expect(run.stderr).toContain(firefox ? 'cannot open display: :99' : 'Missing X server or $DISPLAY');
    expect(run.stderr).toContain('unset DISPLAY');
    expect(run.stderr).not.toMatch(NO_STACK);
    expect(run.leftInTmp).toEqual([]);
    // web-ext would retry for half a minute: the display error stops it at once.
    expect(Date.now() - started).toBeLessThan(8000);
  });

  it('with no browser at the configured path: names the path and the variable to set, exits 1', async () => {
    const run = await runStart({ firefox, env: { [firefox ? 'SVA_FIREFOX' : 'SVA_BROWSER']: '/nowhere/browser' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('/nowhere/browser');
    expect(run.stderr).toContain(firefox ? 'SVA_FIREFOX' : 'SVA_BROWSER');
    expect(run.browser).toBeUndefined();
  });

  it('running: prints the address actually served and how to open the panel; Ctrl+C stops browser, server and profile cleanly', async () => {
    let address = '';
    const run = await runStart({
      firefox,
      interrupt: async ({ browser, stdout }) => {
        address = printedAddress(stdout);
        expect(browser.url).toBe(address);
        expect(browser.demoStatus).toBe(200);
        expect(await answers(address)).toBe(true);
      },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Alt+Shift+S');
    expect(run.stdout).toMatch(/hidden.*pin/);
    expect(run.stdout).toContain('Stopped: browser closed, demo server stopped');
    if (!run.browser) throw new Error('the fake browser did not start');
    const { pid } = run.browser;
    await waitFor(() => (alive(pid) ? undefined : true), 'the browser process to end', 10_000);
    expect(await answers(address)).toBe(false);
    expect(run.leftInTmp).toEqual([]);
  });
});

describe('npm start (Chromium) only', () => {
  it('loads the build into a temporary profile and removes the profile when the browser is closed', async () => {
    const run = await runStart({ mode: 'close' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('The browser was closed: demo server stopped, temporary profile removed.');
    const args = run.browser?.args ?? [];
    expect(args.some((a) => a.startsWith('--load-extension=') && a.endsWith('chrome-mv3'))).toBe(true);
    expect(args.find((a) => a.startsWith('--user-data-dir='))).toContain('sva-profile-');
    expect(run.leftInTmp).toEqual([]);
  });

  it('a browser that stops early for another reason: its error output and exit code are shown', async () => {
    const run = await runStart({ mode: 'crash' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('stopped early (exit code 3)');
    expect(run.stderr).toContain('Fake browser: something went wrong');
    expect(run.leftInTmp).toEqual([]);
  });

  it('a busy default port: uses a free port instead and says which one, and how to choose', async () => {
    // Hold 5173 (or find it already held by someone else: busy either way).
    const held = await listenOn(5173);
    try {
      const run = await runStart({ env: { SVA_PORT: undefined }, interrupt: () => Promise.resolve() });
      expect(run.stdout).toContain('Port 5173 or 5174 is already in use');
      expect(run.stdout).toContain('SVA_PORT=5180 npm start');
      const address = printedAddress(run.stdout);
      expect(address).not.toContain(':5173/');
      expect(run.browser?.url).toBe(address);
      expect(run.browser?.demoStatus).toBe(200);
      expect(run.code).toBe(0);
    } finally {
      held?.close();
    }
  });

  it('a busy port chosen with SVA_PORT: says plainly which port and how to choose another, no stack trace, no browser', async () => {
    const held = await listenOn(0);
    const address = held?.address();
    if (!held || !address || typeof address !== 'object') throw new Error('could not hold a port');
    try {
      const run = await runStart({ env: { SVA_PORT: String(address.port) } });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`Port ${address.port} or ${address.port + 1} on 127.0.0.1 is already in use`);
      expect(run.stderr).toContain('SVA_PORT=5180 npm start');
      expect(run.stderr).not.toMatch(NO_STACK);
      expect(run.browser).toBeUndefined();
      expect(run.leftInTmp).toEqual([]);
    } finally {
      held.close();
    }
  });

  it('no build and SVA_SKIP_BUILD: says which build is missing and how to make it', async () => {
    const { cwd } = workspace(false);
    rmSync(join(cwd, '.output'), { recursive: true });
    const child = spawn(process.execPath, [START], { cwd, env: { ...process.env, SVA_SKIP_BUILD: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise((done) => child.on('exit', done));
    expect(code).toBe(1);
    expect(stderr).toContain('No extension build in');
    expect(stderr).toContain('npm run build');
  });
});
