/** Searches an officer might start with, shown before anything is typed. */
export const EXAMPLE_SEARCHES = [
  'apprenticeships',
  'carbon transport',
  'charity spend',
  'jobs for disabled people',
  'mental health',
  'local supply chain',
  'EV',
  'real living wage',
];

/** Before a search: what the panel does and example searches to try; after a search with no close matches, the examples alone. */
export function EmptyState({ onPick, examplesOnly = false }: { onPick: (query: string) => void; examplesOnly?: boolean }) {
  return (
    <div className="empty">
      {!examplesOnly && <p>Search the framework’s indicators, outcomes and wording. Typos and everyday words are fine.</p>}
      <h2 className="empty-heading">Try searching for</h2>
      <ul className="chips">
        {EXAMPLE_SEARCHES.map((example) => (
          <li key={example}>
            <button
              type="button"
              className="chip"
              onClick={() => {
                onPick(example);
              }}
            >
              {example}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
