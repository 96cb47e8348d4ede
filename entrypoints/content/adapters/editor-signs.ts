/**
 * Signs that a contenteditable we have no adapter for belongs to an editor
 * that keeps its own model (and so must be reached through its events, never
 * by writing the DOM behind its back): a custom element as the editing host,
 * a view-managed child of a wrapper, or classes and data attributes that
 * editor libraries put on their editing surface and its wrappers. A bare
 * `contenteditable` in a page's own markup shows none of these.
 */

/** Class or attribute names editor libraries use (Trix, Summernote, Jodit, Squire, medium-editor, pell, Redactor, Froala, Kendo…). */
const EDITOR_WORDS = /(^|[-_])(editor|wysiwyg|rte|richtext|rich-text|trix|note|jodit|medium|pell|redactor|fr-element|k-editor|sun-editor|ql|ck|mce)([-_]|$)/i;

/** How far up the tree an editor's wrapper is looked for. */
const ANCESTOR_DEPTH = 4;

function hasEditorName(element: Element): boolean {
  for (const name of element.classList) if (EDITOR_WORDS.test(name)) return true;
  for (const { name } of element.attributes) {
    if (name.startsWith('data-') && EDITOR_WORDS.test(name.slice(5))) return true;
  }
  return false;
}

/** Whether `host` (a contenteditable editing host) looks managed by an editor library. */
export function looksModelManaged(host: HTMLElement): boolean {
  // A custom element (<trix-editor>, <sv-answer-box>'s inner editor…) is a component with its own state.
  if (host.localName.includes('-')) return true;
  let element: Element | null = host;
  for (let depth = 0; element && depth <= ANCESTOR_DEPTH; depth += 1) {
    if (hasEditorName(element)) return true;
    element = element.parentElement;
  }
  // contenteditable on a child of a non-editable wrapper that also holds a toolbar: a view, not page markup.
  const parent = host.parentElement;
  return !!parent && parent.querySelector(':scope > [role="toolbar"], :scope > * [role="toolbar"]') !== null;
}
