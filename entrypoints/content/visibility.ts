/**
 * Whether the officer can see an element: used where the extension cannot
 * tell whether the officer chose it (a field focused when the script
 * arrives, a cross-origin frame holding focus), so that a page cannot hand
 * the extension a hidden field or frame by focusing it from script.
 */

/** Smallest width and height, in CSS pixels, of something a person can click into. */
const MIN_SIZE = 2;

interface VisibilityOptions {
  checkOpacity?: boolean;
  checkVisibilityCSS?: boolean;
  opacityProperty?: boolean;
  visibilityProperty?: boolean;
}

/** Laid out, at least 2 × 2 pixels, not transparent or `visibility: hidden` (itself or an ancestor), not placed off the page. */
export function isShown(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  if (rect.width < MIN_SIZE || rect.height < MIN_SIZE) return false;
  // Both spellings of the options: older Chromium and Firefox know the first pair, the standard the second.
  const options: VisibilityOptions = { checkOpacity: true, checkVisibilityCSS: true, opacityProperty: true, visibilityProperty: true };
  const checkable = element as Element & { checkVisibility?: (options: VisibilityOptions) => boolean };
  if (typeof checkable.checkVisibility === 'function' && !checkable.checkVisibility(options)) return false;
  const view = element.ownerDocument.defaultView;
  return rect.right + (view?.scrollX ?? 0) > 0 && rect.bottom + (view?.scrollY ?? 0) > 0;
}

/**
 * This frame itself is shown: its viewport is at least 2 × 2 pixels and,
 * where the parent is same-origin (readable), its frame element is shown
 * there, and so on up. A cross-origin parent cannot be read: then only the
 * viewport's size is known.
 */
export function frameIsShown(win: Window = window): boolean {
  if (win.innerWidth < MIN_SIZE || win.innerHeight < MIN_SIZE) return false;
  let frame: Element | null;
  try {
    frame = win.frameElement;
  } catch {
    return true;
  }
  if (!frame) return true;
  const parent = frame.ownerDocument.defaultView;
  return isShown(frame) && (!parent || frameIsShown(parent));
}
