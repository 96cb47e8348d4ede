/**
 * One end-to-end session with the e2e build of the extension loaded, in
 * Debian's Chromium or Firefox ESR, both driven by puppeteer-core (CDP for
 * Chromium, WebDriver BiDi for Firefox), so every test is written once.
 * `SVA_E2E_BROWSER=firefox` picks Firefox; `tests/tools/e2e.mjs` runs the
 * suite once per browser.
 *
 * The two browsers differ only here: how the extension is loaded, how its
 * pages are opened (Firefox refuses to let a test navigate to
 * moz-extension://, so the e2e build opens its options page as a tab at install
 * and further extension pages are opened from that tab), and how the
 * clipboard is allowed.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import puppeteer, { TargetType, type Browser, type Page } from 'puppeteer-core';
// The fixture server is plain JavaScript shared with `npm start`.
import { startFixtureServer } from '../tools/fixture-server.mjs';

export type BrowserName = 'chromium' | 'firefox';

export const BROWSER: BrowserName = process.env.SVA_E2E_BROWSER === 'firefox' ? 'firefox' : 'chromium';
export const IS_FIREFOX = BROWSER === 'firefox';

export const EXTENSION_DIR = resolve(import.meta.dirname, `../../.output-e2e/${IS_FIREFOX ? 'firefox' : 'chrome'}-mv3`);
const EXECUTABLE = IS_FIREFOX
  ? (process.env.SVA_FIREFOX ?? '/usr/bin/firefox-esr')
  : (process.env.SVA_BROWSER ?? '/usr/bin/chromium');

/** Firefox: the add-on's id in the manifest, and the internal UUID we pin so its pages have a known origin. */
const GECKO_ID = 'social-value-assistant@cheshireeast.example';
const FIREFOX_UUID = '5a7e0c1e-0000-4000-8000-5ca1ab1e0001';

export interface ClipboardContent {
  text: string | null;
  html: string | null;
}

