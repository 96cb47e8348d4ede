import { useId } from 'react';
import type { Framework } from '../../framework/schema';
import { activeFilterCount, filterOptions, setFilter, NO_FILTERS, type FilterOption, type Filters } from './filters';

export interface FilterBarProps {
  framework: Framework;
  filters: Filters;
  onChange: (filters: Filters) => void;
}

const FIELDS: { key: keyof Filters; label: string; any: string; options: (o: ReturnType<typeof filterOptions>) => FilterOption[] }[] = [
  { key: 'theme', label: 'Theme', any: 'Any theme', options: (o) => o.themes },
  { key: 'marmotPriority', label: 'Marmot priority', any: 'Any Marmot priority', options: (o) => o.marmotPriorities },
  { key: 'outcome', label: 'Outcome', any: 'Any outcome', options: (o) => o.outcomes },
  { key: 'measureType', label: 'Measure type', any: 'Any measure type', options: (o) => o.measureTypes },
];

/** Theme, Marmot priority, outcome and measure type filters, folded into a disclosure. */
export function FilterBar({ framework, filters, onChange }: FilterBarProps) {
  const id = useId();
  const options = filterOptions(framework, filters.theme);
  const active = activeFilterCount(filters);
  return (
    <details className="filters">
      <summary>
        Filters
        {active > 0 && <span className="filter-count">{active} on</span>}
      </summary>
      <div className="filter-grid">
        {FIELDS.map((field) => (
          <div className="field" key={field.key}>
            <label htmlFor={`${id}-${field.key}`}>{field.label}</label>
            <select
              id={`${id}-${field.key}`}
              value={filters[field.key]}
              onChange={(event) => {
                onChange(setFilter(framework, filters, field.key, event.target.value));
              }}
            >
              <option value="">{field.any}</option>
              {field.options(options).map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      {active > 0 && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            onChange(NO_FILTERS);
          }}
        >
          Clear filters
        </button>
      )}
    </details>
  );
}
