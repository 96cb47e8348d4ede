import type { RenderedWording } from '../../../framework/render-wording';
import type { EditorKind, EditorPart } from '../contract/protocol';
import type { TrackedTarget } from '../tracker';

/** What to insert where: the wording's `text` (lines separated by \n) and `html` (framework text already escaped). */
export interface InsertJob extends RenderedWording {
  target: TrackedTarget;
  /** The page-world function's channel for this insertion, when the panel started one. */
  pageChannel?: string;
}

/**
 * What a technique reports: `false` it could not run (skip to the next one
 * without waiting), `true` it ran (read the field back to check),
 * `'trusted'` it ran where nothing can be read back (Google Docs draws on a
 * canvas), and the editor accepted it.
 */
export type Applied = boolean | 'trusted';

export interface Technique {
  /** Short name, reported back for the benchmark and support. */
  name: string;
  apply(job: InsertJob): Applied;
  /**
   * `apply` reports true only when the page cancelled the event it sent: the
   * editor took the text and may render it late (Trix draws on the next
   * animation frame), so verification waits longer and never cuts short
   * because the field is still quiet; falling back too soon would insert twice.
   */
  claims?: boolean;
}

export interface Adapter {
  kind: EditorKind;
  /** Whether `element` (a text field or contenteditable host) belongs to this editor. */
  matches(element: HTMLElement): boolean;
  /** Tried in order, one at a time, each verified before the next. */
  techniques: Technique[];
  /** The techniques call an editor API only reachable from the page's own world. */
  needsPageWorld?: boolean;
  /** When nothing works, ask the officer to paste (the panel copies first). */
  pasteWhenAllFail?: boolean;
  /** After the text arrives, check a frame later that the editor kept it (some revert DOM changes they did not make). */
  confirmKept?: boolean;
}

/**
 * An editor whose techniques live in a part of their own (contract
 * EDITOR_PARTS): the core knows how to recognise it and what it needs, and
 * the panel injects `part`'s file when the core finds it.
 */
export interface EditorSign extends Omit<Adapter, 'techniques'> {
  part: EditorPart;
}

/** The adapter for a target: `missing` names the part still to inject before its techniques are known (they are empty until then). */
export interface FoundAdapter extends Adapter {
  missing?: EditorPart;
}
