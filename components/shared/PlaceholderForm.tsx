/**
 * Asked before Insert or Copy when the wording still has blank values: lists
 * them as a small form. "Save and insert" saves them to the open pack and
 * inserts the filled wording; the officer may instead choose to insert with
 * the placeholders left in. Escape or Cancel closes it and nothing happens.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { PlaceholderValues } from '../../framework/placeholders';
import { useEscape } from './use-escape';
import { ValueInput } from './ValueInput';
import type { ValueField } from './wording-values';

export interface PlaceholderFormProps {
  /** "insert" or "copy": the verb of the buttons. */
  action: 'insert' | 'copy';
  /** What the wording is: "tender question". */
  what: string;
  missing: readonly ValueField[];
  /** Where the values are saved, said under the form. */
  savedIn: string;
  onFill: (values: PlaceholderValues) => void;
  onLeaveIn: () => void;
  onCancel: () => void;
}

export function PlaceholderForm({ action, what, missing, savedIn, onFill, onLeaveIn, onCancel }: PlaceholderFormProps) {
  const id = useId();
  const [values, setValues] = useState<PlaceholderValues>({});
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    first.current?.focus();
  }, []);
  const verb = action === 'insert' ? 'insert' : 'copy';
  const Verb = action === 'insert' ? 'Insert' : 'Copy';

  // Escape closes the form only (the detail view would otherwise go back to the results).
  const form = useEscape<HTMLFormElement>(onCancel);

  return (
    <form
      className="placeholder-form"
      ref={form}
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        onFill(values);
      }}
    >
      <p id={`${id}-title`} className="placeholder-form-title">
        The {what} has {missing.length === 1 ? 'a value' : 'values'} still to fill in before you {verb} it:
      </p>
      {missing.map((field, index) => (
        <ValueInput
          key={field.name}
          idPrefix={id}
          field={field}
          value={values[field.name] ?? ''}
          inputRef={index === 0 ? first : undefined}
          onChange={(value) => {
            setValues({ ...values, [field.name]: value });
          }}
        />
      ))}
      <p className="muted">{savedIn}</p>
      <div className="actions">
        <button type="submit">Save and {verb}</button>
        <button type="button" onClick={onLeaveIn}>
          {Verb} with placeholders left in
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
