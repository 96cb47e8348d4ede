import { useEffect, type KeyboardEvent, type RefObject } from 'react';

export interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  inputRef: RefObject<HTMLInputElement | null>;
}

/** The search box: focused when the panel opens, searched on every keystroke. */
export function SearchBox({ value, onChange, onKeyDown, inputRef }: SearchBoxProps) {
  useEffect(() => {
    inputRef.current?.focus();
  }, [inputRef]);

  return (
    <div className="search-field" role="search">
      <label htmlFor="search-input" className="visually-hidden">
        Search the framework
      </label>
      <svg className="search-icon" aria-hidden="true" viewBox="0 0 20 20" width="18" height="18">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        id="search-input"
        ref={inputRef}
        type="search"
        autoComplete="off"
        spellCheck={false}
        placeholder="e.g. apprenticeships, carbon"
        aria-describedby="search-hint"
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        onKeyDown={onKeyDown}
      />
      <span id="search-hint" className="visually-hidden">
        Results update as you type. Use the down arrow to move to the results and Escape to clear.
      </span>
    </div>
  );
}
