/**
 * The one typed contract between extension pages (the panel) and the
 * content script in each frame: requests a page asks a frame (with the
 * answer it gets back) and pushes a frame sends unasked. Every message is
 * validated with zod where it arrives: pages are hostile ground, and a stale
 * content script from an older version may answer in an older shape.
 * `zod/mini` keeps the pages' side small; the content script's core checks
 * the requests it answers by hand (request-guard.ts, see serve.ts).
 *
 * To add a message: add its name to envelope.ts and its schemas to REQUESTS
 * (panel asks, frame answers) or PUSHES (frame tells); a request also gets
 * its hand check in request-guard.ts (the content script's core carries no
 * zod; a test holds the two to each other). Then handle it in
 * `entrypoints/content/main.ts` (requests) or subscribe with `onPush`
 * (pushes). `messaging.ts` and `serve.ts` do the sending, receiving and
 * parsing for every message.
 */
import * as z from 'zod/mini';
import { CHANNEL, type PushName, type RequestName } from './envelope';

export { envelope, isPushName, isRequestName, type Envelope, type PushName, type RequestName } from './envelope';

/** The content script's file (entrypoints/insertion.ts), as `scripting.executeScript` names it: the small core every frame gets. */
export const INSERTION_SCRIPT = '/insertion.js';

/**
 * Editors whose techniques live in a file of their own, injected into a
 * frame (after the core) only when the core finds that editor there: see
 * `editorScript` and entrypoints/editor-*.ts. Plain text fields and
 * contenteditables the core serves itself.
 */
export const EDITOR_PARTS = [
  'google-docs',
  'word-online',
  'ckeditor5',
  'ckeditor4',
  'tinymce',
  'quill',
  'prosemirror',
  'lexical',
  'slate',
  'draftjs',
  'summernote',
  'jodit',
  // Firefox only: an editor nobody listed, asked through the page's world (adapters/unknown-editor.ts).
  'unknown',
] as const;
export type EditorPart = (typeof EDITOR_PARTS)[number];

/** The file of an editor's part (entrypoints/editor-<part>.ts), as `scripting.executeScript` names it. */
export function editorScript(part: EditorPart): `/editor-${EditorPart}.js` {
  return `/editor-${part}.js`;
}

/** The draft check's side of the page (entrypoints/page-text.ts): injected with the core only when the page is read. */
export const PAGE_TEXT_SCRIPT = '/page-text.js';

/** The editor families the content script knows how to reach. */
export const EDITOR_KINDS = [
  'textarea',
  'input',
  'contenteditable',
  'ckeditor5',
  'ckeditor4',
  'tinymce',
  'quill',
  'prosemirror',
  'lexical',
  'slate',
  'draftjs',
  'google-docs',
  'word-online',
] as const;
export type EditorKind = (typeof EDITOR_KINDS)[number];

/** Where a limit came from, so the panel can say so. */
export const LIMIT_SOURCES = ['maxlength', 'label'] as const;

export const FieldLimitSchema = z.object({
  /** The number in the limit. */
  max: z.number(),
  unit: z.enum(['characters', 'words']),
  source: z.enum(LIMIT_SOURCES),
  /** True when the browser itself enforces it (maxlength) and would cut text off. */
  enforced: z.boolean(),
});
export type FieldLimit = z.infer<typeof FieldLimitSchema>;

/** Wording on its way into a field: clean text for plain fields, formatted HTML for rich editors. */
export const WordingSchema = z.object({ text: z.string(), html: z.string() });

export const ProbeRequestSchema = z.object({});
export type ProbeRequest = z.infer<typeof ProbeRequestSchema>;

export const ProbeResponseSchema = z.object({
  /** This frame holds an editable target (focused now or remembered). */
  hasTarget: z.boolean(),
  /** When the officer last worked in this frame's target (ms since epoch; 0 = never seen, only found at injection). */
  lastActiveAt: z.number(),
  /** The frame's document has focus right now. */
  focused: z.boolean(),
  isTop: z.boolean(),
  kind: z.optional(z.enum(EDITOR_KINDS)),
  /** Whether the chosen technique needs the editor's API in the page's own world. */
  needsPageWorld: z.boolean(),
  /** The editor found needs its part (`editorScript`) injected into this frame before it can insert. */
  loadEditor: z.optional(z.enum(EDITOR_PARTS)),
  limit: z.optional(FieldLimitSchema),
  /** Characters (or words, per the limit's unit) already in the field, not counting the selection that will be replaced. */
  used: z.optional(z.number()),
  /** A short description of the field for messages ("Social value question"). */
  label: z.optional(z.string()),
  /** What the page asks in this field (label, legend, nearby question, hints): see content/field-context.ts. */
  question: z.optional(z.string()),
  /** The caret is in a child frame of this origin, which the extension cannot reach yet (from the frame's address: the page's word). */
  blockedFrameOrigin: z.optional(z.string()),
  /** This frame's own origin (`location.origin`), to check access was asked for the site the field is really on. */
  origin: z.optional(z.string()),
});
export type ProbeResponse = z.infer<typeof ProbeResponseSchema>;

export const InsertRequestSchema = z.object({
  wording: WordingSchema,
  /** The officer chose "Insert anyway" for a limit the browser does not enforce. */
  allowOverLimit: z.boolean(),
  /**
   * The event name the page-world function (contract/page-world.ts) was
   * started with for this one insertion; absent when it could not run.
   */
  pageChannel: z.optional(z.string()),
});
export type InsertRequest = z.infer<typeof InsertRequestSchema>;

