/**
 * Splits a draft into sentences and clauses with their offsets: each line
 * (bullet, table cell, heading) on its own, long lines at sentence ends
 * (not after "e.g.", "No.", "i.e." or a decimal point), and very long
 * sentences at semicolons. Offsets are half-open [start, end) into the
 * text, trimmed of surrounding space and bullet marks.
 */
import type { Evidence } from './types';

/** Abbreviations a full stop does not end a sentence after. */
const ABBREVIATIONS = new Set(['e.g', 'eg', 'i.e', 'ie', 'no', 'nos', 'etc', 'approx', 'inc', 'incl', 'ltd', 'vs', 'cf', 'mr', 'mrs', 'ms', 'dr', 'st', 'fig', 'para', 'ref', 'min', 'max', 'c']);
/**
 * A sentence longer than this (characters) is split into its clauses: at
 * semicolons, and at ", and" / ", but" / ", while" joining two commitments
 * ("We will spend £50k with local SMEs, and we will offer 3 placements").
 */
const LONG_CLAUSE = 120;
const CLAUSE_BREAK = /;\s+|,\s+(?=(?:and|but|while|whilst|plus)\s)/g;
const LEADING_MARKS = /^[\s\-–—•*·▪◦>#|]+|^\(?\d{1,2}[.)]\s+|^\(?[a-z][.)]\s+/iu;

export function splitSentences(text: string): Evidence[] {
  const out: Evidence[] = [];
  const emit = (start: number, end: number): void => {
    let s = start;
    let e = end;
    for (;;) {
      const lead = LEADING_MARKS.exec(text.slice(s, Math.min(e, s + 12)));
      if (!lead || !lead[0].length) break;
      s += lead[0].length;
    }
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e - s < 3 || !/[\p{L}\p{N}]/u.test(text.slice(s, e))) return;
    out.push({ quote: text.slice(s, e), start: s, end: e });
  };

  const lineRe = /[^\n\r\u2028\u2029\t]+/g;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    const lineStart = line.index;
    const value = line[0];
    let from = 0;
    const stopRe = /[.!?]+["'’”)]*(?=\s+|$)/g;
    for (let stop = stopRe.exec(value); stop; stop = stopRe.exec(value)) {
      const end = stop.index + stop[0].length;
      const before = /([\p{L}.]+)$/u.exec(value.slice(from, stop.index))?.[1]?.toLowerCase() ?? '';
      if (stop[0] === '.' && ABBREVIATIONS.has(before)) continue;
      // "... 2.5 ..." never reaches here (no space after the dot); a lower-case next word is a run-on ("approx. three").
      const next = value.slice(end).trimStart()[0] ?? '';
      if (next && /\p{Ll}/u.test(next) && stop[0] === '.') continue;
      splitLong(lineStart + from, lineStart + end, emit);
      from = end;
    }
    if (from < value.length) splitLong(lineStart + from, lineStart + value.length, emit);
  }

  function splitLong(start: number, end: number, sink: (s: number, e: number) => void): void {
    if (end - start <= LONG_CLAUSE) {
      sink(start, end);
      return;
    }
    let from = start;
    const part = text.slice(start, end);
    CLAUSE_BREAK.lastIndex = 0;
    for (let m = CLAUSE_BREAK.exec(part); m; m = CLAUSE_BREAK.exec(part)) {
      sink(from, start + m.index + 1);
      from = start + m.index + m[0].length;
    }
    sink(from, end);
  }
  return out;
}
