/**
 * The page-world helper: runs in the page's own JavaScript world (injected
 * with `scripting.executeScript({ world: 'MAIN' })` into the one frame that
 * inserts) because editors keep their APIs on page objects: CKEditor 5's
 * `ckeditorInstance`, `CKEDITOR`, `tinymce`, `Quill`. It answers requests
 * from the content script (entrypoints/content/page-bridge.ts) and does
 * nothing else. It must stay tiny and import nothing heavy.
 */
import { PAGE_EVENT, type PageRequest, type PageResponse } from './content/page-events';

// Minimal shapes of the editor APIs we call: the libraries' own types are not
// dependencies of the extension.
interface Ck5Editor {
  data: { processor: { toView(html: string): unknown }; toModel(view: unknown): unknown };
  model: { insertContent(content: unknown): void };
  editing: { view: { focus(): void } };
}
interface Ck4Editor {
  editable(): { $: Element } | null;
  document?: { $: Document } | null;
  focus(): void;
  insertHtml(html: string): void;
}
interface TinyEditor {
  getBody(): Element | null;
  getDoc(): Document | null;
  focus(): void;
  insertContent(html: string): void;
}
interface QuillEditor {
  getSelection(focus: boolean): { index: number; length: number } | null;
  deleteText(index: number, length: number, source: string): void;
  clipboard: { dangerouslyPasteHTML(index: number, html: string, source: string): void };
  history?: { cutoff(): void };
}
interface PageGlobals {
  CKEDITOR?: { instances: Record<string, Ck4Editor> };
  tinymce?: { get(): TinyEditor[] };
  Quill?: { find(node: Element, bubble?: boolean): unknown };
  __svaPageWorld?: boolean;
}

/**
 * This window's global, or the parent's: TinyMCE and CKEditor 4 edit inside
 * an iframe of the page that loaded them. Checked by shape, because named
 * access makes `window.tinymce` the iframe's <body id="tinymce">.
 */
function globalsWith<K extends 'CKEDITOR' | 'tinymce' | 'Quill'>(key: K, member: string): PageGlobals[K] {
  const usable = (value: unknown): value is NonNullable<PageGlobals[K]> =>
    typeof value === 'object' || typeof value === 'function' ? value !== null && member in value && !(value instanceof Node) : false;
  const own = (window as unknown as PageGlobals)[key];
  if (usable(own)) return own;
  try {
    const parents = (window.parent as unknown as PageGlobals)[key];
    return usable(parents) ? parents : undefined;
  } catch {
    return undefined; // a cross-origin parent
  }
}

function insertCk5(target: Element, html: string): PageResponse {
  const root = target.closest<Element & { ckeditorInstance?: Ck5Editor }>('.ck-editor__editable');
  const editor = root?.ckeditorInstance;
  if (!editor) return { ok: false, reason: 'no CKEditor 5 instance' };
  editor.editing.view.focus();
  // One model change: replaces the selection and is one undo step.
  editor.model.insertContent(editor.data.toModel(editor.data.processor.toView(html)));
  return { ok: true };
}

/**
 * CKEditor 4 and TinyMCE split the paragraph around pasted blocks (and drops the space
 * before the caret); unwrapping the first and last paragraphs makes it merge
 * them with the text either side, as the other editors do.
 */
function mergeEdgeParagraphs(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  const content = template.content;
  for (const edge of new Set([content.firstElementChild, content.lastElementChild])) {
    if (edge?.localName === 'p') edge.replaceWith(...edge.childNodes);
  }
  return template.innerHTML;
}

function insertCk4(target: Element, html: string): PageResponse {
  const ck = globalsWith('CKEDITOR', 'instances');
  const editor = ck
    ? Object.values(ck.instances).find((e) => e.editable()?.$.contains(target) || e.document?.$ === target.ownerDocument)
    : undefined;
  if (!editor) return { ok: false, reason: 'no CKEditor 4 instance' };
  editor.focus();
  editor.insertHtml(mergeEdgeParagraphs(html));
  return { ok: true };
}

function insertTiny(target: Element, html: string): PageResponse {
  const editor = globalsWith('tinymce', 'get')
    ?.get()
    .find((e) => e.getBody()?.contains(target) || e.getDoc() === target.ownerDocument);
  if (!editor) return { ok: false, reason: 'no TinyMCE instance' };
  editor.focus();
  editor.insertContent(mergeEdgeParagraphs(html));
  return { ok: true };
}

function insertQuill(target: Element, html: string): PageResponse {
  const container = target.closest<Element & { __quill?: QuillEditor }>('.ql-container');
  if (!container) return { ok: false, reason: 'no Quill container' };
  const quill = (container.__quill ?? globalsWith('Quill', 'find')?.find(container)) as QuillEditor | undefined;
  if (!quill?.clipboard) return { ok: false, reason: 'no Quill instance' };
  const range = quill.getSelection(true);
  if (!range) return { ok: false, reason: 'no Quill selection' };
  // Quill merges changes made within a second into one undo step: keep the
  // officer's typing and the insertion apart, so Ctrl+Z removes only the insertion.
  quill.history?.cutoff();
  if (range.length > 0) quill.deleteText(range.index, range.length, 'user');
  quill.clipboard.dangerouslyPasteHTML(range.index, html, 'user');
  quill.history?.cutoff();
  return { ok: true };
}

function handle(target: Element, request: PageRequest): PageResponse {
  switch (request.op) {
    case 'ckeditor5':
      return insertCk5(target, request.html);
    case 'ckeditor4':
      return insertCk4(target, request.html);
    case 'tinymce':
      return insertTiny(target, request.html);
    case 'quill':
      return insertQuill(target, request.html);
    default:
      return { ok: false, reason: 'unknown operation' };
  }
}

export default defineUnlistedScript(() => {
  const globals = window as unknown as PageGlobals;
  if (globals.__svaPageWorld) return;
  globals.__svaPageWorld = true;
  document.addEventListener(
    PAGE_EVENT.request,
    (event) => {
      const target = event.composedPath()[0];
      const detail: unknown = (event as CustomEvent<unknown>).detail;
      if (!(target instanceof Element) || typeof detail !== 'string') return;
      let response: PageResponse;
      try {
        response = handle(target, JSON.parse(detail) as PageRequest);
      } catch (error) {
        response = { ok: false, reason: error instanceof Error ? error.message : 'editor error' };
      }
      target.dispatchEvent(new CustomEvent(PAGE_EVENT.response, { detail: JSON.stringify(response) }));
    },
    true,
  );
});
