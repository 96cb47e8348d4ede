import mammoth from 'mammoth';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, kpiScheduleCsv, scoringSheetCsv } from '../../../framework/pack/csv';
import { sectionToDocxBytes } from '../../../framework/pack/docx';
import { sectionToHtml, sectionToMarkdown } from '../../../framework/pack/render';
import { generateSection } from '../../../framework/pack/section';
import { details, framework, realisticPack } from './realistic-pack';

const pack = realisticPack();
const section = generateSection({ framework, pack, details: details(pack), version: 'evaluator' });

function parseCsv(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('pack outputs', () => {
  it('writes the KPI schedule as a CSV a real parser reads: header, one row per KPI, s.71 rating column', () => {
    const rows = parseCsv(kpiScheduleCsv(section));
    expect(rows[0]).toEqual(['KPI', 'Measure', 'Unit', 'Target', 'Reporting frequency', 'Evidence', 'Rating (Good / Approaching target / Requires improvement / Inadequate / Other)']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['KPI 1', 'KPI 2', 'KPI 3', 'KPI 4', 'KPI 5']);
    expect(rows[5]?.[3]).toMatch(/^£250,000 /);
  });

  it('writes the scoring sheet one row per question with a score and comments column per bidder', () => {
    const rows = parseCsv(scoringSheetCsv(section, 3));
    expect(rows[0]?.slice(5)).toEqual(['Bidder 1 score (0-5)', 'Bidder 1 comments', 'Bidder 2 score (0-5)', 'Bidder 2 comments', 'Bidder 3 score (0-5)', 'Bidder 3 comments']);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[4]])).toEqual([
      ['SV1', '30', '2'],
      ['SV2', '25', ''],
      ['SV3', '20', ''],
      ['SV4', '15', ''],
      ['SV5', '10', ''],
    ]);
  });

  it('escapes cells that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@']) expect(csvCell(`${start}1+1`)).toBe(`"'${start}1+1"`);
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    const [firstKpi] = section.kpis;
    if (!firstKpi) throw new Error('no KPI');
    const evil = { ...section, kpis: [{ ...firstKpi, measure: '=HYPERLINK("http://x")' }] };
    expect(parseCsv(kpiScheduleCsv(evil))[1]?.[1]).toBe('\'=HYPERLINK("http://x")');
  });

  it('writes a .docx that reads back with its headings, questions and table cells', async () => {
    const bytes = await sectionToDocxBytes(section);
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(html).toContain('<h1>Social value: Highways Maintenance 2027 (for evaluators)</h1>');
    expect(html.match(/<h2>/g)).toHaveLength(5);
    const questionHeadings = [...html.matchAll(/<h3>(Question SV\d)/g)].map((m) => m[1]);
    expect(questionHeadings).toEqual(['Question SV1', 'Question SV2', 'Question SV3', 'Question SV4', 'Question SV5']);
    expect(html).toContain(section.questions[0]?.question.slice(0, 60) ?? 'no question');
    expect(html).toMatch(/<table>.*<strong>KPI<\/strong>.*<strong>Measure<\/strong>/s);
    expect(html).toContain('<td><p>KPI 5</p></td>');
    const { value: raw } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(raw).toContain('Approaching target');
  });

  it('sets the document language to en-GB', async () => {
    const bytes = await sectionToDocxBytes(section);
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('word/styles.xml')?.async('string')).toContain('w:lang w:val="en-GB"');
  });

  it('escapes framework text in HTML and Markdown', () => {
    const tricky = { ...section, blocks: [{ kind: 'paragraph' as const, text: '<script>x</script> *not bold* # no heading' }] };
    expect(sectionToHtml(tricky)).toBe('<p>&lt;script&gt;x&lt;/script&gt; *not bold* # no heading</p>');
    expect(sectionToMarkdown(tricky)).toBe('\\<script\\>x\\</script\\> \\*not bold\\* \\# no heading\n');
  });

  it('writes Markdown with headings and a KPI table with a header row', () => {
    const markdown = sectionToMarkdown(section);
    expect(markdown).toContain('## KPI schedule');
    expect(markdown).toContain('| KPI | Measure | Unit | Target | Reporting frequency | Evidence |\n| --- | --- | --- | --- | --- | --- |');
  });
});
