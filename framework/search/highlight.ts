/**
 * Highlight ranges for a hit: whole words of the verbatim indicator text (and
 * sub-measures) that the query matched, directly, through a typo or plural,
 * as the word being typed, or through a synonym ("charity" highlights
 * "VCSEs"). Ranges are half-open [start, end), as ranges.ts defines them.
 */
import type { DisplayValue, IndexedDoc } from './inverted-index';
import type { ParsedQuery } from './query';
import { mergeRanges, type Range } from './ranges';
import type { SearchMatch } from './types';

/** Words separated only by spaces or hyphens are highlighted as one. */
const JOINABLE_GAP = /^[\s-]*$/;

export function highlightRanges(doc: IndexedDoc, parsed: ParsedQuery): SearchMatch[] {
  const matches: SearchMatch[] = [];
  for (const value of doc.display) {
    const words: Range[] = [];
    for (const i of markedTokens(value, parsed)) {
      const token = value.tokens[i];
      if (token) words.push([token.start, token.end]);
    }
    if (!words.length) continue;
    const ranges = mergeRanges(words, value.value.length, (from, to) => JOINABLE_GAP.test(value.value.slice(from, to)));
    matches.push({ key: value.key, ...(value.refIndex !== undefined ? { refIndex: value.refIndex } : {}), ranges });
  }
  return matches;
}

function markedTokens(value: DisplayValue, parsed: ParsedQuery): Set<number> {
  const marked = new Set<number>();
  const { tokens, stems } = value;
  tokens.forEach((token, i) => {
    if (
      parsed.words.has(token.word) ||
      parsed.stems.has(stems[i] ?? '') ||
      (parsed.openPrefix !== null && token.word.startsWith(parsed.openPrefix))
    ) {
      marked.add(i);
    }
    // A compound the query named ("wellbeing" for "well-being"): mark both halves.
    const next = tokens[i + 1];
    if (next?.joined && parsed.words.has(token.word + next.word)) {
      marked.add(i);
      marked.add(i + 1);
    }
  });
  for (const concept of parsed.concepts) {
    for (const [start, end] of value.concepts.get(concept.groupId) ?? []) {
      for (let i = start; i < end; i++) marked.add(i);
    }
  }
  return marked;
}
