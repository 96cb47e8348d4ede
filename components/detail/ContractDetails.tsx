import { useId } from 'react';
import type { PlaceholderValues } from '../../framework/placeholders';
import type { Placeholder } from '../../framework/schema';

/** The placeholders an officer fills here, with their labels and hints. */
const FIELDS: { name: Placeholder; label: string; hint?: string }[] = [
  { name: 'contractName', label: 'Contract name' },
  { name: 'contractTerm', label: 'Contract term', hint: 'For example: 3 years' },
  { name: 'locality', label: 'Locality', hint: 'For example: Crewe' },
  { name: 'organisation', label: 'Organisation' },
  { name: 'weighting', label: 'Social value weighting', hint: 'For example: 10%' },
  { name: 'questionWeighting', label: 'This question’s weighting', hint: 'Its share of the total, for example: 2%' },
  { name: 'target', label: 'KPI target' },
  { name: 'responseLimit', label: 'Response limit (words)', hint: 'Blank: the suggested limit' },
];

export interface ContractDetailsProps {
  values: PlaceholderValues;
  onChange: (values: PlaceholderValues) => void;
}

/** A small form whose values fill the placeholders in every stage's wording. */
export function ContractDetails({ values, onChange }: ContractDetailsProps) {
  const id = useId();
  const filled = FIELDS.filter((field) => values[field.name]?.trim()).length;
  return (
    <details className="disclosure contract-details">
      <summary>
        Contract details <span className="summary-note">({filled === 0 ? 'none filled in' : `${filled} of ${FIELDS.length} filled in`})</span>
      </summary>
      <div className="disclosure-body">
        <p className="muted">These fill the wording below. Anything left blank shows as [its name] for you to complete.</p>
        <div className="form-grid">
          {FIELDS.map((field) => (
            <div className="field" key={field.name}>
              <label htmlFor={`${id}-${field.name}`}>{field.label}</label>
              {field.hint && (
                <span className="hint" id={`${id}-${field.name}-hint`}>
                  {field.hint}
                </span>
              )}
              <input
                id={`${id}-${field.name}`}
                type="text"
                inputMode={field.name === 'responseLimit' ? 'numeric' : undefined}
                value={values[field.name] ?? ''}
                aria-describedby={field.hint ? `${id}-${field.name}-hint` : undefined}
                onChange={(event) => {
                  onChange({ ...values, [field.name]: event.target.value });
                }}
              />
            </div>
          ))}
        </div>
      </div>
    </details>
  );
}
