/**
 * The insertion benchmark behind `tests/tools/bench-insert.mjs` (which
 * bundles it and picks the browser): from the click on Insert in the panel
 * to the content script's answer, which comes after the text has been read
 * back from the editor, on every editor fixture. Driven through the same
 * puppeteer-core harness as the end-to-end tests (tests/e2e/harness.ts), in
 * Chromium or Firefox. Per fixture: a new page, the officer clicks into the
 * field and types, then Insert `runs` times (a space typed between). The
 * first insert on a page includes injecting the content script (and the
 * editor's part, when it has one).
 */
import type { Page } from 'puppeteer-core';
import { click, role } from '../../e2e/driver';
import { BROWSER, launchExtension, type ExtensionSession } from '../../e2e/harness';

const INSERT_BUTTON = role('button', 'Insert indicator wording');
export const FIRST_TARGET_MS = 100;
export const LATER_TARGET_MS = 50;

export const FIXTURES: readonly (readonly [string, string])[] = [
  ['Google Docs look-alike', 'editors/google-docs.html'],
  ['Word look-alike', 'editors/word-online.html'],
  ['textarea', 'editors/textarea.html'],
  ['input', 'editors/input.html'],
  ['React textarea', 'editors/react-textarea.html'],
  ['contenteditable', 'editors/contenteditable.html'],
  ['CKEditor 5', 'editors/ckeditor5.html'],
  ['CKEditor 4', 'editors/ckeditor4.html'],
  ['TinyMCE', 'editors/tinymce.html'],
  ['Quill', 'editors/quill.html'],
  ['ProseMirror', 'editors/prosemirror.html'],
  ['Lexical', 'editors/lexical.html'],
  ['Slate', 'editors/slate.html'],
  ['Draft.js', 'editors/draftjs.html'],
  ['Trix', 'editors/trix.html'],
  ['Summernote', 'editors/summernote.html'],
  ['Jodit', 'editors/jodit.html'],
  ['Squire', 'editors/squire.html'],
  ['medium-editor', 'editors/medium-editor.html'],
  ['pell', 'editors/pell.html'],
  ['same-origin iframe', 'editors/same-origin-iframe.html'],
  ['cross-origin iframe', 'editors/cross-origin-iframe.html?cross=CROSS'],
  ['shadow root', 'editors/shadow-root.html'],
];

export interface FixtureResult {
  editor: string;
  firstMs: number;
  laterP50: number;
  laterP95: number;
  /** Inserts that did not say "Inserted" (an editor where the officer pastes says so instead). */
  notInserted: number;
  outcome: string;
  technique: string;
}

interface BenchWindow {
  __bench: { results: { ms: number; ok: boolean; text: string; method: string | null }[] };
}

interface FixtureWindow {
  fixtureReady?: boolean;
  fixture?: { frame?: string; editable: string };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** The panel on the indicator, recording each settled status of its Insert button (the time it measured from click to answer). */
async function openPanel(session: ExtensionSession): Promise<Page> {
  const panel = await session.openPanel();
  await panel.setViewport({ width: 360, height: 900 });
  const search = role('searchbox', 'Search the framework');
  await panel.waitForSelector(search);
  await panel.type(search, 'dementia friendly');
  await click(panel, '.result-title button[data-indicator="dementia-friendly"]');
  await panel.waitForSelector(INSERT_BUTTON);
  await panel.evaluate(() => {
    const status = document.querySelector('.insert-status');
    if (!status) throw new Error('no insert status');
    const scope = window as unknown as BenchWindow;
    scope.__bench = { results: [] };
    new MutationObserver(() => {
      const ms = status.getAttribute('data-elapsed-ms');
      const text = status.textContent;
      if (text && text !== 'Inserting…') {
        scope.__bench.results.push({ ms: ms === null ? NaN : Number(ms), ok: text.startsWith('Inserted'), text, method: status.getAttribute('data-method') });
      }
    }).observe(status, { childList: true, subtree: true, characterData: true, attributes: true });
  });
  return panel;
}

async function benchFixture(session: ExtensionSession, panel: Page, name: string, path: string, runs: number): Promise<FixtureResult> {
  const page = await session.openFixture(path.replace('CROSS', encodeURIComponent(session.crossOrigin)));
  try {
    await page.waitForFunction(() => (window as FixtureWindow).fixtureReady === true, { timeout: 20_000, polling: 100 });
    const info = await page.evaluate(() => ({ frame: (window as FixtureWindow).fixture?.frame, editable: (window as FixtureWindow).fixture?.editable ?? '' }));
    const frame = info.frame ? await (await page.waitForSelector(info.frame))?.contentFrame() : page;
    if (!frame) throw new Error(`${name}: no frame ${info.frame ?? ''}`);
    const field = info.editable.split(' ').join(' >>> ');
    await session.bringToFront(page);
    await click(frame, field);
    await page.keyboard.type('Start ');
    const times: number[] = [];
    let notInserted = 0;
    let outcome = '';
    let technique = '';
    for (let run = 0; run < runs; run += 1) {
      await session.bringToFront(page);
      const before = await panel.evaluate(() => (window as unknown as BenchWindow).__bench.results.length);
      await click(panel, INSERT_BUTTON);
      await panel.waitForFunction((n: number) => (window as unknown as BenchWindow).__bench.results.length > n, { timeout: 15_000, polling: 10 }, before);
      const result = await panel.evaluate(() => (window as unknown as BenchWindow).__bench.results.at(-1));
      if (!result) throw new Error(`${name}: no result`);
      if (!result.ok) {
        notInserted += 1;
        outcome = result.text.slice(0, 60);
      }
      technique = result.method ?? technique;
      // NaN when nothing was inserted (the clipboard route carries no time).
      times.push(result.ms);
      await session.bringToFront(page);
      await page.keyboard.type(' ');
    }
    const later = times.slice(1);
    return {
      editor: name,
      firstMs: times[0] ?? NaN,
      laterP50: percentile(later, 50),
      laterP95: percentile(later, 95),
      notInserted,
      outcome: outcome || 'inserted',
      technique,
    };
  } finally {
    await page.close();
  }
}

/** Runs every fixture (or those whose name contains `only`) in the browser the harness was started for. */
export async function runInsertBenchmark({ runs, only }: { runs: number; only?: string }): Promise<{ browser: string; rows: FixtureResult[] }> {
  const session = await launchExtension();
  const rows: FixtureResult[] = [];
  try {
    const panel = await openPanel(session);
    for (const [name, path] of FIXTURES.filter(([n]) => !only || n.toLowerCase().includes(only.toLowerCase()))) {
      rows.push(await benchFixture(session, panel, name, path, runs));
      process.stderr.write(`${name} `);
    }
    process.stderr.write('\n');
  } finally {
    await session.close();
  }
  return { browser: BROWSER, rows };
}
