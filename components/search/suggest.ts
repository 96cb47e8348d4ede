/**
 * Close matches for a search that found nothing: the same words without the
 * filters, fewer words, or a word of the framework spelt nearly the same.
 * Every suggestion is checked to find something before it is offered.
 */
import type { Framework } from '../../framework/schema';
import { editDistance } from '../../framework/text/edit-distance';
import { activeFilterCount, NO_FILTERS, type Filters } from './filters';

export interface Suggestion {
  query: string;
  /** Choosing it also turns the filters off. */
  clearFilters: boolean;
  /** How many results it finds. */
  count: number;
}

/** Counts results for a query and filters (the panel's search). */
export type CountResults = (query: string, filters: Filters) => number;

const MAX_SUGGESTIONS = 3;
const WORD_RE = /[\p{L}\p{N}]+/gu;

/** The framework's own words (indicator wording and keywords), lower case, 3 letters or more. */
export function frameworkWords(framework: Framework): string[] {
  const words = new Set<string>();
  for (const indicator of framework.indicators) {
    for (const text of [indicator.text, ...indicator.keywords]) {
      for (const [word] of text.toLowerCase().matchAll(WORD_RE)) if (word.length >= 3) words.add(word);
    }
  }
  return [...words];
}

/** The vocabulary word nearest to `word` within a few edits, if any (ties: the first found). */
function nearestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const max = word.length < 5 ? 1 : word.length < 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of vocabulary) {
    if (candidate === word) return undefined;
    const distance = editDistance(word, candidate, max);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

export function suggest(query: string, filters: Filters, vocabulary: readonly string[], count: CountResults): Suggestion[] {
  const words = query.toLowerCase().match(WORD_RE) ?? [];
  if (words.length === 0) return [];
  const candidates: { query: string; clearFilters: boolean }[] = [];

  if (activeFilterCount(filters) > 0) candidates.push({ query, clearFilters: true });

  const corrected = words.map((word) => nearestWord(word, vocabulary) ?? word);
  if (corrected.join(' ') !== words.join(' ')) candidates.push({ query: corrected.join(' '), clearFilters: false });

  // Fewer words: drop one word at a time, then each word alone.
  if (words.length > 2) {
    words.forEach((_, i) => {
      candidates.push({ query: words.filter((__, j) => j !== i).join(' '), clearFilters: false });
    });
  }
  if (words.length > 1) for (const word of words) candidates.push({ query: word, clearFilters: false });

  const seen = new Set<string>();
  const suggestions: Suggestion[] = [];
  for (const candidate of candidates) {
    const key = `${candidate.query}|${String(candidate.clearFilters)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const found = count(candidate.query, candidate.clearFilters ? NO_FILTERS : filters);
    if (found > 0) suggestions.push({ ...candidate, count: found });
    if (suggestions.length === MAX_SUGGESTIONS) break;
  }
  return suggestions;
}
