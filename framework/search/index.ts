/**
 * The search engine's one entry: `createSearch(framework).search(query,
 * options)` and the types it takes and returns, plus the highlight ranges
 * ([start, end), see ranges.ts) and their merge, which the panel uses to
 * draw them. Code outside this folder imports only this file (unit tests
 * of the parts, such as normalise.ts and vocabulary.ts, reach into them).
 */
export { createSearch } from './engine';
export { mergeRanges, type Range } from './ranges';
export type { CreateSearchOptions, FrameworkSearch, SearchFilters, SearchHit, SearchMatch, SearchOptions } from './types';
