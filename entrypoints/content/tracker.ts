/**
 * Remembers where the officer was typing in this frame, so that when focus
 * moves to the panel the caret (element and selection) can be put back.
 *
 * Only the officer's own input moves the target: trusted `pointerdown`,
 * `keydown` or `beforeinput` in an editable element. Focus and selection
 * events do not count, because a page can cause them itself (`el.focus()`
 * and `setSelectionRange` fire trusted events) and would then choose where
 * the officer's text goes. Editors that route typing through a hidden
 * element (Google Docs' text-event frame, code editors' hidden textareas)
 * receive the officer's keys, so they count as the editor typed in.
 *
 * The one exception is the moment the script arrives (the officer's first
 * Insert): the officer clicked into the field before the script existed,
 * which cannot be observed now, so the field focused then counts, but only
 * if it can be seen (shown, in a frame that is shown). A page that moves
 * focus to a hidden field before that first Insert gets "no field" rather
 * than the text; after it, only trusted input moves the target.
 */
import { inTextEventFrame } from './adapters/google-docs';
import { deepActiveElement, editableAt, isTextField, rangeInside, type TextField } from './editable';
import { frameIsShown, isShown } from './visibility';

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
/** Set at the officer's first trusted input here: from then on, only such input moves the target. */
let sawOfficerInput = false;

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

/** Makes `element` the target, reading its selection now. */
function remember(element: TextField | HTMLElement, at: number): void {
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

const eventNode = (event: Event): unknown => event.composedPath()[0] ?? event.target;

/** The officer pressed, typed or pointed: the editable element it happened in becomes the target. */
function onOfficerInput(event: Event): void {
  if (!event.isTrusted) return;
  sawOfficerInput = true;
  const element = editableAt(eventNode(event));
  if (element) {
    remember(element, Date.now());
    return;
  }
  if (event.type === 'pointerdown') forgetIfClickedAway();
}

/**
 * The officer clicked something that is not a field: once the click has
 * been handled, forget the target unless focus stayed in a field or moved
 * into a frame (an editor's toolbar keeps focus in its editor).
 */
function forgetIfClickedAway(): void {
  setTimeout(() => {
    const active = deepActiveElement(document);
    if (active instanceof HTMLIFrameElement || editableAt(active)) return;
    setCurrent(null);
  }, 0);
}

/** After the officer's own input, the selection in the current target may have moved: read it again (the target stays). */
function onOfficerSelection(event: Event): void {
  if (!event.isTrusted || !current) return;
  const element = editableAt(eventNode(event)) ?? editableAt(deepActiveElement(document));
  if (element === current.element) remember(element, Date.now());
}

/** The field focused when the script arrived, if the officer can see it (see the note at the top). */
function focusedAtInjection(): TextField | HTMLElement | null {
  const element = editableAt(deepActiveElement(document));
  if (!element) return null;
  if (inTextEventFrame()) return element; // Google Docs types through a hidden frame on purpose
  return isShown(element) && frameIsShown() ? element : null;
}

/**
 * Starts tracking. Called once per frame; also records whatever visible
 * field is focused now, since the script is only injected at the first
 * Insert, when the page still holds its focused element and selection.
 */
export function startTracking(): void {
  const focused = focusedAtInjection();
  if (focused) remember(focused, 0);
  const options = { capture: true, passive: true };
  for (const type of ['pointerdown', 'keydown', 'beforeinput']) window.addEventListener(type, onOfficerInput, options);
  for (const type of ['pointerup', 'keyup', 'input', 'select']) window.addEventListener(type, onOfficerSelection, options);
}

/** The remembered target, if it is still in the page and still editable. */
export function trackedTarget(): TrackedTarget | null {
  if (!current && !sawOfficerInput) {
    // Nothing seen yet: the field focused now stands for the officer's click before the script arrived.
    const focused = focusedAtInjection();
    if (focused) remember(focused, 0);
  }
  if (current && (!current.element.isConnected || !editableAt(current.element))) setCurrent(null);
  return current;
}

/** Re-reads the selection after an insertion so the next insert follows the new text. */
export function refreshTarget(): void {
  if (current) remember(current.element, Date.now());
}
