/**
 * Arrow-key navigation between the search box and the results' main
 * buttons (Enter or click opens a result, as buttons do natively).
 */
import { useCallback, useRef, type KeyboardEvent } from 'react';
import { listKeyAction } from './list-keys';

export interface ListNavigation {
  /** Ref callback for the focusable element of result `index`. */
  itemRef: (index: number) => (element: HTMLElement | null) => void;
  /** Key handler for result `index`, or -1 for the search box. */
  onKeyDown: (index: number) => (event: KeyboardEvent) => void;
  focusItem: (index: number) => void;
}

export function useListNavigation(
  count: number,
  searchBox: React.RefObject<HTMLInputElement | null>,
  onClear: () => void,
): ListNavigation {
  const items = useRef(new Map<number, HTMLElement>());

  const itemRef = useCallback(
    (index: number) => (element: HTMLElement | null) => {
      if (element) items.current.set(index, element);
      else items.current.delete(index);
    },
    [],
  );

  const focusItem = useCallback((index: number) => {
    const element = items.current.get(index);
    element?.focus();
    element?.scrollIntoView({ block: 'nearest' });
  }, []);

  const onKeyDown = useCallback(
    (index: number) => (event: KeyboardEvent) => {
      const action = listKeyAction(event, index, count);
      switch (action.type) {
        case 'focus':
          event.preventDefault();
          focusItem(action.index);
          break;
        case 'search-box':
          event.preventDefault();
          searchBox.current?.focus();
          break;
        case 'clear':
          event.preventDefault();
          onClear();
          searchBox.current?.focus();
          break;
        case 'type':
          // Focus moves before the key's default action, so the character
          // lands in the search box.
          searchBox.current?.focus();
          break;
        case 'none':
          break;
      }
    },
    [count, focusItem, onClear, searchBox],
  );

  return { itemRef, onKeyDown, focusItem };
}
