/**
 * The tender pack, through the panel as an officer uses it: five indicators
 * added from search results, reordered by keyboard, shares and contract
 * details set, the section inserted into TinyMCE and a plain textarea,
 * copied, downloaded as .docx and CSV, and everything still there after the
 * browser restarts on the same profile. Expected text is stated here, not
 * taken from the code under test.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  panel = await session.openPanel();
  await panel.setViewportSize({ width: 360, height: 900 });
});

afterAll(async () => {
  await session.close();
  await rm(profile, { recursive: true, force: true });
});

const packView = (page: Page) => page.locator('.panel-pack');
const packItems = (page: Page) => page.locator('.pack-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-indicator')));

async function showView(page: Page, name: 'Search' | 'Pack') {
  await page.getByRole('navigation', { name: 'Panel' }).getByRole('button', { name, exact: true }).click();
}

describe('tender pack', () => {
  it('chooses the stage whose wording the result cards insert and copy', async () => {
    const search = panel.getByRole('searchbox', { name: 'Search the framework' });
    await search.fill('apprenticeships');
    const card = panel.locator('.result', { has: panel.locator('button[data-indicator="apprenticeship-weeks"]') });
    await card.getByRole('button', { name: /^Insert tender question for bidders: No\. of weeks/ }).waitFor();
    await panel.getByLabel('Insert and Copy use the wording for').selectOption({ label: 'Contract management (KPI)' });
    await card.getByRole('button', { name: /^Insert KPI: No\. of weeks/ }).waitFor();
    expect(await card.getByRole('button', { name: /^Copy KPI: No\. of weeks/ }).count()).toBe(1);
  });

  it('adds five indicators from the results, stars one, and is accessible', async () => {
    const search = panel.getByRole('searchbox', { name: 'Search the framework' });
    for (const [query, id] of CHOSEN) {
      await search.fill(query);
      const card = panel.locator('.result', { has: panel.locator(`button[data-indicator="${id}"]`) });
      await card.getByRole('button', { name: /^Add to pack “My tender pack”/ }).click();
      await card.getByRole('button', { name: /^Remove from pack/ }).waitFor();
    }
    const card = panel.locator('.result', { has: panel.locator('button[data-indicator="vcse-spend"]') });
    await card.getByRole('button', { name: /^Star:/ }).click();
    await card.getByRole('button', { name: /^Unstar:/ }).waitFor();
    await showView(panel, 'Pack');
    await expect.poll(() => packItems(panel)).toEqual(CHOSEN.map(([, id]) => id));
    expect(await packView(panel).getByText('Shares add up to 100%.', { exact: true }).isVisible()).toBe(true);
    expect(await accessibilityViolations(panel)).toEqual([]);
  });

  it('reorders by keyboard and announces the new position', async () => {
    await panel.getByRole('button', { name: /^Move down: No\. of weeks of apprenticeships/ }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => packItems(panel)).toEqual(['local-people-employed', 'apprenticeship-weeks', 'ghg-savings-non-transport', 'homelessness-initiatives', 'vcse-spend']);
    await panel.getByRole('status').filter({ hasText: /to position 2 of 5\.$/ }).waitFor();
    await panel.getByRole('button', { name: /^Move up: Total amount \(£\) spent with VCSEs/ }).focus();
    await panel.keyboard.press('Space');
    await expect.poll(() => packItems(panel)).toEqual(['local-people-employed', 'apprenticeship-weeks', 'ghg-savings-non-transport', 'vcse-spend', 'homelessness-initiatives']);
    // Focus stays on the moved item's button, so pressing again moves it again.
    await expect.poll(() => panel.evaluate(() => document.activeElement?.closest('.pack-item')?.getAttribute('data-indicator'))).toBe('vcse-spend');
  });

  it('sets contract details, shares and targets, and holds export until the shares add up', async () => {
    await packView(panel).getByLabel('Name of the contract', { exact: true }).fill('Highways Maintenance 2027');
    await packView(panel).getByLabel('Length of the contract', { exact: true }).fill('5 years');
    await packView(panel).getByLabel('Estimated value including VAT (£)', { exact: true }).fill('12000000');
    await packView(panel).getByLabel('Social value weighting (%)', { exact: true }).fill('15');
    const shares = [30, 25, 20, 15, 10];
    const targets = ['40', '52', '120', '£250,000', '25'];
    const items = panel.locator('.pack-item');
    await items.nth(0).getByLabel('Share of social value (%)', { exact: true }).fill('30');
    await panel.getByText('The shares add up to 110%: they must add up to 100% before export.').waitFor();
    expect(await panel.getByRole('button', { name: 'Insert social value section' }).count()).toBe(0);
    for (let i = 0; i < 5; i++) {
      await items.nth(i).getByLabel('Share of social value (%)', { exact: true }).fill(String(shares[i]));
      await items.nth(i).getByLabel('KPI target', { exact: true }).fill(targets[i] ?? '');
    }
    await packView(panel).getByText('Shares add up to 100%.', { exact: true }).waitFor();
    await panel.getByText(/over £5m: under the Procurement Act 2023 s\.52 the contract needs at least three KPIs/).first().waitFor();
    await panel.getByRole('button', { name: 'Insert social value section' }).waitFor();
    expect(await accessibilityViolations(panel)).toEqual([]);
  });

  it('inserts the section into TinyMCE with its headings and tables', async () => {
    const fixture = await openEditorFixture(session, 'editors/tinymce.html');
    await fixture.page.bringToFront();
    await fixture.field.click();
    await panel.getByRole('button', { name: 'Insert social value section' }).click();
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
    await fixture.page.bringToFront();
    await fixture.field.click();
    await panel.getByRole('button', { name: 'Insert social value section' }).click();
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
    await panel.bringToFront();
    await panel.getByRole('button', { name: 'Copy social value section' }).click();
    await panel.getByRole('status').filter({ hasText: 'Copied the social value section' }).waitFor();
    const copied = await panel.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return null;
      return { text: await (await item.getType('text/plain')).text(), html: await (await item.getType('text/html')).text() };
    });
    expect(copied?.text.startsWith(`${TITLE.toUpperCase()}\n\nIntroduction\n\n`)).toBe(true);
    expect(copied?.html).toContain(`<h1>${TITLE}</h1><h2>Introduction</h2>`);
    expect(copied?.html).toContain('<h3>Question SV4: Total amount (£) spent with VCSEs within your supply chain</h3>');
  });

  it('downloads the .docx and the CSVs', async () => {
    const [docx] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Download Word (.docx)' }).click()]);
    expect(docx.suggestedFilename()).toBe('my-tender-pack-social-value.docx');
    const { value: html } = await mammoth.convertToHtml({ path: await docx.path() });
    expect([...html.matchAll(/<h3>(Question SV\d)/g)].map((m) => m[1])).toEqual(['Question SV1', 'Question SV2', 'Question SV3', 'Question SV4', 'Question SV5']);
    expect(html).toContain(`<h1>${TITLE}</h1>`);
    expect(html).toContain('<td><p>KPI 5</p></td>');

    const [csv] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Download KPI schedule (CSV)' }).click()]);
    const content = await readFile(await csv.path(), 'utf8');
    expect(content.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(content.slice(1), { skipEmptyLines: true }).data;
    expect(rows.map((r) => r[0])).toEqual(['KPI', 'KPI 1', 'KPI 2', 'KPI 3', 'KPI 4', 'KPI 5']);
    expect(rows[4]?.[3]).toMatch(/^£250,000 spent/);

    const [sheet] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Download scoring sheet (CSV)' }).click()]);
    const sheetRows = Papa.parse<string[]>((await readFile(await sheet.path(), 'utf8')).slice(1), { skipEmptyLines: true }).data;
    expect(sheetRows.map((r) => [r[0], r[2]])).toEqual([['Question', 'Share of social value (%)'], ['SV1', '30'], ['SV2', '25'], ['SV3', '20'], ['SV4', '15'], ['SV5', '10']]);
    expect(sheetRows[0]).toContain('Bidder 1 comments');
  });

  it('keeps the pack, favourites and contract details after the browser restarts', async () => {
    await session.close();
    session = await launchExtension({ profile });
    panel = await session.openPanel();
    await panel.getByRole('heading', { name: 'Favourites' }).waitFor();
    expect(await panel.getByLabel('Insert and Copy use the wording for').inputValue()).toBe('contractManagement');
    expect(await panel.locator('.saved button[data-indicator="vcse-spend"]').count()).toBe(1);
    expect(await accessibilityViolations(panel)).toEqual([]);
    await showView(panel, 'Pack');
    await expect.poll(() => packItems(panel)).toEqual(['local-people-employed', 'apprenticeship-weeks', 'ghg-savings-non-transport', 'vcse-spend', 'homelessness-initiatives']);
    expect(await packView(panel).getByLabel('Name of the contract', { exact: true }).inputValue()).toBe('Highways Maintenance 2027');
    expect(await packView(panel).getByLabel('Estimated value including VAT (£)', { exact: true }).inputValue()).toBe('12000000');
    expect(await panel.locator('.pack-item').nth(3).getByLabel('KPI target', { exact: true }).inputValue()).toBe('£250,000');
  });
});

describe('panel at its narrowest', () => {
  const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

  it('never scrolls sideways at 320 px, and says “no results” once, with example searches', async () => {
    await panel.setViewportSize({ width: 320, height: 800 });
    expect(await scrollsSideways(panel)).toBe(false);
    await showView(panel, 'Search');
    const search = panel.getByRole('searchbox', { name: 'Search the framework' });
    await search.fill('zzqxv wwkkj');
    await panel.getByText('No indicators match').waitFor();
    // The count line ("No results for …") is only announced, not shown a second time.
    expect(await panel.locator('.result-count').count()).toBe(0);
    expect(await panel.locator('p[role="status"].visually-hidden', { hasText: 'No results for' }).count()).toBe(1);
    await panel.getByRole('button', { name: 'real living wage', exact: true }).waitFor();
    await search.fill('carbon');
    await panel.locator('.result-title button[data-indicator="ghg-savings-non-transport"]').click();
    await panel.locator('article.detail').waitFor();
    expect(await scrollsSideways(panel)).toBe(false);
    await panel.getByRole('link', { name: 'KPI', exact: true }).click();
    await expect.poll(() => panel.evaluate(() => location.hash)).toBe('#stage-kpi');
  });
});
