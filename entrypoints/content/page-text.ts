/**
 * The content script's side of "Check a draft": the text of this frame (the
 * officer's selection, or the whole page) and of the same-origin editor
 * frames inside it (TinyMCE's and CKEditor 4's iframes, which have no script
 * of their own), and "Show in page": find a sentence again, scroll to it and
 * highlight it with the CSS Custom Highlight API, which changes nothing in
 * the page's DOM (the panel adds the highlight's style with
 * `scripting.insertCSS`; a child editor frame gets it as an adopted style
 * sheet, also outside its DOM).
 */
import {
  EVIDENCE_CSS,
  EVIDENCE_HIGHLIGHT,
  MAX_FRAME_ORIGINS,
  MAX_PAGE_TEXT,
  type PageTextRequest,
  type PageTextResponse,
  type PageTextSegment,
  type ShowEvidenceRequest,
  type ShowEvidenceResponse,
} from './contract/protocol';
import { isShown } from './visibility';

/** Google Docs' editor (known by its structure, as insertion knows it): its text is drawn on a canvas, not in the DOM. */
function isCanvasDocument(doc: Document): boolean {
  return Boolean(doc.querySelector('.kix-appview-editor canvas, canvas.kix-canvas-tile-content, iframe.docs-texteventtarget-iframe'));
}

/** Same-origin child frames with a document to read, by index among the document's iframes; shown frames of other origins go in `others`. */
function childDocuments(doc: Document, others: Set<string>): { index: number; doc: Document }[] {
  const out: { index: number; doc: Document }[] = [];
  doc.querySelectorAll('iframe').forEach((frame, index) => {
    const child = frame.contentDocument;
    if (child?.body) out.push({ index, doc: child });
    // Another origin: that frame's own script answers for it, if it may run there (the panel compares).
    else if (!child && isShown(frame) && others.size < MAX_FRAME_ORIGINS) others.add(originOf(frame.src));
  });
  others.delete('null');
  return out;
}

function originOf(src: string): string {
  return URL.canParse(src, location.href) ? new URL(src, location.href).origin : 'null';
}

function selectionText(doc: Document): string {
  return doc.getSelection()?.toString() ?? '';
}

function documentText(doc: Document): string {
  const body = doc.body as HTMLElement | null;
  return body ? (body.innerText || body.textContent || '') : '';
}

export function pageText({ scope }: PageTextRequest): PageTextResponse {
  const segments: PageTextSegment[] = [];
  let truncated = false;
  let used = 0;
  const visit = (doc: Document, path: number[], depth: number): void => {
    const raw = scope === 'selection' ? selectionText(doc) : documentText(doc);
    const room = MAX_PAGE_TEXT - used;
    if (raw.trim() && room > 0) {
      if (raw.length > room) truncated = true;
      const text = raw.slice(0, room);
      used += text.length;
      segments.push({ path, text });
    }
    if (depth < 3) for (const child of childDocuments(doc, others)) visit(child.doc, [...path, child.index], depth + 1);
  };
  const others = new Set<string>();
  visit(document, [], 0);
  const origin = location.origin === 'null' ? self.origin : location.origin;
  return { segments, isTop: window === window.top, canvasDocument: isCanvasDocument(document), truncated, origin, frameOrigins: [...others] };
}

function documentAt(path: readonly number[]): Document | undefined {
  let doc: Document = document;
  for (const index of path) {
    const frame = doc.querySelectorAll('iframe')[index];
    let child: Document | null = null;
    try {
      child = frame?.contentDocument ?? null;
    } catch {
      return undefined;
    }
    if (!child) return undefined;
    doc = child;
  }
  return doc;
}

/** A range over the first place `quote` appears in the document's text, whitespace compared loosely. */
export function findQuote(doc: Document, quote: string): Range | undefined {
  const wanted = quote.replace(/\s+/g, ' ').trim();
  const body = doc.body as HTMLElement | null;
  if (!wanted || !body) return undefined;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let flat = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const parent = text.parentElement;
    if (parent && /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(parent.tagName)) continue;
    nodes.push(text);
    starts.push(flat.length);
    flat += text.data;
  }
  // Map the loosely spaced text back to offsets in `flat`.
  let loose = '';
  const back: number[] = [];
  let space = false;
  for (let i = 0; i < flat.length; i++) {
    const c = flat[i] ?? '';
    if (/\s/.test(c)) {
      if (!space && loose.length) {
        loose += ' ';
        back.push(i);
      }
      space = true;
    } else {
      loose += c;
      back.push(i);
      space = false;
    }
  }
  const at = loose.indexOf(wanted);
  if (at < 0) return undefined;
  const from = back[at] ?? 0;
  const to = (back[at + wanted.length - 1] ?? from) + 1;
  const locate = (offset: number): [Text, number] | undefined => {
    for (let k = nodes.length - 1; k >= 0; k--) {
      const start = starts[k] ?? 0;
      if (offset >= start) return [nodes[k] as Text, Math.min(offset - start, (nodes[k] as Text).data.length)];
    }
    return undefined;
  };
  const a = locate(from);
  const b = locate(to);
  if (!a || !b) return undefined;
  const range = doc.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1]);
  return range;
}

/** The CSS Custom Highlight API of a window (Chromium 105+, Firefox 140+). */
interface HighlightWindow {
  Highlight?: new (...ranges: Range[]) => object;
  CSS?: { highlights?: Map<string, object> };
  CSSStyleSheet: typeof CSSStyleSheet;
}

const styled = new WeakSet<Document>();

export function showEvidence({ path, quote }: ShowEvidenceRequest): ShowEvidenceResponse {
  const doc = documentAt(path);
  const view = doc?.defaultView as (Window & HighlightWindow) | null | undefined;
  if (!doc || !view) return { found: false };
  const range = findQuote(doc, quote);
  if (!range) return { found: false };
  if (path.length && !styled.has(doc)) {
    // A child editor frame: insertCSS does not reach it, so the style goes in as an adopted sheet (not a DOM node).
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(EVIDENCE_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    styled.add(doc);
  }
  if (view.Highlight && view.CSS?.highlights) view.CSS.highlights.set(EVIDENCE_HIGHLIGHT, new view.Highlight(range));
  const element = range.startContainer.parentElement;
  if (path.length) documentAt(path.slice(0, -1))?.querySelectorAll('iframe')[path[path.length - 1] ?? 0]?.scrollIntoView({ block: 'center' });
  element?.scrollIntoView({ block: 'center', behavior: 'instant' });
  return { found: true };
}
