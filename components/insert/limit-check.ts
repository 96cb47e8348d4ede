/**
 * Compares the wording with the field's limit before inserting, and words
 * the result for the officer. Pure: the panel shows it, tests check it.
 */
import { countCharacters, countCharactersCrlf, countLineBreaks, countWords } from '../../entrypoints/content/contract/counting';
import type { FieldLimit } from '../../entrypoints/content/contract/protocol';

const number = new Intl.NumberFormat('en-GB');
const n = (value: number) => number.format(value);

export interface LimitCheck {
  /** The text fits within what is left (as the field counts). */
  fits: boolean;
  /** The browser itself enforces the limit and would cut the text off: it cannot be inserted anyway. */
  enforced: boolean;
  /** One or two sentences for the officer. */
  summary: string;
}

export function describeCounts(text: string): string {
  const chars = countCharacters(text);
  const breaks = countLineBreaks(text);
  const words = countWords(text);
  const crlf = breaks > 0 ? ` (${n(countCharactersCrlf(text))} if each line break counts as two)` : '';
  return `${n(chars)} characters${crlf}, ${n(words)} words`;
}

/**
 * `used` is what the field holds outside the selection the text replaces,
 * in the limit's unit. Without a limit the text always fits.
 */
export function checkLimit(text: string, limit: FieldLimit | undefined, used = 0): LimitCheck {
  const counts = describeCounts(text);
  if (!limit) return { fits: true, enforced: false, summary: `${counts}.` };
  const needed = limit.unit === 'words' ? countWords(text) : countCharacters(text);
  const left = Math.max(0, limit.max - used);
  const where = limit.source === 'maxlength' ? 'The field allows' : 'The field’s label sets a limit of';
  const position = `${where} ${n(limit.max)} ${limit.unit}; ${n(left)} ${limit.unit} are left.`;
  if (needed > left) {
    return {
      fits: false,
      enforced: limit.enforced,
      summary: `Too long for this field: the text is ${counts}. ${position}`,
    };
  }
  let caution = '';
  if (limit.unit === 'characters') {
    const crlfTotal = used + countCharactersCrlf(text);
    if (crlfTotal > limit.max) {
      caution = ` If the portal counts each line break as two characters, the answer would be ${n(crlfTotal)} characters, over its limit.`;
    }
  }
  return { fits: true, enforced: limit.enforced, summary: `${counts}. ${position}${caution}` };
}

/**
 * After an insert: the wording's counts and what the field has left once
 * the text is in (not before), in the limit's unit.
 */
export function describeAfterInsert(text: string, limit: FieldLimit | undefined, used = 0): string {
  const counts = describeCounts(text);
  if (!limit) return `${counts}.`;
  const inserted = limit.unit === 'words' ? countWords(text) : countCharacters(text);
  const left = limit.max - used - inserted;
  if (left < 0) return `${counts}. The field is now ${n(-left)} ${limit.unit} over its limit of ${n(limit.max)}.`;
  return `${counts}. ${n(left)} of ${n(limit.max)} ${limit.unit} are left after this insert.`;
}
