/**
 * The tender pack, through the panel as an officer uses it: five indicators
 * added from search results, reordered by keyboard, shares and contract
 * details set, the section inserted into TinyMCE and a plain textarea,
 * copied, downloaded as .docx and CSV, and everything still there after the
 * browser restarts on the same profile. Expected text is stated here, not
 * taken from the code under test. Runs in Chromium and Firefox ESR.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import Papa from 'papaparse';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { click, controlFor, count, fill, inputValue, replaceText, role } from './driver';
import { accessibilityViolations, launchExtension, type ExtensionSession } from './harness';
import { openEditorFixture } from './insert-helpers';

let profile: string;
let session: ExtensionSession;
let panel: Page;

const CHOSEN: [query: string, id: string][] = [
  ['apprenticeships', 'apprenticeship-weeks'],
  ['local people employed', 'local-people-employed'],
  ['greenhouse gas', 'ghg-savings-non-transport'],
  ['homelessness', 'homelessness-initiatives'],
  ['VCSE spend', 'vcse-spend'],
];

const TITLE = 'Social value: Highways Maintenance 2027 (for bidders)';
const QUESTION_HEADINGS = [
  'Question SV1: No. of local people (FTE) employed on contract for one year or the whole…',
  'Question SV2: No. of weeks of apprenticeships on the contract that have either been completed…',
  'Question SV3: Savings in Greenhouse Gas (GHG) emissions on a contract not from transport…',
  'Question SV4: Total amount (£) spent with VCSEs within your supply chain',
  'Question SV5: Initiatives that tackle homelessness (i.e. supporting temporary housing…',
];
const SECTION_HEADINGS = ['Introduction', 'Priorities this contract supports', 'How social value will be evaluated', 'Tender questions', 'KPI schedule'];
const WEIGHT_LINES = [
  'Weight: 30% of the social value score (4.5% of the total score)',
  'Weight: 25% of the social value score (3.75% of the total score)',
  'Weight: 20% of the social value score (3% of the total score)',
  'Weight: 15% of the social value score (2.25% of the total score)',
  'Weight: 10% of the social value score (1.5% of the total score)',
];

beforeAll(async () => {
  profile = await mkdtemp(join(tmpdir(), 'sva-pack-'));
  session = await launchExtension({ profile });
  panel = await session.openPanel();
  await panel.setViewport({ width: 360, height: 900 });
});

afterAll(async () => {
  await session.close();
  await rm(profile, { recursive: true, force: true });
});

const SEARCH = role('searchbox', 'Search the framework');
const card = (id: string) => `.result:has(button[data-indicator="${id}"])`;
const packItems = (page: Page) => page.$$eval('.pack-item', (items) => items.map((item) => item.getAttribute('data-indicator')));

/** Marks the first button or link inside `scope` whose accessible name (aria-label, else text) matches, and returns its selector. */
async function named(page: Page, scope: string, name: RegExp | string, nth = 0): Promise<string> {
  const pattern = typeof name === 'string' ? { exact: name } : { source: name.source, flags: name.flags };
  const found = await page.waitForFunction(
    (sel, pat, index) => {
      const matches = (n: string) => ('exact' in pat ? n === pat.exact : new RegExp(pat.source, pat.flags).test(n));
      const scopes = [...document.querySelectorAll(sel)];
      const el = scopes[index]?.querySelectorAll('button, a, [role="button"]');
      const hit = [...(el ?? [])].find((e) => matches((e.getAttribute('aria-label') ?? e.textContent).replace(/\s+/g, ' ').trim()));
      if (!hit) return false;
      document.querySelectorAll('[data-e2e-named]').forEach((e) => { e.removeAttribute('data-e2e-named'); });
      hit.setAttribute('data-e2e-named', '');
      return true;
    },
    { timeout: 10_000, polling: 100 },
    scope,
    pattern,
    nth,
  );
  await found.dispose();
  return '[data-e2e-named]';
}

const namedCount = (page: Page, scope: string, name: RegExp) =>
  page.evaluate(
    (sel, source, flags) => [...document.querySelectorAll(`${sel} button`)].filter((e) => new RegExp(source, flags).test(e.getAttribute('aria-label') ?? e.textContent)).length,
    scope,
    name.source,
    name.flags,
  );

/** Waits until an element inside `scope` has exactly this text (or text matching the pattern), and returns whether it is visible. */
async function waitForText(page: Page, scope: string, text: RegExp | string): Promise<boolean> {
  const pattern = typeof text === 'string' ? { exact: text } : { source: text.source, flags: text.flags };
  const handle = await page.waitForFunction(
    (sel, pat) => {
      const matches = (t: string) => ('exact' in pat ? t === pat.exact : new RegExp(pat.source, pat.flags).test(t));
      const hit = [...document.querySelectorAll(`${sel}, ${sel} *`)].find((e) => matches(e.textContent.trim()));
      return hit ? { visible: (hit as HTMLElement).offsetParent !== null || hit.getClientRects().length > 0 } : false;
    },
    { timeout: 10_000, polling: 100 },
    scope,
    pattern,
  );
  const value = (await handle.jsonValue()) as { visible: boolean };
  await handle.dispose();
  return value.visible;
}

