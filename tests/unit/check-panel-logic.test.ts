/**
 * The panel side of the draft check: the report's Markdown and CSV (with
 * formulas defused), reading files (size caps, including a .docx's size
 * once decompressed; a PDF's wrapped lines read back as sentences), and
 * joining frames' texts so evidence knows its frame and which frames of
 * other sites were not read.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft, defaultFramework } from '../../framework';
import { joinPieces, pieceOf, unreadFrames } from '../../components/check/page-source';
import { kindOf, MAX_FILE_BYTES, pdfPageText, readDraftFile, zipUncompressedSize, type PdfTextItem } from '../../components/check/read-file';
import { pdf } from '../fixtures/check/documents';
import { csvCell, reportCsv, reportMarkdown } from '../../components/check/report';

const BID = 'We will create 4 apprenticeships on the contract. We are committed to supporting the local community.';

describe('report', () => {
  it('defuses spreadsheet formulas and quotes every CSV cell', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+44 1270')).toBe(`"'+44 1270"`);
    expect(csvCell('-1')).toBe(`"'-1"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('plain')).toBe('"plain"');
  });

  it('writes a CSV row for each piece of evidence, gap suggestion and vague commitment', () => {
    const check = checkDraft(defaultFramework, `=cmd|' /C calc'!A0 apprenticeships. ${BID}`);
    const csv = reportCsv(defaultFramework, check);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('"Finding","Theme","Indicator id","Indicator","Strength","Text","Why"');
    expect(lines.some((l) => l.startsWith('"Addressed",') && l.includes('"apprenticeship-weeks"'))).toBe(true);
    expect(lines.some((l) => l.includes(`"'=cmd|`))).toBe(true);
    expect(lines.some((l) => l.startsWith('"Gap","Environmental","ghg-savings-non-transport"'))).toBe(true);
    expect(lines.some((l) => l.startsWith('"Vague commitment"') && l.includes('committed to supporting the local community'))).toBe(true);
    expect(csv).not.toMatch(/(^|,)"=/m);
  });

  it('writes Markdown with the summary, evidence, gaps and vague commitments', () => {
    const md = reportMarkdown(defaultFramework, checkDraft(defaultFramework, BID), 'Check of *bid*');
    expect(md).toContain('# Check of \\*bid\\*');
    expect(md).toContain('| Environmental | missing | 0 | 0 |');
    expect(md).toContain('“We will create 4 apprenticeships on the contract.”');
    expect(md).toContain('## Vague commitments');
    expect(md).toContain('- **No environmental measure**');
  });
});

/** A zip with one stored entry declaring `size` bytes uncompressed. */
function zipDeclaring(size: number): Uint8Array {
  const name = new TextEncoder().encode('word/document.xml');
  const central = new Uint8Array(46 + name.length);
  const c = new DataView(central.buffer);
  c.setUint32(0, 0x02014b50, true);
  c.setUint32(24, size, true);
  c.setUint16(28, name.length, true);
  central.set(name, 46);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(10, 1, true);
  e.setUint32(12, central.length, true);
  e.setUint32(16, 0, true);
  const out = new Uint8Array(central.length + end.length);
  out.set(central, 0);
  out.set(end, central.length);
  return out;
}

describe('files', () => {
  it('knows the kinds it reads', () => {
    expect(['a.docx', 'b.PDF', 'c.txt', 'd.md', 'e.markdown', 'f.doc', 'g'].map(kindOf)).toEqual(['docx', 'pdf', 'txt', 'md', 'md', undefined, undefined]);
  });

  it('reads the uncompressed size a zip declares, and refuses what is not a zip', () => {
    expect(zipUncompressedSize(zipDeclaring(1234))).toBe(1234);
    expect(zipUncompressedSize(new TextEncoder().encode('not a zip at all, just text'))).toBeUndefined();
  });

  it('refuses a .docx that would decompress beyond the cap, before opening it', async () => {
    const bomb = zipDeclaring(0xfffffff0);
    const read = await readDraftFile(new File([new Uint8Array(bomb)], 'bid.docx'));
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.message).toMatch(/once opened: it is not read/);
  });

  it('refuses files over the size cap and kinds it cannot read, and reads text files', async () => {
    const big = { name: 'big.txt', size: MAX_FILE_BYTES + 1 } as File;
    expect((await readDraftFile(big)).ok).toBe(false);
    expect(await readDraftFile(new File(['x'], 'old.doc'))).toMatchObject({ ok: false });
    expect(await readDraftFile(new File(['We will offer apprenticeships.'], 'a.md'))).toEqual({ ok: true, text: 'We will offer apprenticeships.', truncated: false });
  });
});

