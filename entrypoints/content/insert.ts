/**
 * Answers the panel's two questions in this frame: "do you hold the caret,
 * and what are its limits?" (probe) and "insert this" (insert). Insertion
 * picks the editor's adapter, puts the caret back where the officer left
 * it, and tries one technique at a time, reading the field back after each
 * before falling back: never two at once, since some editors apply late
 * and the text would appear twice.
 */
import { adapterFor } from './adapters';
import type { Adapter, InsertJob } from './adapters/types';
import { countIn } from './contract/counting';
import { deepActiveElement, describeField, isTextField, selectionFor } from './editable';
import { fieldQuestion } from './field-context';
import { fieldLimit, usedOutsideSelection } from './field-limit';
import type { EditorKind, InsertRequest, InsertResponse, ProbeResponse, TargetChanged } from './contract/protocol';
import { refreshTarget, trackedTarget, type TrackedTarget } from './tracker';
import { arrivedSoon, keptAfterFrame, snapshot } from './verify';
import { frameIsShown, isShown } from './visibility';

function kindOf(target: TrackedTarget, adapter: Adapter): EditorKind {
  return adapter.kind === 'textarea' && target.element.localName === 'input' ? 'input' : adapter.kind;
}

/**
 * If the caret is in a child frame this script does not run in (not granted
 * yet), the origin its address names. Only for a frame the officer can see:
 * a page can focus an invisible frame from script to have access to another
 * site offered. The address is the page's word only: after access is
 * granted, the frame's own origin is checked against it (insert-flow.ts).
 */
function blockedChildOrigin(): string | undefined {
  const active = deepActiveElement(document);
  if (!(active instanceof HTMLIFrameElement) || !isShown(active) || !frameIsShown()) return undefined;
  // A same-origin frame's document is readable (its own content script runs there); a cross-origin one is null.
  if (active.contentDocument) return undefined;
  try {
    return new URL(active.src, location.href).origin;
  } catch {
    return undefined;
  }
}

export function probe(): ProbeResponse {
  const target = trackedTarget();
  // The frame's own origin, which no attribute of the page can change (about:blank frames report their creator's).
  const origin = location.origin === 'null' ? self.origin : location.origin;
  const base = { focused: document.hasFocus(), isTop: window === window.top, origin };
  if (!target) {
    return { ...base, hasTarget: false, lastActiveAt: 0, needsPageWorld: false, blockedFrameOrigin: blockedChildOrigin() };
  }
  const adapter = adapterFor(target.element);
  const limit = fieldLimit(target.element);
  return {
    ...base,
    hasTarget: !!adapter,
    lastActiveAt: target.at,
    kind: adapter ? kindOf(target, adapter) : undefined,
    needsPageWorld: adapter?.needsPageWorld === true,
    loadEditor: adapter?.missing,
    limit,
    used: limit ? usedOutsideSelection(target, limit.unit) : undefined,
    label: describeField(target.element),
    question: fieldQuestion(target.element),
  };
}

/** What the panel is told when the field in hand changes. */
export function describeTarget(): TargetChanged {
  const { hasTarget, kind, limit, label, question } = probe();
  return { hasTarget, kind, limit, label, question };
}

/** Focuses the field and puts back the selection the officer left, if the page lost it. */
function restoreCaret(target: TrackedTarget): void {
  const element = target.element;
  if (element.ownerDocument.activeElement !== element && deepActiveElement(element.ownerDocument) !== element) {
    element.focus({ preventScroll: true });
  }
  if (isTextField(element)) {
    const start = target.start ?? element.value.length;
    const end = target.end ?? start;
    if (element.selectionStart !== start || element.selectionEnd !== end) {
      element.setSelectionRange(start, end, target.direction);
    }
    return;
  }
  if (!target.range) return;
  const selection = selectionFor(element);
  const live = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const same =
    live &&
    live.startContainer === target.range.startContainer &&
    live.startOffset === target.range.startOffset &&
    live.endContainer === target.range.endContainer &&
    live.endOffset === target.range.endOffset;
  if (!same && selection) {
    selection.removeAllRanges();
    selection.addRange(target.range);
  }
  // Editors with a selection of their own (ProseMirror, Lexical, CKEditor 5)
  // take the page's on the selectionchange that follows a change, a task
  // later: the insertion that comes first would land where their selection
  // was. Told now, they read it before the text is offered.
  element.ownerDocument.dispatchEvent(new Event('selectionchange'));
}

function overLimit(target: TrackedTarget, text: string): { over: boolean; enforced: boolean } {
  const limit = fieldLimit(target.element);
  if (!limit) return { over: false, enforced: false };
  const total = usedOutsideSelection(target, limit.unit) + countIn(limit.unit, text);
  return { over: total > limit.max, enforced: limit.enforced };
}

/** A single-line <input> cannot hold line breaks (the browser would drop them): join the lines with spaces. */
export function singleLine(text: string): string {
  return text.replace(/[ \t]*(?:\r?\n)+[ \t]*/g, ' ').trim();
}

export async function insert(request: InsertRequest): Promise<InsertResponse> {
  const started = performance.now();
  const target = trackedTarget();
  const adapter = target ? adapterFor(target.element) : undefined;
  if (!target || !adapter) return { status: 'no-target' };
  const kind = kindOf(target, adapter);
  // The panel injects the editor's part before asking (the probe said which): without it there is nothing to try.
  if (adapter.missing) return { status: 'failed', kind };
  const { html } = request.wording;
  const text = kind === 'input' ? singleLine(request.wording.text) : request.wording.text;
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10;

  // Checked again here, at the field: the browser would cut text off at
  // maxlength, so that is never overridden; other limits only with consent.
  const limit = overLimit(target, text);
  if (limit.over && (limit.enforced || !request.allowOverLimit)) return { status: 'over-limit', kind };

  const job: InsertJob = { target, text, html, pageChannel: request.pageChannel };
  for (const technique of adapter.techniques) {
    restoreCaret(target);
    const before = snapshot(target.element, text, html, target.start, target.end);
    let applied: ReturnType<typeof technique.apply>;
    try {
      applied = technique.apply(job);
    } catch {
      applied = false;
    }
    if (applied === false) continue;
    if (applied === 'trusted' || ((await arrivedSoon(target.element, before, technique.claims === true)) && (!adapter.confirmKept || (await keptAfterFrame(target.element, before))))) {
      refreshTarget();
      return { status: 'inserted', kind, method: technique.name, elapsedMs: elapsed() };
    }
  }
  return { status: adapter.pasteWhenAllFail ? 'needs-paste' : 'failed', kind, elapsedMs: elapsed() };
}
