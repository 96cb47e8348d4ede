/** The result count, as shown and as announced to screen readers. */
export function describeCount(count: number, query: string, filterCount: number): string {
  const results = count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`;
  const forQuery = query.trim() ? ` for “${query.trim()}”` : '';
  const filtered = filterCount === 0 ? '' : filterCount === 1 ? ' with 1 filter' : ` with ${filterCount} filters`;
  return `${results}${forQuery}${filtered}`;
}
