/**
 * Names shared by the content script and the page-world helper
 * (entrypoints/page-world.ts), kept apart from protocol.ts so the helper
 * bundles nothing else.
 */
export const PAGE_EVENT = {
  request: 'sva-page-request',
  response: 'sva-page-response',
} as const;

/** Operations the page-world helper performs with an editor's own API. */
export type PageOperation = 'ckeditor5' | 'ckeditor4' | 'tinymce' | 'quill';

export interface PageRequest {
  op: PageOperation;
  html: string;
  text: string;
}

export interface PageResponse {
  /** The editor was found and its API accepted the content. */
  ok: boolean;
  /** Why not, for debugging. */
  reason?: string;
}
