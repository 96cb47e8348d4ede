/**
 * Counting text the way fields and portals do. Pure functions, shared by the
 * panel (to show counts before inserting) and the content script (to check
 * again at the field).
 */

/** Characters as `maxlength` counts them: UTF-16 code units, a line break as one. */
export function countCharacters(text: string): number {
  return text.replace(/\r\n/g, '\n').length;
}

/** Characters when each line break counts as two (CR LF), as many portals and form submissions do. */
export function countCharactersCrlf(text: string): number {
  const normalised = text.replace(/\r\n/g, '\n');
  return normalised.length + (normalised.match(/\n/g)?.length ?? 0);
}

export function countLineBreaks(text: string): number {
  return text.replace(/\r\n/g, '\n').match(/\n/g)?.length ?? 0;
}

export function countWords(text: string): number {
  const words = text.trim().split(/\s+/);
  return words[0] === '' ? 0 : words.length;
}

export type LimitUnit = 'characters' | 'words';

export function countIn(unit: LimitUnit, text: string): number {
  return unit === 'words' ? countWords(text) : countCharacters(text);
}

/**
 * Reads a limit out of a field's label or hint, such as "max 2,000
 * characters", "(500 words maximum)" or "Limit: 250 words".
 */
export function limitFromText(text: string): { max: number; unit: LimitUnit } | undefined {
  const before = /\b(?:max(?:imum)?|limit(?:ed)?(?:\s+to)?|up\s+to|no\s+more\s+than|not\s+exceed(?:ing)?)\b[^0-9]{0,12}(\d[\d,]*)\s*(characters?|chars?|words?)\b/i;
  const after = /(\d[\d,]*)\s*(characters?|chars?|words?)\s*(?:max(?:imum)?|limit)\b/i;
  const match = before.exec(text) ?? after.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const max = Number(match[1].replace(/,/g, ''));
  if (!Number.isFinite(max) || max <= 0) return undefined;
  return { max, unit: /^w/i.test(match[2]) ? 'words' : 'characters' };
}
