/**
 * What people cannot see in text: invisible characters (zero-width spaces,
 * joiners, fillers, tags), bidirectional controls (which reorder what is
 * shown, so a name can read differently from what it is) and lone
 * surrogates (half a character, which storage and export would change).
 * Also `quoteForMessage`, the one way a message shows a value taken from a
 * file or a page: quoted, cut short, and with every invisible or control
 * character written out, so a message can never be reordered or padded.
 */

/** Embeddings, overrides and isolates, plus the three bidi marks. */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/**
 * Characters that draw nothing: whitespace, soft hyphen, combining grapheme
 * joiner, Hangul and Khmer fillers, Mongolian vowel separators, zero-width
 * and word-joiner characters, bidi controls, variation selectors, the byte
 * order mark and tag characters.
 */
// Combining invisible characters are listed on purpose, each matched alone (the `u` flag reads code points).
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class
  /[\s\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{E0000}-\u{E0FFF}\u{1D173}-\u{1D17A}]/gu;

/** Characters written out in messages: controls, invisible ones and lone surrogates. */
const SHOWN_ESCAPED = new RegExp(`${INVISIBLE.source.replace('\\s', '\\0-\\x1F\\x7F-\\x9F\\s')}|[\\uD800-\\uDFFF]`, 'gu');

/** True when `text` has characters but none that can be seen. */
export function isInvisibleOnly(text: string): boolean {
  return text.length > 0 && text.replace(INVISIBLE, '') === '' && text.trim() !== '';
}

export function hasBidiControl(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

/** The index of the first lone surrogate in `text`, or -1. */
export function loneSurrogateAt(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) continue;
    const next = text.charCodeAt(i + 1);
    if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
    else return i;
  }
  return -1;
}

/** Longest value, in characters, a message quotes in full. */
export const MAX_QUOTED_CHARACTERS = 40;

const escapeChar = (char: string): string => {
  const code = char.codePointAt(0) ?? 0;
  return char === ' ' ? ' ' : `\\u{${code.toString(16).toUpperCase().padStart(4, '0')}}`;
};

/** `text` with invisible, control and bidi characters written out as `\u{200B}` (spaces kept). */
export function showInvisible(text: string): string {
  return text.replace(SHOWN_ESCAPED, escapeChar);
}

/** `text` cut to at most `max` characters, `change`d, invisible characters written out, "…" if cut. */
function shorten(text: string, max: number, change: (text: string) => string): string {
  const chars = Array.from(text.length > max * 4 ? text.slice(0, max * 4) : text);
  const cut = chars.length > max;
  return `${showInvisible(change((cut ? chars.slice(0, max) : chars).join('')))}${cut ? '…' : ''}`;
}

/**
 * `text` cut to at most `max` characters (then "…"), with invisible,
 * control and bidi characters written as `\u{200B}`, so they can be seen
 * and cannot reorder the message around them. For text shown in the
 * extension's own words: a file's name, a page's label.
 */
export function cutForMessage(text: string, max = MAX_QUOTED_CHARACTERS): string {
  return shorten(text, max, (shown) => shown);
}

/** `text` as a message quotes it: `cutForMessage` in straight quotation marks, quotes and backslashes escaped as in JSON. */
export function quoteForMessage(text: string, max = MAX_QUOTED_CHARACTERS): string {
  return `"${shorten(text, max, (shown) => shown.replace(/["\\]/g, (c) => `\\${c}`))}"`;
}