/** What a test needs from a browser with the extension in it; the same for both browsers. */
export interface ExtensionSession {
  readonly browserName: BrowserName;
  readonly browser: Browser;
  /** chrome-extension://ID or moz-extension://UUID */
  readonly extensionOrigin: string;
  /** Origin of the fixture pages, e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  /** A second origin for cross-origin iframe fixtures. */
  readonly crossOrigin: string;
  /** Where the browser saves downloads. */
  readonly downloadDir: string;
  /** The side panel's page, opened as a tab (it must work like the real panel). */
  openPanel(): Promise<Page>;
  openOptions(): Promise<Page>;
  /** Any page of the extension, e.g. `framework.html?q=carbon`. */
  openExtensionPage(file: string): Promise<Page>;
  /** A page that opens after this call and whose location starts with `prefix` (e.g. one the extension opens itself). */
  waitForNewPage(prefix: string): Promise<() => Promise<Page>>;
  /**
   * Runs `fn` in the extension's background, given its global (`scope`:
   * Chromium's service worker global; Firefox's event page window, reached
   * with runtime.getBackgroundPage() from an extension page), and returns
   * its JSON-serialisable result. `fn` is sent as source text, so it may use
   * only `scope` and its arguments, never variables of the test.
   */
  evaluateInBackground<T, A extends unknown[]>(fn: (scope: BackgroundScope, ...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** A page of the fixture server, e.g. `editors/quill.html`. */
  openFixture(path: string): Promise<Page>;
  /** Makes `page` the active tab of its window, the one the panel inserts into. */
  bringToFront(page: Page): Promise<void>;
  /** What the system clipboard holds, as plain text and HTML. */
  readClipboard(page: Page): Promise<ClipboardContent>;
  close(): Promise<void>;
}

/** The background's global as the tests see it: the WebExtension API (`chrome` in both browsers) and the e2e build's test hooks. */
export interface BackgroundScope {
  chrome: {
    tabs: { query(query: { url: string }): Promise<{ id?: number }[]> };
    contextMenus: { update(id: string, properties: object): Promise<void> };
  };
  /** Set by entrypoints/background/test-hooks.ts in the e2e build only. */
  __svaTest: {
    handleMenuClick(info: unknown, tab: unknown): void;
    onInputChanged(text: string, suggest: (results: { content: string; description: string }[]) => void): Promise<void>;
    onInputEntered(text: string, disposition: string): Promise<void>;
  };
}

export interface LaunchOptions {
  /** The colour scheme pages see (prefers-color-scheme); the browser's default when absent. */
  colorScheme?: 'light' | 'dark';
  /**
   * Chromium: load the extension as the browser starts (--load-extension)
   * rather than over CDP. Only an extension loaded so is given the managed
   * storage of the organisation's policy file (Chromium 156 gave one loaded
   * over CDP an empty policy).
   */
  loadAtStartup?: boolean;
  /**
   * An organisation policy for the extension (what council IT would set),
   * given to the browser as IT would give it: Chromium reads a policy file in
   * /etc/chromium/policies/managed/ as it starts (needs root; the file is
   * removed at close), Firefox a policies.json (`3rdparty` → `Extensions` →
   * the add-on's id), here one of the session's own through Firefox's
   * test-only `browser.policies.alternatePath`, so no other Firefox on the
   * machine sees it.
   */
  policy?: Record<string, unknown>;
  /**
   * Firefox only: the extension's requests for optional permissions (site
   * access) are granted without the prompt, as if the officer chose Allow.
   * Chromium has no such switch: its prompt cannot be answered under
   * automation (checked on Chromium 156).
   */
  approvePermissionRequests?: boolean;
  /** A browser profile folder to use and keep (for tests that restart the browser on the same profile); a fresh temporary one when absent. */
  profile?: string;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No end-to-end build in ${EXTENSION_DIR}: run "node tests/tools/e2e.mjs" (it builds first).`);
  }
  if (!existsSync(EXECUTABLE)) throw new Error(`No browser at ${EXECUTABLE}`);
  const server = await startFixtureServer();
  const downloadDir = await mkdtemp(join(tmpdir(), 'sva-e2e-downloads-'));
  const given = options.policy ? await givePolicy(options.policy) : { remove: () => undefined };
  const removePolicy = given.remove;
  let driver: Driver;
  try {
    driver = IS_FIREFOX ? await launchFirefox(downloadDir, options, given.firefoxFile) : await launchChromium(downloadDir, { ...options, loadAtStartup: options.loadAtStartup ?? options.policy !== undefined });
  } catch (error) {
    removePolicy();
    throw error;
  }
  const { browser } = driver;

  return {
    browserName: BROWSER,
    browser,
    extensionOrigin: driver.extensionOrigin,
    origin: server.origin,
    crossOrigin: server.crossOrigin,
    downloadDir,
    openPanel: () => driver.openExtensionPage('sidepanel.html'),
    openOptions: () => driver.openExtensionPage('options.html'),
    openExtensionPage: (file) => driver.openExtensionPage(file),
    async waitForNewPage(prefix) {
      const before = new Set(await browser.pages());
      return () => waitForPage(browser, (href) => href.startsWith(prefix), before);
    },
    evaluateInBackground: (fn, ...args) => driver.evaluateInBackground(`(${fn.toString()})`, JSON.stringify(args)),
    async openFixture(path) {
      const page = await driver.newPage();
      await page.goto(`${server.origin}/${path.replace(/^\//, '')}`);
      return page;
    },
    async bringToFront(page) {
      await page.bringToFront();
    },
    readClipboard: (page) =>
      page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        const read = async (type: string) => (item?.types.includes(type) ? (await item.getType(type)).text() : null);
        return { text: await read('text/plain'), html: await read('text/html') };
      }),
    async close() {
      try {
        await browser.close();
      } finally {
        removePolicy();
      }
      await server.close();
      await rm(downloadDir, { recursive: true, force: true });
    },
  };
}