describe('page pieces', () => {
  it('joins frames in order, each document once, and maps evidence back to its frame', () => {
    const top = { isTop: true, canvasDocument: false, truncated: false };
    const source = joinPieces([
      { tabId: 1, frameId: 0, response: { ...top, segments: [{ path: [], text: 'Question 1. Describe your approach.' }, { path: [0], text: 'We will create 4 apprenticeships.' }] } },
      { tabId: 1, frameId: 7, response: { ...top, isTop: false, segments: [{ path: [], text: 'We will create 4 apprenticeships.' }] } },
    ]);
    expect(source.pieces.map((p) => [p.frameId, p.path])).toEqual([[0, []], [0, [0]]]);
    const check = checkDraft(defaultFramework, source.text);
    const evidence = check.covered.find((c) => c.indicatorId === 'apprenticeship-weeks')?.evidence[0];
    expect(evidence && pieceOf(source, evidence)).toMatchObject({ frameId: 0, path: [0] });
  });
});

/** The text items pdf.js (its Node build, as the panel's reads in the browser) finds on the first page of a PDF. */
async function pdfItems(bytes: Buffer): Promise<PdfTextItem[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const content = await (await doc.getPage(1)).getTextContent();
  await doc.destroy();
  return content.items.filter((item) => 'str' in item);
}

describe('PDF text', () => {
  const SENTENCE = 'We will create 4 horticulture apprenticeships over the first two years of the contract, each lasting at least 52 weeks, and all staff will be paid at least the Real Living Wage.';

  it('reads a sentence wrapped over several lines as one, and keeps headings and list items as lines', async () => {
    const items = await pdfItems(pdf(['Question 5: Skills and employment', SENTENCE, '- Two work placements for care leavers each year', '- A careers talk in a local school every term'], 60));
    // The fixture really is wrapped: the sentence takes three lines of the page.
    expect(items.filter((i) => i.str.trim()).length).toBe(6);
    expect(pdfPageText(items).split('\n')).toEqual([
      'Question 5: Skills and employment',
      SENTENCE,
      '- Two work placements for care leavers each year',
      '- A careers talk in a local school every term',
    ]);
  });

  it('joins a word hyphenated at the end of a line, and keeps short lines apart', () => {
    const line = (str: string, width: number, y: number): PdfTextItem => ({ str, hasEOL: true, width, height: 11, transform: [11, 0, 0, 11, 56, y] });
    expect(pdfPageText([line('Our commitments', 80, 790), line('We will employ people who are long-', 400, 762), line('term unemployed.', 90, 748), line('Signed', 40, 600)])).toBe(
      'Our commitments\nWe will employ people who are long-term unemployed.\nSigned',
    );
  });
});

describe('frames of other sites', () => {
  const answer = (origin: string, frameOrigins: string[]) => ({ segments: [], isTop: false, canvasDocument: false, truncated: false, origin, frameOrigins });

  it('names the frames a page shows whose own script did not answer (no access yet), once each', () => {
    expect(
      unreadFrames([
        answer('https://portal.example.gov.uk', ['https://docs.example.com', 'https://forms.example.net', 'https://docs.example.com']),
        answer('https://forms.example.net', []),
      ]),
    ).toEqual(['https://docs.example.com']);
  });

  it('ignores frames of no web site (about:blank, data:) and pages that say nothing of their frames', () => {
    expect(unreadFrames([answer('https://portal.example.gov.uk', ['null', 'data:text/html,x']), { segments: [], isTop: true, canvasDocument: false, truncated: false }])).toEqual([]);
  });
});
