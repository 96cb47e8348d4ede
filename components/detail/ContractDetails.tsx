import { useId, useState } from 'react';
import type { PlaceholderValues } from '../../framework/placeholders';
import type { Placeholder } from '../../framework/schema';
import { ValueInput } from '../shared/ValueInput';
import { VALUE_FIELDS } from '../shared/wording-values';

export interface ContractDetailsProps {
  /** The values saved in the open pack for this indicator (blank where it has none). */
  values: PlaceholderValues;
  /** The name of the open pack, where they are saved. */
  packName: string;
  /** Fields the organisation's policy fixes: shown, read-only. */
  locked: ReadonlySet<Placeholder>;
  /** Saves one changed value. */
  onChange: (values: PlaceholderValues) => void;
}

/** A small form whose values fill the placeholders in every stage's wording, saved in the open pack. */
export function ContractDetails({ values, packName, locked, onChange }: ContractDetailsProps) {
  const id = useId();
  // What is being typed, shown as typed (a number such as "12." is saved once it reads as one).
  const [typing, setTyping] = useState<PlaceholderValues>({});
  const shown = (name: Placeholder) => typing[name] ?? values[name] ?? '';
  const filled = VALUE_FIELDS.filter((field) => shown(field.name).trim()).length;
  return (
    <details className="disclosure contract-details">
      <summary>
        Contract details <span className="summary-note">({filled === 0 ? 'none filled in' : `${String(filled)} of ${String(VALUE_FIELDS.length)} filled in`})</span>
      </summary>
      <div className="disclosure-body">
        <p className="muted">
          These fill the wording below and are saved in your pack “{packName}”; the KPI target, the question’s weighting and the response limit are kept with this indicator in it. Anything left blank shows as [its name] for you to complete.
        </p>
        <div className="form-grid">
          {VALUE_FIELDS.map((field) => (
            <ValueInput
              key={field.name}
              idPrefix={id}
              field={locked.has(field.name) ? { ...field, hint: 'Set by your organisation' } : field}
              readOnly={locked.has(field.name)}
              value={locked.has(field.name) ? '' : shown(field.name)}
              onChange={(value) => {
                setTyping({ ...typing, [field.name]: value });
                onChange({ [field.name]: value });
              }}
              onBlur={() => {
                setTyping((now) => Object.fromEntries(Object.entries(now).filter(([name]) => name !== field.name)));
              }}
            />
          ))}
        </div>
      </div>
    </details>
  );
}
