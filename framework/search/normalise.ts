/**
 * Text normalisation for search: one tokeniser, one word normaliser and one
 * light stemmer, shared by the index and the query so both sides agree.
 * Tokens keep their offsets into the original (verbatim) text so highlights
 * can point back into it.
 */

export interface Token {
  /** Normalised word: lower case, no diacritics, no inner dots or apostrophes. */
  word: string;
  /** Offset of the first character in the original text. */
  start: number;
  /** Offset one past the last character in the original text (exclusive). */
  end: number;
  /** True when the token is glued to the previous one by a hyphen or slash ("well-being", "supplies/provisions"). */
  joined: boolean;
}

const DIACRITICS_RE = /[\u0300-\u036f]/g;
const INNER_PUNCTUATION_RE = /['’.]/g;
const PLAIN_RE = /^[a-z0-9]+$/;
const WORD_CHAR_RE = /^[\p{L}\p{N}\p{M}]$/u;

/** Lower case, strip accents and inner punctuation: "PM2.5" -> "pm25", "Employer's" -> "employers". */
export function normaliseWord(raw: string): string {
  if (raw === '%') return 'percent';
  const lower = raw.toLowerCase();
  // Most words are plain ASCII letters and digits: skip the costly Unicode steps.
  if (PLAIN_RE.test(lower)) return lower;
  return lower.normalize('NFD').replace(DIACRITICS_RE, '').replace(INNER_PUNCTUATION_RE, '');
}

/** Length of the word character at `i` (2 for astral letters), or 0 if it is not one. */
function wordCharLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
  const size = code >= 0xd800 && code < 0xdc00 ? 2 : 1;
  return WORD_CHAR_RE.test(text.slice(i, i + size)) ? size : 0;
}

function isInnerPunctuation(code: number): boolean {
  return code === 39 || code === 46 || code === 0x2019; // ' . ’
}

/**
 * Visits each word of `text`: runs of letters and digits, with inner dots
 * and apostrophes kept inside ("PM2.5", "employer's", "e.g"), plus "%",
 * which officers type for "percentage". `end` is exclusive; `joined` is true
 * when the word is glued to the previous one by a hyphen or slash
 * ("well-being", "supplies/provisions"). A hand-written scanner: indexing
 * reads every word of the framework, and a regular expression was the
 * slowest part of it.
 */
export function scanWords(text: string, visit: (word: string, start: number, end: number, joined: boolean) => void): void {
  scanRawWords(text, (raw, start, end, joined) => {
    visit(normaliseWord(raw), start, end, joined);
  });
}

/**
 * `scanWords` before normalisation: visits each word as written ("%" as
 * itself), so a caller that meets the same words over and over (the index)
 * can normalise and stem each distinct one once.
 */
export function scanRawWords(text: string, visit: (raw: string, start: number, end: number, joined: boolean) => void): void {
  scanWordSpans(text, (start, end, joined) => {
    visit(text.slice(start, end), start, end, joined);
  });
}

/**
 * `scanRawWords` without cutting the words out: visits each word's span
 * [start, end) in `text`, so the index can look up a word it has met
 * before without allocating a string for it.
 */
export function scanWordSpans(text: string, visit: (start: number, end: number, joined: boolean) => void): void {
  const n = text.length;
  let previousEnd = -1;
  let i = 0;
  while (i < n) {
    if (text.charCodeAt(i) === 37) {
      visit(i, i + 1, false);
      previousEnd = i + 1;
      i++;
      continue;
    }
    let size = wordCharLength(text, i);
    if (!size) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (size) {
        i += size;
        size = i < n ? wordCharLength(text, i) : 0;
      }
      if (i + 1 < n && isInnerPunctuation(text.charCodeAt(i)) && (size = wordCharLength(text, i + 1))) {
        i += 1;
        continue;
      }
      break;
    }
    const gap = previousEnd >= 0 && start - previousEnd === 1 ? text.charCodeAt(previousEnd) : 0;
    visit(start, i, gap === 45 || gap === 47); // - or /
    previousEnd = i;
  }
}

/** Splits text into normalised tokens with their offsets in `text`. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  scanWords(text, (word, start, end, joined) => tokens.push({ word, start, end, joined }));
  return tokens;
}

/** Minimum length a stem may shrink to: keeps "care", "car" and "caring" apart. */
const MIN_STEM = 4;

function undouble(word: string): string {
  const n = word.length;
  if (n > MIN_STEM && word[n - 1] === word[n - 2] && !'lsz'.includes(word[n - 1] ?? '')) return word.slice(0, -1);
  return word;
}

/**
 * A deliberately light English stemmer (plurals, -ing, -ed, final -e) so that
 * "volunteering", "volunteered" and "volunteers" meet, while short words are
 * left alone. Heavier stemming conflates too much in a small domain corpus.
 */
export function stem(word: string): string {
  const known = stemCache.get(word);
  if (known !== undefined) return known;
  const result = stemUncached(word);
  if (stemCache.size > STEM_CACHE_SIZE) stemCache.clear();
  stemCache.set(word, result);
  return result;
}

/** Words repeat a great deal across a framework; stemming each once saves most of the work. */
const stemCache = new Map<string, string>();
const STEM_CACHE_SIZE = 50_000;

function stemUncached(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length - 3 >= MIN_STEM) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length - 2 >= MIN_STEM) w = undouble(w.slice(0, -2));
  if (w.endsWith('e') && w.length - 1 >= MIN_STEM) w = w.slice(0, -1);
  return w;
}

/**
 * UK <-> US spelling variants of a word (organisation/organization,
 * programme/program, labour/labor, centre/center, fibre/fiber). The caller
 * keeps only the variants that exist in its vocabulary, so over-generation
 * is harmless.
 */
export function spellingVariants(word: string): string[] {
  const out = new Set<string>();
  const swap = (from: RegExp, to: string): void => {
    if (from.test(word)) out.add(word.replace(from, to));
  };
  swap(/isat(ion|ional|ions)$/, 'izat$1');
  swap(/izat(ion|ional|ions)$/, 'isat$1');
  swap(/is(e|es|ed|ing)$/, 'iz$1');
  swap(/iz(e|es|ed|ing)$/, 'is$1');
  swap(/ys(e|es|ed|ing)$/, 'yz$1');
  swap(/yz(e|es|ed|ing)$/, 'ys$1');
  swap(/our(s|ed|ing|er|ers|ful|hood|ite|ites)?$/, 'or$1');
  swap(/([^o])or(s|ed|ing|er|ers|ful|hood|ite|ites)?$/, '$1our$2');
  swap(/tre(s?)$/, 'ter$1');
  swap(/ter(s?)$/, 'tre$1');
  swap(/bre(s?)$/, 'ber$1');
  swap(/ber(s?)$/, 'bre$1');
  swap(/amme(s?)$/, 'am$1');
  swap(/am(s?)$/, 'amme$1');
  swap(/ogue(s?)$/, 'og$1');
  swap(/og(s?)$/, 'ogue$1');
  swap(/ence(s?)$/, 'ense$1');
  swap(/ense(s?)$/, 'ence$1');
  swap(/ae/, 'e');
  swap(/oe/, 'e');
  swap(/ll(ed|ing|er|ers)$/, 'l$1');
  swap(/([^l])l(ed|ing|er|ers)$/, '$1ll$2');
  out.delete(word);
  return [...out];
}
