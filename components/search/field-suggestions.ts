/**
 * "Suggested for this field": the indicators that best answer what the
 * page asks in the field the officer is in (the question text the content
 * script reads: entrypoints/content/field-context.ts), ranked by the same
 * engine as the search box. Limits and numbering ("(max 2,000
 * characters)", "Q4.2") are taken out first: they say nothing of the topic.
 */
import type { Framework } from '../../framework';
import { createPanelSearch, type PanelHit, type PanelSearch } from './engine';
import { NO_FILTERS } from './filters';

export const FIELD_SUGGESTIONS = 3;

const LIMIT_PHRASE =
  /\(?\s*(?:(?:max(?:imum)?|limit(?:ed)?(?:\s+to)?|up\s+to|no\s+more\s+than|not\s+exceed(?:ing)?|word\s+limit|character\s+limit)\b[^.()]*?\d[\d,]*\s*(?:characters?|chars?|words?)?|\d[\d,]*\s*(?:characters?|chars?|words?)(?:\s*(?:max(?:imum)?|limit))?)\s*\)?/gi;
const NUMBERING = /\b(?:q(?:uestion)?|ms|section)\s*\d+(?:\.\d+)*\b|\b\d+(?:\.\d+)+\b/gi;

/**
 * Words every portal question uses whatever its topic ("Describe how you
 * will…", "…opportunities…", "…on this contract"): left in, they pull the
 * ranking towards indicators that happen to use them.
 */
const QUESTION_WORDS =
  /\b(?:please|describe|explain|outline|set\s+out|tell\s+us|provide|detail(?:s)?|how|will|would|you|your|we|our|approach|proposals?|opportunities|this\s+contract|the\s+contract|answer|response|scored?|out\s+of\s+\d+)\b/gi;

/** The topic words of a field's question. */
export function fieldQuery(question: string): string {
  return question
    .replace(LIMIT_PHRASE, ' ')
    .replace(NUMBERING, ' ')
    .replace(QUESTION_WORDS, ' ')
    .replace(/[—?:.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function fieldSuggestions(search: PanelSearch, question: string | undefined, count = FIELD_SUGGESTIONS): PanelHit[] {
  const query = question ? fieldQuery(question) : '';
  return query ? search.run(query, NO_FILTERS).slice(0, count) : [];
}

/** For tests and callers without an engine at hand. */
export function fieldSuggestionsFor(framework: Framework, question: string | undefined): PanelHit[] {
  return fieldSuggestions(createPanelSearch(framework), question);
}
