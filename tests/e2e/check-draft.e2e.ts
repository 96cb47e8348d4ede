/**
 * "Check a draft" in the real panel, in Chromium and Firefox: a selection on
 * a fixture page, a whole page whose text is in a TinyMCE iframe (with "Show
 * in page" highlighting the sentence there, by the CSS Custom Highlight
 * API), pasted text, a .docx file, and Insert from a gap putting the wording
 * into a field. The view passes axe-core.
 */
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { defaultFramework } from '../../framework';
import { renderWording } from '../../framework/render-wording';
import { click, count, replaceText, role, textNow, textOf } from './driver';
import { accessibilityViolations, launchExtension, type ExtensionSession } from './harness';
import { openEditorFixture } from './insert-helpers';

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

const covered = (id: string) => `.check-covered li[data-indicator="${id}"]`;
const STATUS = '.check-status';
const status = () => textNow(panel, STATUS);

/** A minimal Word document: a zip (entries stored) with the three parts mammoth needs. */
function docx(paragraphs: string[]): Buffer {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  const files: [string, string][] = [
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'],
    ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'],
    ['word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`],
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of files) {
    const data = Buffer.from(content, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

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

  it('inserts the wording of a gap into the field the officer is in', async () => {
    const fixture = await openEditorFixture(session, 'editors/textarea.html');
    await session.bringToFront(fixture.page);
    await click(fixture.frame, fixture.field);
    const suggestion = '.check-gaps .check-suggestion[data-indicator="ghg-savings-non-transport"]';
    await session.bringToFront(fixture.page);
    await click(panel, `${suggestion} button[aria-label^="Insert"]`);
    const indicator = defaultFramework.indicators.find((i) => i.id === 'ghg-savings-non-transport');
    if (!indicator) throw new Error('no indicator');
    const expected = renderWording(indicator, 'outcome').text;
    await expect.poll(fixture.content, { timeout: 10_000 }).toBe(expected);
    await fixture.page.close();
  });
});