/** Chromium's id for an extension with this manifest key: sha256 of the key, first 32 hex digits written a–p. */
export function idFromKey(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return hex.replace(/[0-9a-f]/g, (digit) => String.fromCharCode(97 + parseInt(digit, 16)));
}

const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';
/** One file per session: Chromium watches the folder, so a file another test run removes must never be this one. */
const chromiumPolicyFile = () => join(CHROMIUM_POLICY_DIR, `social-value-assistant-e2e-${String(process.pid)}-${String(Date.now())}.json`);
/** Writes the policy where this browser reads it; `remove` takes it away again. */
async function givePolicy(policy: Record<string, unknown>): Promise<{ remove: () => void; firefoxFile?: string }> {
  if (IS_FIREFOX) {
    // Firefox's own policies.json format, in a folder of this session's (see LaunchOptions.policy).
    const dir = await mkdtemp(join(tmpdir(), 'sva-e2e-policy-'));
    const firefoxFile = join(dir, 'policies.json');
    await writeFile(firefoxFile, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: policy } } } }));
    return { firefoxFile, remove: () => { rmSync(dir, { recursive: true, force: true }); } };
  }
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { key?: string };
  if (!manifest.key) throw new Error('The e2e build has no manifest key, so its id is not fixed');
  const created: string[] = [];
  const file = chromiumPolicyFile();
  for (const dir of ['/etc/chromium/policies', CHROMIUM_POLICY_DIR]) {
    if (!existsSync(dir)) {
      mkdirSync(dir);
      created.unshift(dir);
    }
  }
  const remove = () => {
    rmSync(file, { force: true });
    for (const dir of created) if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
  };
  try {
    writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [idFromKey(manifest.key)]: policy } } }));
  } catch (error) {
    remove();
    throw error;
  }
  return { remove };
}

interface Driver {
  browser: Browser;
  extensionOrigin: string;
  newPage(): Promise<Page>;
  openExtensionPage(file: string): Promise<Page>;
  /** Calls the function whose source is `fn` with the background's global and the JSON array `args`. */
  evaluateInBackground<T>(fn: string, args: string): Promise<T>;
}

async function launchChromium(downloadDir: string, options: LaunchOptions): Promise<Driver> {
  const browser = await puppeteer.launch({
    executablePath: EXECUTABLE,
    headless: true,
    pipe: true,
    enableExtensions: options.loadAtStartup ? true : [EXTENSION_DIR],
    defaultViewport: null,
    ...(options.profile ? { userDataDir: options.profile } : {}),
    downloadBehavior: { policy: 'allow', downloadPath: downloadDir },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.loadAtStartup ? [`--load-extension=${EXTENSION_DIR}`, `--disable-extensions-except=${EXTENSION_DIR}`] : []),
    ],
  });
  // The service worker is slow to start on a loaded 2-core machine, so wait generously.
  const worker = await browser.waitForTarget((t) => t.type() === TargetType.SERVICE_WORKER && t.url().startsWith('chrome-extension://'), { timeout: 90_000 });
  // (Node's URL gives chrome-extension: URLs an opaque origin, so build it from the host.)
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  // Chromium refuses to grant to a chrome-extension:// origin by name
  // ("opaque origin"), so the clipboard is allowed for every origin.
  const cdp = await browser.target().createCDPSession();
  await cdp.send('Browser.grantPermissions', { permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'] });
  const newPage = async () => {
    const page = await browser.newPage();
    if (options.colorScheme) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: options.colorScheme }]);
    return page;
  };
  return {
    browser,
    extensionOrigin,
    newPage,
    async openExtensionPage(file) {
      const page = await newPage();
      await page.goto(`${extensionOrigin}/${file}`);
      return page;
    },
    async evaluateInBackground<T>(fn: string, args: string): Promise<T> {
      // Chromium may stop an idle worker and start a new one (likelier on a
      // loaded machine), so the live one is looked up each time, and a call
      // that hangs on a stopped worker is tried again on the new one.
      for (let attempt = 1; ; attempt += 1) {
        const target = await browser.waitForTarget((t) => t.type() === TargetType.SERVICE_WORKER && t.url().startsWith(`${extensionOrigin}/`), { timeout: 20_000 });
        const worker = await target.worker();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            reject(new Error('the service worker did not answer in 15 s'));
          }, 15_000);
        });
        try {
          if (!worker) throw new Error('the service worker target has no worker');
          return await Promise.race([worker.evaluate(`${fn}(globalThis, ...${args})`) as Promise<T>, timeout]);
        } catch (error) {
          if (attempt >= 3) throw error;
        } finally {
          clearTimeout(timer);
        }
      }
    },
  };
}

