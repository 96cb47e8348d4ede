import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../../framework';
import { listKeyAction } from '../../../components/search/list-keys';
import { activeFilterCount, filterOptions, NO_FILTERS, setFilter } from '../../../components/search/filters';
import { splitByRanges } from '../../../components/search/ranges';
import { mergeRanges } from '../../../framework/search';
import { describeCount } from '../../../components/search/status';
import { frameworkWords, suggest } from '../../../components/search/suggest';
import { createPanelSearch } from '../../../components/search/engine';
import { shortName } from '../../../components/search/ResultList';

describe('filter options', () => {
  it('offers every theme, Marmot priority and outcome, without trailing full stops', () => {
    const options = filterOptions(defaultFramework);
    expect(options.themes.map((o) => o.label)).toEqual(['Social', 'Economic', 'Environmental', 'Social Innovation']);
    expect(options.marmotPriorities.map((o) => o.label)).toContain('Fair employment and good work');
    expect(options.outcomes).toHaveLength(defaultFramework.outcomes.length);
    expect(options.measureTypes.map((o) => o.label)).toContain('Money (£)');
  });

  it('narrows outcomes to the chosen theme’s, and drops an outcome the new theme lacks', () => {
    const environmental = filterOptions(defaultFramework, 'environmental').outcomes.map((o) => o.value);
    expect(environmental).toContain('air-pollution-reduced');
    expect(environmental).not.toContain('local-employment');
    const chosen = setFilter(defaultFramework, NO_FILTERS, 'outcome', 'local-employment');
    expect(setFilter(defaultFramework, chosen, 'theme', 'economic').outcome).toBe('local-employment');
    expect(setFilter(defaultFramework, chosen, 'theme', 'environmental').outcome).toBe('');
    expect(activeFilterCount(setFilter(defaultFramework, chosen, 'theme', 'economic'))).toBe(2);
  });
});

describe('result list keys', () => {
  it('moves down and up through results and back to the search box', () => {
    expect(listKeyAction({ key: 'ArrowDown' }, -1, 5)).toEqual({ type: 'focus', index: 0 });
    expect(listKeyAction({ key: 'ArrowDown' }, 4, 5)).toEqual({ type: 'focus', index: 4 });
    expect(listKeyAction({ key: 'ArrowUp' }, 2, 5)).toEqual({ type: 'focus', index: 1 });
    expect(listKeyAction({ key: 'ArrowUp' }, 0, 5)).toEqual({ type: 'search-box' });
    expect(listKeyAction({ key: 'End' }, 1, 5)).toEqual({ type: 'focus', index: 4 });
  });

  it('clears on Escape and sends typed characters back to the search box', () => {
    expect(listKeyAction({ key: 'Escape' }, 3, 5)).toEqual({ type: 'clear' });
    expect(listKeyAction({ key: 'Escape' }, -1, 0)).toEqual({ type: 'clear' });
    expect(listKeyAction({ key: 'c' }, 3, 5)).toEqual({ type: 'type' });
    expect(listKeyAction({ key: 'c', ctrlKey: true }, 3, 5)).toEqual({ type: 'none' });
    expect(listKeyAction({ key: 'Enter' }, 3, 5)).toEqual({ type: 'none' });
  });
});

describe('highlight ranges', () => {
  it('merges overlapping ranges and splits text into marked pieces', () => {
    expect(mergeRanges([[6, 10], [0, 3], [2, 5], [9, 40]], 12)).toEqual([[0, 5], [6, 12]]);
    expect(splitByRanges('local people employed', [[0, 5], [6, 12]])).toEqual([
      { text: 'local', marked: true },
      { text: ' ', marked: false },
      { text: 'people', marked: true },
      { text: ' employed', marked: false },
    ]);
  });
});

describe('result count', () => {
  it('reads naturally for none, one and many, with filters', () => {
    expect(describeCount(0, 'xyz', 0)).toBe('No results for “xyz”');
    expect(describeCount(1, ' carbon ', 1)).toBe('1 result for “carbon” with 1 filter');
    expect(describeCount(17, '', 2)).toBe('17 results with 2 filters');
  });
});

describe('the panel’s search', () => {
  const search = createPanelSearch(defaultFramework);

  it('highlights matched words in the indicator wording', () => {
    const [top] = search.run('apprenticeships', NO_FILTERS);
    expect(top?.indicator.id).toBe('apprenticeship-weeks');
    const marked = splitByRanges(top?.indicator.text ?? '', top?.ranges ?? []).filter((p) => p.marked).map((p) => p.text.toLowerCase());
    expect(marked).toContain('apprenticeships');
  });

  it('suggests clearing the filters when they hide every match', () => {
    const filters = { ...NO_FILTERS, theme: 'environmental' };
    expect(search.run('apprenticeships', filters)).toEqual([]);
    expect(search.suggest('apprenticeships', filters)[0]).toMatchObject({ query: 'apprenticeships', clearFilters: true });
  });

  it('suggests fewer words when the words together match nothing', () => {
    const found = suggest('dementia qwxzv', NO_FILTERS, [], (query) => (query === 'dementia' ? 2 : 0));
    expect(found).toEqual([{ query: 'dementia', clearFilters: false, count: 2 }]);
  });

  it('corrects a word to the nearest in the framework’s vocabulary', () => {
    const vocabulary = frameworkWords(defaultFramework);
    const counted: string[] = [];
    const found = suggest('slavxry', NO_FILTERS, vocabulary, (query) => {
      counted.push(query);
      return query === 'slavery' ? 1 : 0;
    });
    expect(found).toEqual([{ query: 'slavery', clearFilters: false, count: 1 }]);
    // The suggestion is offered because the correction was tried and found something.
    expect(counted).toContain('slavery');
  });
});

describe('card button names', () => {
  it('shortens long wording at a word boundary', () => {
    expect(shortName('Savings in NOx emissions on the contract from transport.')).toBe('Savings in NOx emissions on the contract from transport.');
    expect(shortName('No. of local people (FTE) employed on contract for one year or the whole duration')).toBe('No. of local people (FTE) employed on contract for one year…');
  });
});
