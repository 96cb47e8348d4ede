/**
 * The page-world half of insertion. Editors keep their APIs on page objects
 * the content script's isolated world cannot see (CKEditor 5's
 * `ckeditorInstance`, `CKEDITOR`, `tinymce`, `Quill`), so for those editors
 * the panel runs `pageWorldInsert` in the inserting frame's own world with
 * `scripting.executeScript({ world: 'MAIN', func, args: [channel] })`
 * (Chromium; Firefox 128+), once per insertion.
 *
 * The content script then asks it to insert with a DOM event named
 * `channel` (both worlds share the DOM) and it answers with `channel` +
 * ANSWER_SUFFIX on the same element. The channel is a fresh random name per
 * insertion; the function serves one valid request and goes (one that did
 * nothing, such as a `paste` the editor ignored, leaves it for the adapter's
 * next technique, such as the `beforeinput` that then follows),
 * leaving no global and no listener behind. Each side parses what it
 * receives, since a page can dispatch any event; the content script reads the field back
 * afterwards whatever the answer says.
 */
import * as z from 'zod/mini';

/**
 * Operations the page-world function performs: with an editor's own API, or
 * (`paste`, `beforeinput`) the events an officer's Ctrl+V sends, dispatched
 * from the page's world so their data belongs to the page (Firefox hands a
 * content script's to the page empty).
 */
export const PAGE_OPERATIONS = ['ckeditor5', 'ckeditor4', 'tinymce', 'quill', 'summernote', 'jodit', 'paste', 'beforeinput'] as const;
export type PageOperation = (typeof PAGE_OPERATIONS)[number];

export const ANSWER_SUFFIX = ':answer';

export interface PageRequest {
  op: PageOperation;
  html: string;
  text: string;
}

export const PageAnswerSchema = z.object({
  /** The editor was found and its API accepted the content. */
  ok: z.boolean(),
  /** Why not, for debugging. */
  reason: z.optional(z.string()),
});
export type PageAnswer = z.infer<typeof PageAnswerSchema>;

/** A fresh, unguessable channel name for one insertion. */
export function newPageChannel(): string {
  return `sva-${crypto.randomUUID()}`;
}

/**
 * Runs in the page's world. `executeScript` sends the function's source, not
 * a closure: everything it uses is declared inside it, and it imports nothing.
 */