async function launchFirefox(downloadDir: string, options: LaunchOptions, policyFile?: string): Promise<Driver> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLE,
    headless: true,
    defaultViewport: null,
    ...(options.profile ? { userDataDir: options.profile } : {}),
    // Firefox reads `browser.policies.alternatePath` only "in automation": the pref below and no non-local connections.
    ...(policyFile ? { env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' } } : {}),
    extraPrefsFirefox: {
      ...(options.approvePermissionRequests ? { 'extensions.webextOptionalPermissionPrompts': false } : {}),
      ...(policyFile
        ? { 'browser.policies.alternatePath': policyFile, 'security.turn_off_all_security_so_that_viruses_can_take_over_this_computer': true }
        : {}),
      // Downloads go straight to the session's folder, unasked (BiDi's download behaviour did not apply to them here).
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/json',
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // A kept profile keeps the temporary add-on's storage when Firefox removes the add-on at shutdown, so it is there after a restart.
      ...(options.profile ? { 'extensions.webextensions.keepStorageOnUninstall': true, 'extensions.webextensions.keepUuidOnUninstall': true } : {}),
      // Lets navigator.clipboard.read() answer without the paste prompt (a test-only pref).
      'dom.events.testing.asyncClipboard': true,
      // Firefox cannot emulate the colour scheme per page over BiDi; this pref sets it for all content (0 dark, 1 light).
      ...(options.colorScheme ? { 'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1 } : {}),
    },
  });
  await browser.installExtension(EXTENSION_DIR);
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  // The e2e build opens its options page as a tab at install (entrypoints/background/test-hooks.ts): the "home" tab.
  const home = await waitForPage(browser, (href) => href.startsWith(`${extensionOrigin}/options.html`), new Set());
  return {
    browser,
    extensionOrigin,
    newPage: () => browser.newPage(),
    async openExtensionPage(file) {
      const before = new Set(await browser.pages());
      await home.evaluate((path) => {
        // The page runs in the extension; `browser` there is the WebExtension API.
        const api = (globalThis as unknown as { browser: { tabs: { create(o: { url: string }): Promise<unknown> } } }).browser;
        void api.tabs.create({ url: path });
      }, `/${file}`);
      return waitForPage(browser, (href) => href.startsWith(`${extensionOrigin}/${file}`), before);
    },
    async evaluateInBackground<T>(fn: string, args: string): Promise<T> {
      // The event page is not a target BiDi reaches; the home tab is an extension page and may fetch its window (starting it if idle).
      return home.evaluate(`(async () => ${fn}(await browser.runtime.getBackgroundPage(), ...${args}))()`) as Promise<T>;
    },
  };
}

/** A page not in `before` whose location matches (Firefox's page.url() may lag behind, so read location.href). */
async function waitForPage(browser: Browser, matches: (href: string) => boolean, before: Set<Page>): Promise<Page> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      if (before.has(page)) continue;
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (matches(href) && (await page.evaluate(() => document.readyState).catch(() => '')) === 'complete') return page;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The extension page did not open within 30 s');
}

const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.2 A and AA rules) in the page and returns a readable list of violations. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated by the driver as a script of its own, so the page's content security policy does not apply.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    interface AxeResult { violations: { id: string; help: string; nodes: { target: string[] }[] }[] }
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } };
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}
