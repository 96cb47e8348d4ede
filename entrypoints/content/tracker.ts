/**
 * Remembers where the officer was typing in this frame, so that when focus
 * moves to the panel the caret (element and selection) can be put back.
 */
import { deepActiveElement, editableAt, isTextField, rangeInside, type TextField } from './editable';

export interface TrackedTarget {
  element: TextField | HTMLElement;
  /** Text fields: the selection offsets. */
  start?: number;
  end?: number;
  direction?: 'forward' | 'backward' | 'none';
  /** contenteditable hosts: the last range inside the host. */
  range?: Range;
  /** When the officer last worked here (ms since epoch); 0 when found only at injection. */
  at: number;
}

let current: TrackedTarget | null = null;
let onChange: (() => void) | undefined;
let announcing = false;

/** Calls `listener` whenever the officer moves to another field or leaves the last one (not on every keystroke). */
export function onTargetChange(listener: () => void): void {
  onChange = listener;
}

function setCurrent(next: TrackedTarget | null): void {
  const changed = next?.element !== current?.element;
  current = next;
  if (!changed || !onChange || announcing) return;
  // Once per burst of changes, after the event that caused them has been handled.
  announcing = true;
  queueMicrotask(() => {
    announcing = false;
    onChange?.();
  });
}

/** Updates the remembered target from `node` (the event's real target) if it is editable. */
function remember(node: unknown, at: number): void {
  const element = editableAt(node);
  if (!element) return;
  const next: TrackedTarget = { element, at };
  if (isTextField(element)) {
    // Some <input> types have no selection API; they are excluded by isTextField.
    next.start = element.selectionStart ?? element.value.length;
    next.end = element.selectionEnd ?? next.start;
    next.direction = element.selectionDirection ?? 'none';
  } else {
    const range = rangeInside(element);
    // Keep the previous range if the selection has left the host (focus moved away).
    next.range = range ?? (current?.element === element ? current.range : undefined);
  }
  setCurrent(next);
}

function onActivity(event: Event): void {
  remember(event.composedPath()[0] ?? event.target, Date.now());
}

/**
 * Forgets the target when the officer clicks away within the page (no caret
 * any more), but not when focus leaves the page for the panel: then the
 * document itself loses focus and the target must be remembered.
 */
function onFocusOut(): void {
  setTimeout(() => {
    if (!document.hasFocus()) return;
    const active = deepActiveElement(document);
    if (active instanceof HTMLIFrameElement || editableAt(active)) return;
    setCurrent(null);
  }, 0);
}

function onSelectionChange(): void {
  const active = deepActiveElement(document);
  if (active && editableAt(active)) remember(active, Date.now());
}

/**
 * Starts tracking. Called once per frame; also records whatever is focused
 * now, since the script is only injected at the first Insert, when the page
 * still holds its focused element and selection.
 */
export function startTracking(): void {
  const active = deepActiveElement(document);
  if (active) remember(active, 0);
  const options = { capture: true, passive: true };
  for (const type of ['focusin', 'input', 'keyup', 'mouseup', 'select']) {
    window.addEventListener(type, onActivity, options);
  }
  document.addEventListener('selectionchange', onSelectionChange, options);
  window.addEventListener('focusout', onFocusOut, options);
}

/** The remembered target, if it is still in the page and still editable. */
export function trackedTarget(): TrackedTarget | null {
  if (!current) {
    const active = deepActiveElement(document);
    if (active) remember(active, 0);
  }
  if (current && (!current.element.isConnected || !editableAt(current.element))) setCurrent(null);
  return current;
}

/** Re-reads the selection after an insertion so the next insert follows the new text. */
export function refreshTarget(): void {
  if (current) remember(current.element, Date.now());
}
