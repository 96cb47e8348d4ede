/**
 * The typed messages between the panel (or any extension page) and the
 * insertion content script. Every message that crosses the boundary is
 * validated with zod on arrival: pages are hostile ground, and a stale
 * content script from an older version may answer in an older shape.
 * `zod/mini` keeps the content script small.
 */
import * as z from 'zod/mini';

/** Message names, by direction (panel → content). */
export const MESSAGE = {
  probe: 'sva/insert/probe',
  insert: 'sva/insert/insert',
} as const;

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

export const ProbeRequestSchema = z.object({
  type: z.literal(MESSAGE.probe),
});
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
  /** Whether the chosen technique needs the page-world helper script. */
  needsPageWorld: z.boolean(),
  limit: z.optional(FieldLimitSchema),
  /** Characters (or words, per the limit's unit) already in the field, not counting the selection that will be replaced. */
  used: z.optional(z.number()),
  /** A short description of the field for messages ("Social value question"). */
  label: z.optional(z.string()),
  /** The caret is in a child frame of this origin, which the extension cannot reach yet. */
  blockedFrameOrigin: z.optional(z.string()),
});
export type ProbeResponse = z.infer<typeof ProbeResponseSchema>;

export const InsertRequestSchema = z.object({
  type: z.literal(MESSAGE.insert),
  text: z.string(),
  html: z.string(),
  /** The officer chose "Insert anyway" for a limit the browser does not enforce. */
  allowOverLimit: z.boolean(),
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

export const ContentRequestSchema = z.discriminatedUnion('type', [ProbeRequestSchema, InsertRequestSchema]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

/** Validates an answer from a content script; `undefined` when it is missing or malformed. */
export function parseProbeResponse(value: unknown): ProbeResponse | undefined {
  const result = ProbeResponseSchema.safeParse(value);
  return result.success ? result.data : undefined;
}

export function parseInsertResponse(value: unknown): InsertResponse | undefined {
  const result = InsertResponseSchema.safeParse(value);
  return result.success ? result.data : undefined;
}
