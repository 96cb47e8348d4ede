/**
 * Highlight ranges for a hit: whole words of the verbatim indicator text (and
 * sub-measures) that the query matched, directly, through a typo or plural,
 * as the word being typed, or through a synonym ("charity" highlights
 * "VCSEs"). Ranges are [start, end] with end INCLUSIVE, as fuse.js gives them.
 */
import type { DisplayValue, IndexedDoc } from './search-index';
import type { ParsedQuery } from './search-query';
import type { SearchMatch } from './search';

export function highlightRanges(doc: IndexedDoc, parsed: ParsedQuery): SearchMatch[] {
  const matches: SearchMatch[] = [];
  for (const value of doc.display) {
    const marked = markedTokens(value, parsed);
    if (!marked.size) continue;
    const indices = mergeRanges(value, [...marked].sort((a, b) => a - b));
    matches.push({ key: value.key, ...(value.refIndex !== undefined ? { refIndex: value.refIndex } : {}), indices });
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
    for (const [first, last] of value.concepts.get(concept.groupId) ?? []) {
      for (let i = first; i <= last; i++) marked.add(i);
    }
  }
  return marked;
}

/** Token indices to character ranges, joining neighbours separated only by spaces or hyphens. */
function mergeRanges(value: DisplayValue, sorted: number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const i of sorted) {
    const token = value.tokens[i];
    if (!token) continue;
    const last = ranges[ranges.length - 1];
    if (last && /^[\s-]*$/.test(value.value.slice(last[1] + 1, token.start))) last[1] = token.end - 1;
    else ranges.push([token.start, token.end - 1]);
  }
  return ranges;
}
