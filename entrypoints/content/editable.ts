/** What counts as a place the officer can type into, and how to find it. */

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'url', 'tel']);

export type TextField = HTMLTextAreaElement | HTMLInputElement;

export function isTextField(node: unknown): node is TextField {
  if (!(node instanceof Element)) return false;
  const tag = node.localName;
  if (tag === 'textarea') {
    const field = node as HTMLTextAreaElement;
    return !field.disabled && !field.readOnly;
  }
  if (tag === 'input') {
    const field = node as HTMLInputElement;
    return TEXT_INPUT_TYPES.has(field.type) && !field.disabled && !field.readOnly;
  }
  return false;
}

/**
 * The outermost contenteditable element around `node` (the editing host),
 * or null. Editors mark inner islands contenteditable=false; the host is
 * what receives focus, events and execCommand.
 */
export function editingHost(node: Node | null): HTMLElement | null {
  let element: Element | null = node instanceof Element ? node : (node?.parentElement ?? null);
  if (!(element instanceof HTMLElement) || !element.isContentEditable) return null;
  while (element.parentElement instanceof HTMLElement && element.parentElement.isContentEditable) {
    element = element.parentElement;
  }
  return element as HTMLElement;
}

/** The focused element, looking inside open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The editable thing at `node`: a text field, or a contenteditable host. */
export function editableAt(node: unknown): TextField | HTMLElement | null {
  if (isTextField(node)) return node;
  if (node instanceof Node) return editingHost(node);
  return null;
}

/** Chrome gives shadow roots their own getSelection(); other browsers use the document's. */
interface ShadowSelection {
  getSelection?: () => Selection | null;
}

export function selectionFor(element: Element): Selection | null {
  const root = element.getRootNode() as ShadowRoot | Document;
  if (root instanceof ShadowRoot) {
    const own = (root as ShadowRoot & ShadowSelection).getSelection?.();
    if (own) return own;
  }
  return element.ownerDocument.getSelection();
}

/** The current range in `host`, if the selection is inside it. */
export function rangeInside(host: HTMLElement): Range | null {
  const selection = selectionFor(host);
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return host.contains(range.startContainer) && host.contains(range.endContainer) ? range.cloneRange() : null;
}

/** A short human name for the field, for messages: its label, or aria-label, or placeholder. */
export function describeField(element: Element): string | undefined {
  const labelled = element.getAttribute('aria-labelledby');
  const fromIds = labelled
    ? labelled
        .split(/\s+/)
        .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
        .join(' ')
    : '';
  const labels = 'labels' in element ? [...((element as TextField).labels ?? [])].map((l) => l.textContent).join(' ') : '';
  const text = (fromIds || labels || element.getAttribute('aria-label') || element.getAttribute('placeholder') || '').replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, 120) : undefined;
}