/** Selector of the control labelled `labelText` inside the nth element matching `scope`. */
async function controlIn(page: Page, scope: string, labelText: string, nth = 0): Promise<string> {
  const id = await page.evaluate(
    (sel, text, index) => [...(document.querySelectorAll(sel)[index]?.querySelectorAll('label') ?? [])].find((label) => label.textContent.trim() === text)?.htmlFor ?? '',
    scope,
    labelText,
    nth,
  );
  if (!id) throw new Error(`No control labelled “${labelText}” in ${scope} #${String(nth)}`);
  return `[id=${JSON.stringify(id)}]`;
}

async function showView(page: Page, name: 'Search' | 'Pack') {
  await click(page, await named(page, 'nav[aria-label="Panel"]', name));
}

/**
 * Presses the button and waits for the file it downloads to be complete: a
 * new file in the session's download folder, not a partial one, whose size
 * two reads in a row agree on. Firefox may first write under a temporary
 * name and then rename it, so the file is looked for afresh on every read.
 */
async function download(button: string): Promise<{ name: string; path: string }> {
  const before = await readdir(session.downloadDir);
  await click(panel, role('button', button));
  let last = { name: '', size: -1 };
  await expect
    .poll(
      async () => {
        const files = await readdir(session.downloadDir);
        const name = files.find((f) => !before.includes(f) && !/\.(crdownload|part)$/.test(f) && !files.includes(`${f}.part`));
        if (!name) return false;
        const size = (await readFile(join(session.downloadDir, name)).catch(() => Buffer.alloc(0))).length;
        const settled = size > 0 && name === last.name && size === last.size;
        last = { name, size };
        return settled;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return { name: last.name, path: join(session.downloadDir, last.name) };
}

describe('tender pack', () => {
  it('chooses the stage whose wording the result cards insert and copy', async () => {
    await fill(panel, SEARCH, 'apprenticeships');
    await named(panel, card('apprenticeship-weeks'), /^Insert tender question for bidders: No\. of weeks/);
    const stage = await controlFor(panel, 'Insert and Copy use the wording for');
    const value = await panel.$eval(stage, (select, label) => [...(select as HTMLSelectElement).options].find((o) => o.textContent === label)?.value ?? '', 'Contract management (KPI)');
    await panel.select(stage, value);
    await named(panel, card('apprenticeship-weeks'), /^Insert KPI: No\. of weeks/);
    expect(await namedCount(panel, card('apprenticeship-weeks'), /^Copy KPI: No\. of weeks/)).toBe(1);
  });

  it('adds five indicators from the results, stars one, and is accessible', async () => {
    for (const [query, id] of CHOSEN) {
      await fill(panel, SEARCH, query);
      await click(panel, await named(panel, card(id), /^Add to pack “My tender pack”/));
      await named(panel, card(id), /^Remove from pack/);
    }
    await click(panel, await named(panel, card('vcse-spend'), /^Star:/));
    await named(panel, card('vcse-spend'), /^Unstar:/);
    await showView(panel, 'Pack');
    await expect.poll(() => packItems(panel)).toEqual(CHOSEN.map(([, id]) => id));
    expect(await waitForText(panel, '.panel-pack', 'Shares add up to 100%.')).toBe(true);
    expect(await accessibilityViolations(panel)).toEqual([]);
  });

  it('reorders by keyboard and announces the new position', async () => {
    await panel.$eval(await named(panel, '.panel-pack', /^Move down: No\. of weeks of apprenticeships/), (e) => { (e as HTMLElement).focus(); });
    await panel.keyboard.press('Enter');
    await expect.poll(() => packItems(panel)).toEqual(['local-people-employed', 'apprenticeship-weeks', 'ghg-savings-non-transport', 'homelessness-initiatives', 'vcse-spend']);
    await waitForText(panel, '[role="status"]', /to position 2 of 5\.$/);
    await panel.$eval(await named(panel, '.panel-pack', /^Move up: Total amount \(£\) spent with VCSEs/), (e) => { (e as HTMLElement).focus(); });
    await panel.keyboard.press(' ');
    await expect.poll(() => packItems(panel)).toEqual(['local-people-employed', 'apprenticeship-weeks', 'ghg-savings-non-transport', 'vcse-spend', 'homelessness-initiatives']);
    // Focus stays on the moved item's button, so pressing again moves it again.
    await expect.poll(() => panel.evaluate(() => document.activeElement?.closest('.pack-item')?.getAttribute('data-indicator'))).toBe('vcse-spend');
  });

  it('sets contract details, shares and targets, and holds export until the shares add up', async () => {
    await replaceText(panel, await controlIn(panel, '.panel-pack', 'Name of the contract'), 'Highways Maintenance 2027');
    await replaceText(panel, await controlIn(panel, '.panel-pack', 'Length of the contract'), '5 years');
    await replaceText(panel, await controlIn(panel, '.panel-pack', 'Estimated value including VAT (£)'), '12000000');
    await replaceText(panel, await controlIn(panel, '.panel-pack', 'Social value weighting (%)'), '15');
    const shares = [30, 25, 20, 15, 10];
    const targets = ['40', '52', '120', '£250,000', '25'];
    await fill(panel, await controlIn(panel, '.pack-item', 'Share of social value (%)', 0), '30');
    await waitForText(panel, 'body', 'The shares add up to 110%: they must add up to 100% before export.');
    expect(await count(panel, role('button', 'Insert social value section'))).toBe(0);
    for (let i = 0; i < 5; i++) {
      await fill(panel, await controlIn(panel, '.pack-item', 'Share of social value (%)', i), String(shares[i]));
      await replaceText(panel, await controlIn(panel, '.pack-item', 'KPI target', i), targets[i] ?? '');
    }
    await waitForText(panel, '.panel-pack', 'Shares add up to 100%.');
    await waitForText(panel, 'body', /over £5m: under the Procurement Act 2023 s\.52 the contract needs at least three KPIs/);
    await panel.waitForSelector(role('button', 'Insert social value section'), { timeout: 10_000 });
    expect(await accessibilityViolations(panel)).toEqual([]);
  });

  it('inserts the section into TinyMCE with its headings and tables', async () => {
    const fixture = await openEditorFixture(session, 'editors/tinymce.html');
    await session.bringToFront(fixture.page);
    await click(fixture.frame, fixture.field);
    await click(panel, role('button', 'Insert social value section'));
    const html = async () => fixture.page.evaluate(() => (window as unknown as { fixture: { getHtml(): string } }).fixture.getHtml());
    await expect.poll(html, { timeout: 15_000 }).toContain('KPI schedule');
    const inserted = await html();
    const headings = [...inserted.matchAll(/<h([123])>(.*?)<\/h\1>/g)].map((m) => [Number(m[1]), (m[2] ?? '').replace(/&amp;/g, '&').replace(/&pound;/g, '£').replace(/&hellip;/g, '…')]);
    expect(headings.filter(([level]) => level === 1).map(([, text]) => text)).toEqual([TITLE]);
    expect(headings.filter(([level]) => level === 2).map(([, text]) => text)).toEqual(SECTION_HEADINGS);
    expect(headings.filter(([level, text]) => level === 3 && String(text).startsWith('Question')).map(([, text]) => text)).toEqual(QUESTION_HEADINGS);
    // Two tables: the question weights and the KPI schedule (five KPI rows, a header row).
    expect(inserted.match(/<table/g)).toHaveLength(2);
    expect(inserted.match(/<td>KPI \d<\/td>/g)).toEqual(['<td>KPI 1</td>', '<td>KPI 2</td>', '<td>KPI 3</td>', '<td>KPI 4</td>', '<td>KPI 5</td>']);
    expect(inserted).toContain('<th scope="col">Reporting frequency</th>');
    await fixture.page.close();
  });

  it('inserts the section into a plain textarea as plain text', async () => {
    const fixture = await openEditorFixture(session, 'editors/textarea.html');
    await session.bringToFront(fixture.page);
    await click(fixture.frame, fixture.field);
    await click(panel, role('button', 'Insert social value section'));
    await expect.poll(fixture.content, { timeout: 15_000 }).toContain('KPI schedule');
    const text = await fixture.content();
    const blocks = text.split('\n\n');
    expect(blocks[0]).toBe(TITLE.toUpperCase());
    expect(blocks.filter((b) => SECTION_HEADINGS.includes(b))).toEqual(SECTION_HEADINGS);
    expect(blocks.filter((b) => b.startsWith('Question SV'))).toEqual(QUESTION_HEADINGS);
    expect(blocks.filter((b) => b.startsWith('Weight: '))).toEqual(WEIGHT_LINES);
    expect(blocks.filter((b) => b === 'Response limit: 500 words')).toHaveLength(5);
    expect(text).not.toMatch(/<[a-z]+>|\{[a-zA-Z]+\}|\[contract name\]/);
    expect(text).toContain('- Good\n- Approaching target\n- Requires improvement\n- Inadequate\n- Other');
    await fixture.page.close();
  });

  it('copies the section as rich HTML and plain text together', async () => {
    await session.bringToFront(panel);
    await click(panel, role('button', 'Copy social value section'));
    await waitForText(panel, '[role="status"]', /Copied the social value section/);
    const copied = await session.readClipboard(panel);
    expect(copied.text?.startsWith(`${TITLE.toUpperCase()}\n\nIntroduction\n\n`)).toBe(true);
    expect(copied.html).toContain(`<h1>${TITLE}</h1><h2>Introduction</h2>`);
    expect(copied.html).toContain('<h3>Question SV4: Total amount (£) spent with VCSEs within your supply chain</h3>');
  });

  it('downloads the .docx and the CSVs', async () => {
    const docx = await download('Download Word (.docx)');
    expect(docx.name).toBe('my-tender-pack-social-value.docx');
    const { value: html } = await mammoth.convertToHtml({ path: docx.path });
    expect([...html.matchAll(/<h3>(Question SV\d)/g)].map((m) => m[1])).toEqual(['Question SV1', 'Question SV2', 'Question SV3', 'Question SV4', 'Question SV5']);
    expect(html).toContain(`<h1>${TITLE}</h1>`);
    expect(html).toContain('<td><p>KPI 5</p></td>');

    const csv = await download('Download KPI schedule (CSV)');
    const content = await readFile(csv.path, 'utf8');
    expect(content.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(content.slice(1), { skipEmptyLines: true }).data;
    expect(rows.map((r) => r[0])).toEqual(['KPI', 'KPI 1', 'KPI 2', 'KPI 3', 'KPI 4', 'KPI 5']);
    expect(rows[4]?.[3]).toMatch(/^£250,000 spent/);

    const sheet = await download('Download scoring sheet (CSV)');
    const sheetRows = Papa.parse<string[]>((await readFile(sheet.path, 'utf8')).slice(1), { skipEmptyLines: true }).data;
    expect(sheetRows.map((r) => [r[0], r[2]])).toEqual([['Question', 'Share of social value (%)'], ['SV1', '30'], ['SV2', '25'], ['SV3', '20'], ['SV4', '15'], ['SV5', '10']]);
    expect(sheetRows[0]).toContain('Bidder 1 comments');
  });

  it('keeps the pack, favourites and contract details after the browser restarts', async () => {
    await session.close();
    session = await launchExtension({ profile });
    panel = await session.openPanel();
    await panel.waitForFunction(() => [...document.querySelectorAll('h1, h2, h3, h4')].some((h) => h.textContent.trim() === 'Favourites'), { timeout: 10_000, polling: 100 });
    expect(await inputValue(panel, await controlFor(panel, 'Insert and Copy use the wording for'))).toBe('contractManagement');
    expect(await count(panel, '.saved button[data-indicator="vcse-spend"]')).toBe(1);
    expect(await accessibilityViolations(panel)).toEqual([]);
    await showView(panel, 'Pack');
    await expect.poll(() => packItems(panel)).toEqual(['local-people-employed', 'apprenticeship-weeks', 'ghg-savings-non-transport', 'vcse-spend', 'homelessness-initiatives']);
    expect(await inputValue(panel, await controlIn(panel, '.panel-pack', 'Name of the contract'))).toBe('Highways Maintenance 2027');
    expect(await inputValue(panel, await controlIn(panel, '.panel-pack', 'Estimated value including VAT (£)'))).toBe('12000000');
    expect(await inputValue(panel, await controlIn(panel, '.pack-item', 'KPI target', 3))).toBe('£250,000');
  });
});

describe('panel at its narrowest', () => {
  const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

  it('never scrolls sideways at 320 px, and says “no results” once, with example searches', async () => {
    await panel.setViewport({ width: 320, height: 800 });
    expect(await scrollsSideways(panel)).toBe(false);
    await showView(panel, 'Search');
    await fill(panel, SEARCH, 'zzqxv wwkkj');
    await waitForText(panel, 'body', /No indicators match/);
    // The count line ("No results for …") is only announced, not shown a second time.
    expect(await count(panel, '.result-count')).toBe(0);
    expect(await panel.$$eval('p[role="status"].visually-hidden', (ps) => ps.filter((p) => p.textContent.includes('No results for')).length)).toBe(1);
    await named(panel, 'body', 'real living wage');
    await fill(panel, SEARCH, 'carbon');
    await click(panel, '.result-title button[data-indicator="ghg-savings-non-transport"]');
    await panel.waitForSelector('article.detail', { timeout: 10_000 });
    expect(await scrollsSideways(panel)).toBe(false);
    await click(panel, await named(panel, 'article.detail', 'KPI'));
    await expect.poll(() => panel.evaluate(() => location.hash)).toBe('#stage-kpi');
  });
});
