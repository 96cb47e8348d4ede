/** The limit a field declares (maxlength, or a number in its label or hint) and how much of it is used. */
import { countIn, limitFromText } from './contract/counting';
import { isTextField } from './editable';
import { fieldQuestion } from './field-context';
import type { FieldLimit } from './contract/protocol';
import type { TrackedTarget } from './tracker';

/** Text of the field's label, aria-label, description and placeholder. */
function labelText(element: Element): string {
  const doc = element.ownerDocument;
  const ids = `${element.getAttribute('aria-labelledby') ?? ''} ${element.getAttribute('aria-describedby') ?? ''}`;
  const parts = ids
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => doc.getElementById(id)?.textContent ?? '');
  if (isTextField(element)) parts.push(...[...(element.labels ?? [])].map((label) => label.textContent));
  parts.push(element.getAttribute('aria-label') ?? '', element.getAttribute('placeholder') ?? '', element.getAttribute('title') ?? '');
  return parts.join(' ');
}

export function fieldLimit(element: Element): FieldLimit | undefined {
  if (isTextField(element) && element.maxLength >= 0) {
    return { max: element.maxLength, unit: 'characters', source: 'maxlength', enforced: true };
  }
  // The label first; then the question and hints around the field, where portals often state the limit.
  const fromLabel = limitFromText(labelText(element)) ?? limitFromText(fieldQuestion(element) ?? '');
  return fromLabel ? { ...fromLabel, source: 'label', enforced: false } : undefined;
}

/** How much of the limit's unit the field holds outside the selection that the insertion replaces. */
export function usedOutsideSelection(target: TrackedTarget, unit: FieldLimit['unit']): number {
  const element = target.element;
  if (isTextField(element)) {
    const start = target.start ?? element.value.length;
    const end = target.end ?? start;
    return countIn(unit, element.value.slice(0, start) + element.value.slice(end));
  }
  const all = element.innerText;
  const selected = target.range?.toString() ?? '';
  return Math.max(0, countIn(unit, all) - countIn(unit, selected));
}
