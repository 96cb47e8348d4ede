import type { Suggestion } from './suggest';

export interface NoResultsProps {
  query: string;
  suggestions: readonly Suggestion[];
  filtersOn: boolean;
  onPick: (suggestion: Suggestion) => void;
  onClearFilters: () => void;
  /** Nearest topics follow (weak hits): say there is no close match rather than nothing at all. */
  nearest?: boolean;
}

/** Nothing matched: offer close matches, and clearing the filters if any are on. */
export function NoResults({ query, suggestions, filtersOn, onPick, onClearFilters, nearest = false }: NoResultsProps) {
  return (
    <div className="empty">
      {query && nearest ? (
        <p>
          No close match for <strong>“{query}”</strong>
          {filtersOn ? ' with these filters' : ''}: the framework does not cover it. The nearest topics are below.
        </p>
      ) : query ? (
        <p>
          No indicators match <strong>“{query}”</strong>
          {filtersOn ? ' with these filters' : ''}.
        </p>
      ) : (
        <p>No indicators match these filters together.</p>
      )}
      {suggestions.length > 0 && (
        <>
          <h2 className="empty-heading">Close matches</h2>
          <ul className="chips">
            {suggestions.map((suggestion) => (
              <li key={`${suggestion.query}|${String(suggestion.clearFilters)}`}>
                <button
                  type="button"
                  className="chip"
                  onClick={() => {
                    onPick(suggestion);
                  }}
                >
                  {suggestion.query}
                  <span className="chip-note">
                    {' '}
                    ({suggestion.count} {suggestion.count === 1 ? 'result' : 'results'}
                    {suggestion.clearFilters ? ', all filters off' : ''})
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {filtersOn && (
        <button type="button" className="link-button" onClick={onClearFilters}>
          Clear filters
        </button>
      )}
      {query && <p className="muted">Try fewer words, or another word for the same thing.</p>}
    </div>
  );
}
