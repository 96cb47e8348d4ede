/**
 * CSV files for Excel: UTF-8 with a byte order mark (so Excel reads £ and
 * quotes), with cells written by the shared CSV writer (CRLF line ends,
 * every cell quoted, formula starts defused with an apostrophe).
 */
import { csvCell as sharedCsvCell, csvDocument } from '../text/csv';
import type { Section } from './section';
import { MAX_SCORE } from './weights';
import { OWN_WORDING_MARK } from './own-wording';

export const BOM = '\uFEFF';

export function csvCell(value: string): string {
  return sharedCsvCell(value, { quoteAll: true });
}

function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + csvDocument(rows, { quoteAll: true });
}

export const S71_SCALE = 'Good / Approaching target / Requires improvement / Inadequate / Other';

/** The KPI schedule: one row per KPI, with a column for the s.71 rating each period. */
export function kpiScheduleCsv(section: Section): string {
  return toCsv([
    ['KPI', 'Measure', 'Unit', 'Target', 'Reporting frequency', 'Evidence', `Rating (${S71_SCALE})`],
    ...section.kpis.map((k) => [`KPI ${String(k.number)}`, k.measure, k.unit, k.target, k.frequency, k.evidence, '']),
  ]);
}

/** The evaluator's scoring sheet: one row per question, a score and a comments column for each bidder. */
export function scoringSheetCsv(section: Section, bidders = 3): string {
  const bidderColumns = Array.from({ length: bidders }, (_, i) => [`Bidder ${String(i + 1)} score (0-${String(MAX_SCORE)})`, `Bidder ${String(i + 1)} comments`]).flat();
  return toCsv([
    ['Question', 'Tender question', 'Share of social value (%)', 'Weight (% of total score)', 'Minimum acceptable score', ...bidderColumns],
    ...section.questions.map((q) => [
      `SV${String(q.number)}`,
      q.question + (q.ownWording ? ` ${OWN_WORDING_MARK}` : ''),
      String(q.share),
      String(q.weight),
      q.minimumScore === undefined ? '' : String(q.minimumScore),
      ...bidderColumns.map(() => ''),
    ]),
  ]);
}
