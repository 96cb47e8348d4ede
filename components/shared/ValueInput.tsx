import type { Ref } from 'react';
import type { ValueField } from './wording-values';

export interface ValueInputProps {
  /** Prefix of the ids (from useId), so several forms can share a page. */
  idPrefix: string;
  field: ValueField;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  readOnly?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** One value of the wording as a labelled text field, with its hint. */
export function ValueInput({ idPrefix, field, value, onChange, onBlur, readOnly, inputRef }: ValueInputProps) {
  const id = `${idPrefix}-${field.name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{field.label}</label>
      {field.hint && (
        <span className="hint" id={`${id}-hint`}>
          {field.hint}
        </span>
      )}
      <input
        id={id}
        ref={inputRef}
        type="text"
        inputMode={field.numeric ? 'decimal' : undefined}
        value={value}
        readOnly={readOnly}
        aria-describedby={field.hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        onBlur={onBlur}
      />
    </div>
  );
}
