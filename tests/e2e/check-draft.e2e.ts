/**
 * "Check a draft" in the real panel, in Chromium and Firefox: a selection on
 * a fixture page, a whole page whose text is in a TinyMCE iframe or in a
 * frame from another site (with "Show in page" highlighting the sentence
 * there, by the CSS Custom Highlight API), a frame of a site not allowed
 * (said, with "Allow access"), a Google Docs look-alike (the advice to copy
 * and paste), pasted text, a .docx and a PDF file (read by pdf.js and its
 * worker from the extension itself, nothing fetched), Insert from a gap
 * putting the wording into a field and "Add to pack" from a gap reaching the
 * Pack view. The view passes axe-core.
 */
import { readdir, readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { click, controlFor, count, fill, replaceText, role, textNow, textOf } from './driver';
import { accessibilityViolations, EXTENSION_DIR, launchExtension, type ExtensionSession } from './harness';
import { openEditorFixture } from './insert-helpers';
import { docx, pdf } from '../fixtures/check/documents';

let session: ExtensionSession;
let panel: Page;
let workDir: string;

const APPRENTICES = 'We will create 4 apprenticeships on this contract and pay all staff at least the Real Living Wage.';

beforeAll(async () => {
  session = await launchExtension();
  workDir = await mkdtemp(join(tmpdir(), 'sva-e2e-check-'));
  panel = await session.openPanel();
  await panel.setViewport({ width: 380, height: 900 });
  await click(panel, role('button', 'Check a draft'));
});

afterAll(async () => {
  await session.close();
  await rm(workDir, { recursive: true, force: true });
});

/** pdf.js's worker as the build emits it (a hashed name under assets/). */
const WORKER_FILE = /\/assets\/pdf\.worker\.min-[\w-]+\.mjs$/;

/**
 * The worker's path in the extension, as the panel's code has it: Vite
 * turns `pdf.worker.min.mjs?url` into a small module exporting the
 * address; there must be exactly one, naming a file of the build.
 */
async function workerPath(): Promise<string> {
  const chunks = join(EXTENSION_DIR, 'chunks');
  const sources = await Promise.all((await readdir(chunks)).map((name) => readFile(join(chunks, name), 'utf8')));
  const paths = sources.map((source) => /^var \w+=`(\/assets\/pdf\.worker\.min-[\w-]+\.mjs)`;export/.exec(source)?.[1]).filter((path) => path !== undefined);
  expect(paths).toHaveLength(1);
  return paths[0] ?? '';
}

const covered = (id: string) => `.check-covered li[data-indicator="${id}"]`;
const STATUS = '.check-status';
const status = () => textNow(panel, STATUS);

describe('check a draft', () => {
  it('checks pasted text: the indicators it addresses with the sentence, the missing environmental theme, and passes axe', async () => {
    await replaceText(panel, role('textbox', 'Paste text'), `${APPRENTICES}\nWe are committed to supporting the local community.`);
    const check = role('button', 'Check pasted text');
    await expect.poll(() => panel.$eval(check, (b) => (b as HTMLButtonElement).disabled)).toBe(false);
    await click(panel, check);
    await expect.poll(status, { timeout: 15_000 }).toMatch(/Checked the pasted text/);
    await expect.poll(() => count(panel, covered('apprenticeship-weeks'))).toBe(1);
    expect(await textOf(panel, `${covered('real-living-wage')} blockquote`)).toBe(APPRENTICES);
    const environmental = await panel.$$eval('.check-summary tr', (rows) =>
      rows.find((row) => row.textContent.includes('Environmental'))?.querySelector('td')?.textContent ?? null);
    expect(environmental).toBe('Missing');
    expect(await textOf(panel, '.check-gaps')).toMatch(/carbon reduction is a standing priority/);
    expect(await textOf(panel, '.check-vague')).toContain('We are committed to supporting the local community.');
    // The report heading takes the focus, so the keyboard is at the results.
    expect(await panel.evaluate(() => document.activeElement?.id)).toBe('check-results');
    expect(await accessibilityViolations(panel)).toEqual([]);
  });

  it('checks a .docx file', async () => {
    const file = join(workDir, 'bid.docx');
    await writeFile(file, docx(['Social value response', 'Our delivery fleet of 12 vans will be replaced with EVs by March 2027, cutting our GHG emissions from transport by 40 tCO2e a year.']));
    const input = await panel.$('input[type="file"]');
    if (!input) throw new Error('no file input');
    await input.uploadFile(file);
    await expect.poll(status, { timeout: 15_000 }).toMatch(/Checked “bid.docx”/);
    await expect.poll(() => count(panel, covered('ghg-savings-transport'))).toBe(1);
  });

  it('builds pdf.js and its worker into the extension: the worker URL the panel uses names a real file of it', async () => {
    const path = await workerPath();
    expect((await readFile(join(EXTENSION_DIR, path))).length).toBeGreaterThan(500_000);
    // The extension serves it as JavaScript, as a module worker needs.
    const served = await panel.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get('content-type') ?? '' };
    }, path);
    expect(served.status).toBe(200);
    expect(served.type).toMatch(/javascript/);
  });

  it('checks a PDF file: sentences wrapped over lines are quoted whole, and nothing is fetched from outside the extension', async () => {
    const intro = 'Greenway Services Ltd: response to Question 5, Skills and Employment.';
    const apprentices = 'We will create 4 horticulture apprenticeships over the first two years of the contract, each lasting at least 52 weeks, recruited through the Cheshire East Skills and Growth Company.';
    const local = 'At least 60% of the 25 staff delivering this contract will be local residents, and every vacancy will be advertised in the borough first.';
    const file = join(workDir, 'Greenway bid.pdf');
    await writeFile(file, pdf(['Social value response', intro, apprentices, local]));
    const requests: string[] = [];
    const workers: string[] = [];
    const onRequest = (request: { url(): string }) => { requests.push(request.url()); };
    const onWorker = (worker: { url(): string }) => { workers.push(worker.url()); };
    panel.on('request', onRequest);
    panel.on('workercreated', onWorker);
    // A control: the listener does see the panel's requests to a web server (Firefox reports none for the extension's own files).
    await panel.evaluate(async (url) => (await fetch(url)).status, `${session.origin}/check/bid-answer.html`);
    await expect.poll(() => requests.filter((url) => url.startsWith(`${session.origin}/`)).length).toBe(1);
    requests.length = 0;
    const input = await panel.$('input[type="file"]');
    if (!input) throw new Error('no file input');
    await input.uploadFile(file);
    await expect.poll(status, { timeout: 20_000 }).toMatch(/Checked “Greenway bid.pdf”/);
    await expect.poll(() => count(panel, covered('apprenticeship-weeks'))).toBe(1);
    expect(await textOf(panel, `${covered('apprenticeship-weeks')} blockquote`)).toBe(apprentices);
    expect(await count(panel, covered('local-people-employed-percent'))).toBe(1);
    panel.off('request', onRequest);
    panel.off('workercreated', onWorker);
    // pdf.js ran in a worker of its own, from the extension's copy (without one it would read in the panel's thread, a "fake worker")...
    expect(workers.filter((url) => WORKER_FILE.test(url))).toEqual([`${session.extensionOrigin}${await workerPath()}`]);
    // ...and nothing was fetched from any server.
    expect(requests.filter((url) => !url.startsWith(`${session.extensionOrigin}/`))).toEqual([]);
  });

  it('checks the selection on a page', async () => {
    const page = await session.openFixture('demo.html');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'sv-note';
      p.textContent = 'The Provider will recruit people who have been out of work for over a year.';
      document.body.append(p);
      const other = document.createElement('p');
      other.textContent = 'All staff will be paid the real living wage.';
      document.body.append(other);
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await session.bringToFront(page);
    await click(panel, role('button', 'Check selection'));
    await expect.poll(status, { timeout: 15_000 }).toMatch(/Checked the selected text/);
    await expect.poll(() => count(panel, covered('long-term-unemployed'))).toBe(1);
    // Only the selection: the other paragraph is not checked.
    expect(await count(panel, covered('real-living-wage'))).toBe(0);
    await page.close();
  });

  it('checks a whole page with its TinyMCE iframe and shows the sentence in the page', async () => {
    const fixture = await openEditorFixture(session, 'editors/tinymce.html');
    await fixture.page.evaluate((text) => {
      (window as unknown as { tinymce: { get(id: string): { setContent(html: string): void } } }).tinymce.get('editor').setContent(`<p>Introduction to our bid.</p><p>${text}</p>`);
    }, APPRENTICES);
    await session.bringToFront(fixture.page);
    await click(panel, role('button', 'Check whole page'));
    await expect.poll(status, { timeout: 15_000 }).toMatch(/Checked the whole page/);
    await expect.poll(() => count(panel, covered('apprenticeship-weeks'))).toBe(1);
    await session.bringToFront(fixture.page);
    await click(panel, `${covered('apprenticeship-weeks')} button[aria-label^="Show in page"]`);
    const frame = fixture.frame;
    await expect
      .poll(() => frame.evaluate(() => {
        const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('sva-evidence');
        return highlight ? [...highlight].map((r) => r.toString()).join('|') : '';
      }), { timeout: 10_000 })
      .toBe(APPRENTICES);
    // The page's DOM is unchanged: no marks added.
    expect(await frame.evaluate(() => document.querySelectorAll('mark, [data-sva]').length)).toBe(0);
    await fixture.page.close();
  });

  it('gives the copy-and-paste advice on a Google Docs page, whose text is drawn on a canvas', async () => {
    const fixture = await openEditorFixture(session, 'editors/google-docs.html');
    await session.bringToFront(fixture.page);
    await click(panel, role('button', 'Check whole page'));
    await expect.poll(status, { timeout: 15_000 }).toMatch(/^This looks like Google Docs/);
    expect(await status()).toContain('press Ctrl+A then Ctrl+C');
    expect(await status()).toContain('paste into “Paste text” below');
    // The page's menus and headings are not checked as if they were the document.
    expect(await status()).not.toMatch(/^Checked/);
    await fixture.page.close();
  });

  /** The bid page of tests/fixtures/check, its answer to question 5 in a frame from `cross`, and that frame once loaded. */
  async function openFramedBid(cross: string): Promise<{ page: Page; frame: Frame }> {
    const page = await session.openFixture(`check/bid-page.html?cross=${encodeURIComponent(cross)}`);
    const handle = await page.waitForSelector('#answer');
    const frame = await handle?.contentFrame();
    if (!frame) throw new Error('no answer frame');
    await frame.waitForSelector('#apprentices');
    return { page, frame };
  }

  const FRAMED_APPRENTICES = 'We will create 4 horticulture apprenticeships over the first two years of the contract, each lasting at least 52 weeks.';
  const FAIR_WORK_CLAUSE = 'Every member of staff on this contract will be paid at least the Real Living Wage from the first day,';

  it('checks a whole page with a frame from another site it may read, and shows the sentence inside that frame', async () => {
    const { page, frame } = await openFramedBid(session.crossOrigin);
    await session.bringToFront(page);
    await click(panel, role('button', 'Check whole page'));
    await expect.poll(status, { timeout: 15_000 }).toMatch(/Checked the whole page/);
    // The page's own text and the frame's, each with its sentence.
    await expect.poll(() => count(panel, covered('apprenticeship-weeks'))).toBe(1);
    expect(await textOf(panel, `${covered('apprenticeship-weeks')} blockquote`)).toBe(FRAMED_APPRENTICES);
    expect(await textOf(panel, `${covered('real-living-wage')} blockquote`)).toBe(FAIR_WORK_CLAUSE);
    expect(await count(panel, '.check-unread')).toBe(0);
    await session.bringToFront(page);
    await click(panel, `${covered('apprenticeship-weeks')} button[aria-label^="Show in page"]`);
    const highlighted = (context: Page | Frame) =>
      context.evaluate(() => {
        const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('sva-evidence');
        return highlight ? [...highlight].map((r) => r.toString()).join('|') : '';
      });
    await expect.poll(() => highlighted(frame), { timeout: 10_000 }).toBe(FRAMED_APPRENTICES);
    expect(await highlighted(page)).toBe('');
    expect(await frame.evaluate(() => document.querySelectorAll('mark, [data-sva]').length)).toBe(0);
    await page.close();
  });

  it('says which frame of another site it could not read, offers to allow it, and checks the rest of the page', async () => {
    // localhost, not 127.0.0.1: a site the e2e build was never given.
    const notAllowed = session.crossOrigin.replace('127.0.0.1', 'localhost');
    const { page } = await openFramedBid(notAllowed);
    await session.bringToFront(page);
    await click(panel, role('button', 'Check whole page'));
    await expect.poll(status, { timeout: 15_000 }).toMatch(/Checked the whole page/);
    await expect.poll(() => count(panel, covered('real-living-wage'))).toBe(1);
    expect(await count(panel, covered('apprenticeship-weeks'))).toBe(0);
    expect(await textOf(panel, '.check-unread')).toContain(`Part of this page is in a frame from another site (${notAllowed}) that Social Value Assistant may not read yet, so its text was not checked.`);
    expect(await count(panel, role('button', `Allow access to ${notAllowed}`))).toBe(1);
    expect(await accessibilityViolations(panel)).toEqual([]);
    await page.close();
  });

  it('inserts the wording of a gap into the field the officer is in', async () => {
    const fixture = await openEditorFixture(session, 'editors/textarea.html');
    await session.bringToFront(fixture.page);
    await click(fixture.frame, fixture.field);
    const suggestion = '.check-gaps .check-suggestion[data-indicator="ghg-savings-non-transport"]';
    await session.bringToFront(fixture.page);
    await click(panel, `${suggestion} button[aria-label^="Insert"]`);
    // The outcome names the contract and its term: the panel asks for them first, and nothing goes in yet.
    const form = `${suggestion} form.placeholder-form`;
    await expect.poll(() => count(panel, form)).toBe(1);
    expect(await fixture.content()).toBe('');
    await fill(panel, await controlFor(panel, 'Contract name'), 'Depot Refurbishment');
    await fill(panel, await controlFor(panel, 'Contract term'), '4 years');
    await session.bringToFront(fixture.page);
    await click(panel, `${form} ${role('button', 'Save and insert')}`);
    await expect
      .poll(fixture.content, { timeout: 10_000 })
      .toBe(
        'The Provider will measure and reduce the greenhouse gas emissions from the buildings, energy, equipment and waste used to deliver Depot Refurbishment, excluding transport, against an agreed baseline, and will report verified savings in tonnes of carbon dioxide equivalent (tCO2e) for each year of 4 years, supporting the council’s ambition to become carbon neutral.',
      );
    await fixture.page.close();
  });

  it('adds a suggested indicator of a gap to the tender pack, and the Pack view lists it', async () => {
    const suggestion = '.check-gaps .check-suggestion[data-indicator="ghg-savings-non-transport"]';
    const add = `${suggestion} button[aria-label^="Add to pack “"]`;
    await expect.poll(() => count(panel, add)).toBe(1);
    await click(panel, add);
    // The same button as on search results: it now takes the indicator out again.
    await expect.poll(() => count(panel, `${suggestion} button[aria-label^="Remove from pack “"]`)).toBe(1);
    await click(panel, role('button', 'Pack'));
    await expect.poll(() => panel.$$eval('.pack-item', (items) => items.map((item) => item.getAttribute('data-indicator')))).toEqual(['ghg-savings-non-transport']);
  });
});
