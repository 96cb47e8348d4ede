/**
 * Keyboard handling for the result list, as a pure function of the key and
 * the focused position, so it is tested without a browser.
 */
export type ListKeyAction =
  /** Focus the result at `index`. */
  | { type: 'focus'; index: number }
  /** Go back up to the search box (ArrowUp on the first result). */
  | { type: 'search-box' }
  /** Clear the search and go back to the search box. */
  | { type: 'clear' }
  /** A character was typed: send it to the search box. */
  | { type: 'type' }
  | { type: 'none' };

export interface KeyInfo {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** `index` is the focused result, or -1 for the search box. */
export function listKeyAction(event: KeyInfo, index: number, count: number): ListKeyAction {
  if (count === 0) return event.key === 'Escape' ? { type: 'clear' } : { type: 'none' };
  switch (event.key) {
    case 'ArrowDown':
      return { type: 'focus', index: Math.min(index + 1, count - 1) };
    case 'ArrowUp':
      return index <= 0 ? { type: 'search-box' } : { type: 'focus', index: index - 1 };
    case 'Home':
      return index < 0 ? { type: 'none' } : { type: 'focus', index: 0 };
    case 'End':
      return index < 0 ? { type: 'none' } : { type: 'focus', index: count - 1 };
    case 'Escape':
      return { type: 'clear' };
  }
  // A printable character typed on a result goes on into the search box.
  const printable = event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
  if (index >= 0 && printable && event.key !== ' ') return { type: 'type' };
  return { type: 'none' };
}
