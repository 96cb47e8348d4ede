/**
 * The question a field answers, read from the page the way a person would:
 * its label (`<label for>` or around it), aria-label, aria-labelledby,
 * aria-describedby, placeholder, title, its fieldset's legend, and the
 * question text near it (the cell before it in a table row or the row
 * above, a paragraph, heading or hint just before it or just after). The
 * panel ranks "Suggested for this field" by this text and finds the field's
 * limit in it. Portals word this in many ways; each way has a fixture form
 * (tests/fixtures/portals/).
 */
import { isTextField } from './editable';

/** Enough for any real question; a whole page's text is not a question. */
export const MAX_QUESTION = 1000;
/** Text shorter than this nearby is a button caption or a bullet, not a question. */
const MIN_NEARBY = 12;
/** How far up from the field to look for a preceding question. */
const LEVELS_UP = 4;

const QUESTION_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'label', 'legend', 'div', 'span', 'dt', 'strong', 'li']);
const HINT = /hint|help|desc|guidance|instruction|limit|counter/i;

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function textOfIds(element: Element, attribute: string): string[] {
  const doc = element.ownerDocument;
  return (element.getAttribute(attribute) ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => clean(doc.getElementById(id)?.textContent));
}

/** Text of an element that holds no field of its own (a field's container is not its question). */
function questionLike(element: Element | null): string {
  if (!element || !QUESTION_TAGS.has(element.localName)) return '';
  if (element.querySelector('input, textarea, select, [contenteditable]')) return '';
  const text = clean(element.textContent);
  return text.length >= MIN_NEARBY ? text : '';
}

/** In a table: the cells before the field's cell in its row, else the row above. */
function tableQuestion(element: Element): string {
  const cell = element.closest('td, th');
  const row = cell?.parentElement;
  if (!cell || row?.localName !== 'tr') return '';
  const before: string[] = [];
  for (let sibling = cell.previousElementSibling; sibling; sibling = sibling.previousElementSibling) before.unshift(clean(sibling.textContent));
  const inRow = clean(before.join(' '));
  if (inRow.length >= MIN_NEARBY) return inRow;
  const above = row.previousElementSibling;
  return above?.localName === 'tr' && !above.querySelector('input, textarea, select') ? clean(above.textContent) : '';
}

/** Paragraphs kept from before a field: the question and a note about it, not the whole page. */
const MAX_PRECEDING = 3;

/**
 * The question-like text just before the field (its own siblings first,
 * then its ancestors'): up to three paragraphs, stopping at a heading (kept)
 * or at the previous question's own field.
 */
function precedingQuestion(element: Element): string {
  let node: Element | null = element;
  for (let level = 0; node && level < LEVELS_UP; level += 1, node = node.parentElement) {
    const found = questionsBefore(node);
    if (found.length > 0) return found.join(' ');
  }
  return '';
}

function questionsBefore(node: Element): string[] {
  const found: string[] = [];
  for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    if (sibling.querySelector('input, textarea, select') || sibling.matches('input, textarea, select')) break;
    const text = questionLike(sibling);
    if (text) found.unshift(text);
    if (found.length >= MAX_PRECEDING || /^h[1-6]$/.test(sibling.localName)) break;
  }
  return found;
}

/** A hint just after the field ("Maximum 500 words"), as portals often place them. */
function followingHint(element: Element): string {
  const next = element.nextElementSibling;
  if (!next) return '';
  const looksLikeHint = HINT.test(`${next.className} ${next.id}`) || /\b(max(imum)?|limit|words?|characters?)\b/i.test(next.textContent);
  return looksLikeHint && !next.querySelector('input, textarea, select') ? clean(next.textContent) : '';
}

/** Everything the page says about what belongs in this field, most specific first, without repeats. */
export function fieldQuestion(element: Element): string | undefined {
  const parts: string[] = [];
  parts.push(...textOfIds(element, 'aria-labelledby'));
  if (isTextField(element)) parts.push(...[...(element.labels ?? [])].map((label) => clean(label.textContent)));
  parts.push(clean(element.getAttribute('aria-label')));
  const legend = element.closest('fieldset')?.querySelector(':scope > legend');
  parts.push(clean(legend?.textContent));
  parts.push(tableQuestion(element));
  parts.push(precedingQuestion(element));
  parts.push(...textOfIds(element, 'aria-describedby'));
  parts.push(followingHint(element));
  parts.push(clean(element.getAttribute('placeholder')), clean(element.getAttribute('title')));
  const unique: string[] = [];
  for (const part of parts) {
    if (part && !unique.some((seen) => seen.includes(part))) unique.push(part);
  }
  const text = unique.join(' — ');
  return text ? text.slice(0, MAX_QUESTION) : undefined;
}