export function pageWorldInsert(channel: string): void {
  // Minimal shapes of the editor APIs called: the libraries' own types are not dependencies of the extension.
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
  interface SummernoteContext {
    invoke(command: string, ...args: unknown[]): unknown;
    modules?: { editor?: { history?: { recordUndo(): void } } };
  }
  interface JoditEditor {
    editor: Element;
    history?: { __processChanges?(): void; processChanges?(): void };
  }
  interface Answer {
    ok: boolean;
    reason?: string;
  }
  type Globals = Record<string, unknown>;
  const OPS = ['ckeditor5', 'ckeditor4', 'tinymce', 'quill', 'summernote', 'jodit', 'paste', 'beforeinput'];

  /**
   * This window's global, or the parent's: TinyMCE and CKEditor 4 edit inside
   * an iframe of the page that loaded them. Checked by shape, because named
   * access makes `window.tinymce` the iframe's <body id="tinymce">.
   */
  const globalWith = (key: string, member: string): unknown => {
    const usable = (value: unknown) =>
      (typeof value === 'object' || typeof value === 'function') && value !== null && member in value && !(value instanceof Node);
    const own = (window as unknown as Globals)[key];
    if (usable(own)) return own;
    try {
      const parents = (window.parent as unknown as Globals)[key];
      return usable(parents) ? parents : undefined;
    } catch {
      return undefined; // a cross-origin parent
    }
  };

  /**
   * CKEditor 4 and TinyMCE split the paragraph around pasted blocks (and drop
   * the space before the caret); unwrapping the first and last paragraphs
   * makes them merge with the text either side, as the other editors do.
   */
  const mergeEdgeParagraphs = (html: string): string => {
    const template = document.createElement('template');
    template.innerHTML = html;
    const content = template.content;
    for (const edge of new Set([content.firstElementChild, content.lastElementChild])) {
      if (edge?.localName === 'p') edge.replaceWith(...edge.childNodes);
    }
    return template.innerHTML;
  };

  const insertCk5 = (target: Element, html: string): Answer => {
    const root = target.closest<Element & { ckeditorInstance?: Ck5Editor }>('.ck-editor__editable');
    const editor = root?.ckeditorInstance;
    if (!editor) return { ok: false, reason: 'no CKEditor 5 instance' };
    editor.editing.view.focus();
    // One model change: replaces the selection and is one undo step.
    editor.model.insertContent(editor.data.toModel(editor.data.processor.toView(html)));
    return { ok: true };
  };

  const insertCk4 = (target: Element, html: string): Answer => {
    const ck = globalWith('CKEDITOR', 'instances') as { instances: Record<string, Ck4Editor> } | undefined;
    const editor = ck
      ? Object.values(ck.instances).find((e) => e.editable()?.$.contains(target) || e.document?.$ === target.ownerDocument)
      : undefined;
    if (!editor) return { ok: false, reason: 'no CKEditor 4 instance' };
    editor.focus();
    editor.insertHtml(mergeEdgeParagraphs(html));
    return { ok: true };
  };

  const insertTiny = (target: Element, html: string): Answer => {
    const tiny = globalWith('tinymce', 'get') as { get(): TinyEditor[] } | undefined;
    const editor = tiny?.get().find((e) => e.getBody()?.contains(target) || e.getDoc() === target.ownerDocument);
    if (!editor) return { ok: false, reason: 'no TinyMCE instance' };
    editor.focus();
    editor.insertContent(mergeEdgeParagraphs(html));
    return { ok: true };
  };

  const insertQuill = (target: Element, html: string): Answer => {
    const container = target.closest<Element & { __quill?: QuillEditor }>('.ql-container');
    if (!container) return { ok: false, reason: 'no Quill container' };
    const QuillClass = globalWith('Quill', 'find') as { find(node: Element): unknown } | undefined;
    const quill = (container.__quill ?? QuillClass?.find(container)) as QuillEditor | undefined;
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
  };

  const insertSummernote = (target: Element, html: string): Answer => {
    // Summernote keeps its context on the element it was started on, just before its `.note-editor`.
    const original = target.closest('.note-editor')?.previousElementSibling;
    const jq = globalWith('jQuery', 'fn') as ((element: Element) => { data(key: string): unknown }) | undefined;
    const context = original && jq ? (jq(original).data('summernote') as SummernoteContext | undefined) : undefined;
    if (!context?.invoke) return { ok: false, reason: 'no Summernote instance' };
    // Summernote snapshots its history only now and then (not after each word typed) and after its
    // own commands: snapshot the officer's text first, so Ctrl+Z goes back to exactly that.
    context.modules?.editor?.history?.recordUndo();
    context.invoke('editor.setLastRange');
    context.invoke('editor.pasteHTML', mergeEdgeParagraphs(html));
    return { ok: true };
  };

  /**
   * Jodit records a step of its history only once its DOM has been quiet
   * for a moment (a debounced snapshot): text typed just before, or a Ctrl+Z
   * pressed just after, would fall into the same step. Its history is told
   * to record what is pending before and after the insertion, so the
   * insertion is a step of its own. Jodit keeps its instance on the element
   * it was started on (`component`), beside its container (or on the
   * container itself, inline).
   */
  const insertJodit = (target: Element, html: string): Answer => {
    const wysiwyg = target.closest('.jodit-wysiwyg');
    const container = wysiwyg?.closest('.jodit-container, .jodit');
    type Owner = (Element & { component?: unknown }) | null | undefined;
    const candidates: Owner[] = [container, container?.nextElementSibling, container?.previousElementSibling];
    const editor = candidates.map((element) => element?.component as JoditEditor | undefined).find((jodit) => jodit?.editor === wysiwyg);
    if (!editor) return { ok: false, reason: 'no Jodit instance' };
    const history = editor.history;
    const record = () => {
      if (typeof history?.__processChanges === 'function') history.__processChanges();
      else if (typeof history?.processChanges === 'function') history.processChanges();
    };
    record();
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the browser's own command, as in techniques.ts
    const done = target.ownerDocument.execCommand('insertHTML', false, html);
    record();
    return done ? { ok: true } : { ok: false, reason: 'insertHTML refused' };
  };

  /** What the officer's clipboard would hold: made here, in the page's world, so the page may read it. No HTML (`''`): plain text only. */
  const transferOf = (text: string, html: string): DataTransfer => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', text);
    if (html) transfer.setData('text/html', html);
    return transfer;
  };
  const cancelledBy = (target: Element, event: Event): Answer =>
    target.dispatchEvent(event) ? { ok: false, reason: 'not cancelled' } : { ok: true };

  /**
   * A cancelable paste, as Ctrl+V sends it: an editor that takes paste
   * cancels it and inserts through its model. Firefox ignores the standard
   * `clipboardData` here and fills the event's own from its older
   * `dataType` / `data` (one type), so the HTML is added to that one.
   */
  const dispatchPaste = (target: Element, text: string, html: string): Answer => {
    const init: ClipboardEventInit & { dataType: string; data: string } = {
      bubbles: true,
      cancelable: true,
      composed: true,
      clipboardData: transferOf(text, html),
      dataType: 'text/plain',
      data: text,
    };
    const event = new ClipboardEvent('paste', init);
    const carried = event.clipboardData;
    if (html && carried && !carried.types.includes('text/html')) carried.setData('text/html', html);
    return cancelledBy(target, event);
  };

  /**
   * A beforeinput insertFromPaste on the editing host, with the range it
   * applies to, as the browser's own says: editors built on Input Events
   * (Trix) cancel it and insert at that range through their model.
   */
  const dispatchBeforeInput = (target: Element, text: string, html: string): Answer => {
    let host = target;
    while (host.parentElement?.isContentEditable) host = host.parentElement;
    const selection = target.ownerDocument.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
    const event = new InputEvent('beforeinput', {
      bubbles: true,
      cancelable: true,
      composed: true,
      inputType: 'insertFromPaste',
      data: null,
      dataTransfer: transferOf(text, html),
      ...(range ? { targetRanges: [new StaticRange(range)] } : {}),
    });
    return cancelledBy(host, event);
  };

  /** The request, if it has exactly the expected shape; a page may have sent anything. */
  const readRequest = (detail: unknown): { op: string; html: string; text: string } | undefined => {
    if (typeof detail !== 'string' || detail.length > 5_000_000) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(detail);
    } catch {
      return undefined;
    }
    if (typeof value !== 'object' || value === null) return undefined;
    const { op, html, text } = value as Record<string, unknown>;
    if (typeof op !== 'string' || !OPS.includes(op) || typeof html !== 'string' || typeof text !== 'string') return undefined;
    return { op, html, text };
  };

  const handle = (target: Element, op: string, html: string, text: string): Answer => {
    if (op === 'paste') return dispatchPaste(target, text, html);
    if (op === 'beforeinput') return dispatchBeforeInput(target, text, html);
    if (op === 'ckeditor5') return insertCk5(target, html);
    if (op === 'ckeditor4') return insertCk4(target, html);
    if (op === 'tinymce') return insertTiny(target, html);
    if (op === 'summernote') return insertSummernote(target, html);
    if (op === 'jodit') return insertJodit(target, html);
    return insertQuill(target, html);
  };

  const stop = () => {
    document.removeEventListener(channel, onRequest, true);
    clearTimeout(timer);
  };
  function onRequest(event: Event): void {
    const target = event.composedPath()[0];
    const request = readRequest((event as CustomEvent<unknown>).detail);
    if (!(target instanceof Element) || !request) return;
    // One insertion per run: deaf while handling it, and gone after it.
    document.removeEventListener(channel, onRequest, true);
    let answer: Answer;
    let didNothing = false;
    try {
      answer = handle(target, request.op, request.html, request.text);
      didNothing = !answer.ok;
    } catch (error) {
      answer = { ok: false, reason: error instanceof Error ? error.message : 'editor error' };
    }
    // A request that did nothing (no editor API there, an event the editor ignored) is followed by the
    // adapter's next technique (Quill's API, then its paste; a paste, then the beforeinput): that one is
    // still served (until the timer). One that did something, or failed halfway, ends the run.
    if (didNothing) document.addEventListener(channel, onRequest, true);
    else clearTimeout(timer);
    target.dispatchEvent(new CustomEvent(channel + ':answer', { detail: JSON.stringify(answer) }));
  }
  document.addEventListener(channel, onRequest, true);
  // Unused (the insertion went another way, or never came): gone after a while.
  const timer = setTimeout(stop, 10_000);
}
