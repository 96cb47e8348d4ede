/**
 * "Suggested for this field": above the results, the indicators that best
 * answer the question of the field the officer is in, with its limit.
 */
import { useMemo } from 'react';
import type { FieldInHand } from '../insert/field-in-hand';
import type { PanelSearch } from './engine';
import { fieldSuggestions } from './field-suggestions';

function describeLimit(field: FieldInHand): string | undefined {
  const limit = field.limit;
  if (!limit) return undefined;
  return `Limit for this field: ${limit.max.toLocaleString('en-GB')} ${limit.unit}${limit.enforced ? ' (the field stops at this)' : ''}.`;
}

export function FieldSuggestions({ search, field, onOpen }: { search: PanelSearch; field: FieldInHand | undefined; onOpen: (id: string) => void }) {
  const hits = useMemo(() => fieldSuggestions(search, field?.question), [search, field?.question]);
  if (!field || hits.length === 0) return null;
  const limit = describeLimit(field);
  return (
    <section className="field-suggestions" aria-labelledby="field-suggestions-heading">
      <h2 id="field-suggestions-heading" className="field-suggestions-title">
        Suggested for this field
      </h2>
      {limit && <p className="field-suggestions-limit">{limit}</p>}
      <ul>
        {hits.map((hit) => (
          <li key={hit.indicator.id}>
            <button
              type="button"
              className="field-suggestion"
              data-indicator={hit.indicator.id}
              onClick={() => {
                onOpen(hit.indicator.id);
              }}
            >
              {hit.indicator.text}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
