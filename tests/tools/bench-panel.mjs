// Panel speed, in Debian's Chromium with the built extension:
//  - opening: from navigation to a search box that takes typing (first
//    paint), and to the whole panel loaded (framework, search, views);
//  - typing: from each keystroke to the results on screen;
//  - size: the JavaScript the panel loads before its first paint.
//   node tests/tools/bench-panel.mjs [--opens 20]
// Needs the e2e build (npm run build:e2e); builds it when missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const BROWSER = process.env.SVA_BROWSER ?? '/usr/bin/chromium';
const EXTENSION = resolve('.output-e2e/chrome-mv3');
const opensArg = process.argv.indexOf('--opens');
const OPENS = opensArg > 0 ? Number(process.argv[opensArg + 1]) : 20;
const FIRST_JS_BUDGET_KB = 250;
const QUERIES = ['apprenticeships', 'carbon transport', 'charity spend', 'modern slavery', 'care leavers'];

if (!existsSync(join(EXTENSION, 'manifest.json'))) {
  const result = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', env: { ...process.env, SVA_E2E: '1' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (value) => `${value.toFixed(1)} ms`;

/** The scripts sidepanel.html loads before first paint: its module and the modules it preloads. */
function firstPaintScripts() {
  const html = readFileSync(join(EXTENSION, 'sidepanel.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((match) => match[1]);
  return files.map((file) => ({ file, kB: statSync(join(EXTENSION, file)).size / 1000 }));
}

const profile = mkdtempSync(join(tmpdir(), 'sva-bench-panel-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: BROWSER,
  headless: true,
  args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 90_000 }));
  const id = new URL(worker.url()).host;
  const usable = [];
  const loaded = [];
  for (let run = 0; run < OPENS; run += 1) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/sidepanel.html`, { waitUntil: 'commit' });
    // Measured inside the page, from its own navigation start.
    await page.waitForFunction(() => document.activeElement?.id === 'search-input', undefined, { polling: 'raf' });
    usable.push(await page.evaluate(() => performance.now()));
    await page.getByRole('button', { name: 'Options' }).waitFor();
    loaded.push(await page.evaluate(() => performance.now()));
    await page.close();
  }

  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/sidepanel.html`);
  await page.getByRole('button', { name: 'Options' }).waitFor();
  await page.evaluate(() => {
    // Each keystroke's time, and when the results next changed on screen.
    const state = { pending: null, deltas: [] };
    window.__keyBench = state;
    document.addEventListener('keydown', (event) => {
      state.pending = event.timeStamp;
    }, true);
    new MutationObserver(() => {
      if (state.pending === null) return;
      const started = state.pending;
      state.pending = null;
      requestAnimationFrame(() => state.deltas.push(performance.now() - started));
    }).observe(document.querySelector('main.panel-body') ?? document.body, { childList: true, subtree: true, characterData: true });
  });
  const box = page.getByRole('searchbox', { name: 'Search the framework' });
  for (const query of QUERIES) {
    await box.fill('');
    await box.pressSequentially(query, { delay: 30 });
    await page.waitForTimeout(100);
  }
  const keys = await page.evaluate(() => window.__keyBench.deltas);

  const scripts = firstPaintScripts();
  const firstKb = scripts.reduce((sum, script) => sum + script.kB, 0);
  console.log(`Panel (${OPENS} opens): search box usable p50 ${ms(percentile(usable, 50))}, p95 ${ms(percentile(usable, 95))}; whole panel loaded p50 ${ms(percentile(loaded, 50))}, p95 ${ms(percentile(loaded, 95))}.`);
  console.log(`Keystroke to results (${keys.length} keys): p50 ${ms(percentile(keys, 50))}, p95 ${ms(percentile(keys, 95))}.`);
  console.log(`First-paint JavaScript: ${firstKb.toFixed(1)} kB minified (${scripts.map((s) => `${s.file} ${s.kB.toFixed(1)} kB`).join(', ')}); budget ${FIRST_JS_BUDGET_KB} kB.`);
  if (firstKb > FIRST_JS_BUDGET_KB) process.exitCode = 1;
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
