/**
 * CSV for files the extension generates (tender packs, check reports): one
 * cell, one row, one document, RFC 4180 quoting, and every text cell that a
 * spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, a
 * tab or a carriage return, or their full-width forms, even after leading
 * spaces) prefixed with an apostrophe, so opening the file can never run
 * one (OWASP "CSV injection"). Numbers are written as numbers.
 */

export type CsvValue = string | number | boolean | null | undefined;

/** First characters that make Excel, LibreOffice or Google Sheets start a formula. */
const FORMULA_START = /^[\s\u00A0]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One cell: formula-looking text made inert, then quoted if it must be. */
export interface CsvOptions {
  /** Quote every text cell, not only those that need it (some officers' tools expect it). */
  quoteAll?: boolean;
}

export function csvCell(value: CsvValue, options: CsvOptions = {}): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return options.quoteAll || NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row of cells, comma-separated (no line ending). */
export function csvRow(cells: readonly CsvValue[], options: CsvOptions = {}): string {
  return cells.map((cell) => csvCell(cell, options)).join(',');
}

/** A whole document: rows joined with CRLF, as RFC 4180 and Excel expect, ending with one. */
export function csvDocument(rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  return rows.map((row) => csvRow(row, options)).join('\r\n') + '\r\n';
}