export const INSERT_STATUSES = [
  /** The text is in the field and was read back. */
  'inserted',
  /** This frame has no editable target. */
  'no-target',
  /** The text would not fit and the officer did not allow it. */
  'over-limit',
  /** The editor cannot take insertion from an extension: copy and paste instead. */
  'needs-paste',
  /** Every technique was tried and none verified. */
  'failed',
] as const;
export type InsertStatus = (typeof INSERT_STATUSES)[number];

export const InsertResponseSchema = z.object({
  status: z.enum(INSERT_STATUSES),
  kind: z.optional(z.enum(EDITOR_KINDS)),
  /** Which technique worked (for the benchmark and for support). */
  method: z.optional(z.string()),
  /** Milliseconds the content script spent inserting and verifying. */
  elapsedMs: z.optional(z.number()),
});
export type InsertResponse = z.infer<typeof InsertResponseSchema>;

/** The field the officer is working in changed (or was left): what the panel needs to know about it. */
export const TargetChangedSchema = z.object({
  hasTarget: z.boolean(),
  kind: z.optional(z.enum(EDITOR_KINDS)),
  limit: z.optional(FieldLimitSchema),
  label: z.optional(z.string()),
  /** What the page asks in this field, for "Suggested for this field". */
  question: z.optional(z.string()),
});
export type TargetChanged = z.infer<typeof TargetChangedSchema>;

/** Most characters of page text one frame sends (a very long page is checked in part, and says so). */
export const MAX_PAGE_TEXT = 2_000_000;

/** Most child-frame origins one frame reports. */
export const MAX_FRAME_ORIGINS = 20;

export const PageTextRequestSchema = z.object({
  /** The officer's selection only, or the whole page. */
  scope: z.enum(['selection', 'page']),
});
export type PageTextRequest = z.infer<typeof PageTextRequestSchema>;

/** One document's text: this frame's own (`path` empty) or a same-origin editor frame inside it (indexes of nested iframes). */
export const PageTextSegmentSchema = z.object({
  path: z.array(z.number()),
  text: z.string().check(z.maxLength(MAX_PAGE_TEXT)),
});
export type PageTextSegment = z.infer<typeof PageTextSegmentSchema>;

export const PageTextResponseSchema = z.object({
  segments: z.array(PageTextSegmentSchema),
  isTop: z.boolean(),
  /** Google Docs draws its text on a canvas: the page has none to read. */
  canvasDocument: z.boolean(),
  /** The text was cut at MAX_PAGE_TEXT. */
  truncated: z.boolean(),
  /** This frame's own origin (`location.origin`). */
  origin: z.optional(z.string().check(z.maxLength(300))),
  /** Origins of shown child frames from other sites, from their addresses (the page's word): the panel compares them with the frames that answered. */
  frameOrigins: z.optional(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(MAX_FRAME_ORIGINS))),
});
export type PageTextResponse = z.infer<typeof PageTextResponseSchema>;

export const ShowEvidenceRequestSchema = z.object({
  path: z.array(z.number()),
  /** The sentence to find and highlight, as it was read. */
  quote: z.string().check(z.maxLength(10_000)),
});
export type ShowEvidenceRequest = z.infer<typeof ShowEvidenceRequestSchema>;

export const ShowEvidenceResponseSchema = z.object({ found: z.boolean() });
export type ShowEvidenceResponse = z.infer<typeof ShowEvidenceResponseSchema>;

/** The highlight's name, in the CSS the panel adds with `scripting.insertCSS` (`::highlight(sva-evidence)`). */
export const EVIDENCE_HIGHLIGHT = 'sva-evidence';
export const EVIDENCE_CSS = `::highlight(${EVIDENCE_HIGHLIGHT}) { background-color: #ffe066; color: #1a1a1a; text-decoration: underline 2px #7a5c00; }`;

/** Requests, by name: what the panel sends a frame and what the frame answers. */
export const REQUESTS = {
  probe: { request: ProbeRequestSchema, response: ProbeResponseSchema },
  insert: { request: InsertRequestSchema, response: InsertResponseSchema },
  pageText: { request: PageTextRequestSchema, response: PageTextResponseSchema },
  showEvidence: { request: ShowEvidenceRequestSchema, response: ShowEvidenceResponseSchema },
} as const satisfies Record<RequestName, unknown>;
export type RequestData<N extends RequestName> = z.infer<(typeof REQUESTS)[N]['request']>;
export type ResponseData<N extends RequestName> = z.infer<(typeof REQUESTS)[N]['response']>;

/** Pushes, by name: what a frame tells the extension's pages without being asked. */
export const PUSHES = {
  targetChanged: TargetChangedSchema,
} as const satisfies Record<PushName, unknown>;
export type PushData<N extends PushName> = z.infer<(typeof PUSHES)[N]>;

/** Every message travels in this envelope (envelope.ts), so stray messages (other extensions' pages, old versions) are told apart at once. */
export const EnvelopeSchema = z.object({
  channel: z.literal(CHANNEL),
  name: z.string(),
  data: z.unknown(),
});

/** Parses a frame's answer to request `name`; `undefined` when it is missing or malformed. */
export function parseResponse<N extends RequestName>(name: N, value: unknown): ResponseData<N> | undefined {
  const result = REQUESTS[name].response.safeParse(value);
  return result.success ? (result.data as ResponseData<N>) : undefined;
}
