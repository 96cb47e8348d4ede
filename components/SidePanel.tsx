/** The side panel (Firefox: sidebar): search the framework and use its wording. */
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import type { PlaceholderValues } from '../framework/placeholders';
import type { Framework } from '../framework/schema';
import { IndicatorDetail } from './detail/IndicatorDetail';
import { EmptyState } from './search/EmptyState';
import { createPanelSearch } from './search/engine';
import { FilterBar } from './search/FilterBar';
import { activeFilterCount, NO_FILTERS, type Filters } from './search/filters';
import { NoResults } from './search/NoResults';
import { ResultList } from './search/ResultList';
import { SearchBox } from './search/SearchBox';
import { describeCount } from './search/status';
import { useActiveFramework } from './shared/use-active-framework';
import { useListNavigation } from './search/use-list-navigation';
import './panel.css';

/** Results drawn at first; more on request, so a 10,000-indicator framework stays quick. */
const PAGE_SIZE = 50;

/**
 * The panel, on the framework in use (or the one given, for tests). A new
 * framework starts the panel afresh: old filters and ids may not exist in it.
 */
export function SidePanel({ framework }: { framework?: Framework }) {
  const active = useActiveFramework();
  const inUse = framework ?? active.framework;
  return (
    <>
      {!framework && active.problem && (
        <p className="framework-problem" role="alert">
          {active.problem}
        </p>
      )}
      <PanelForFramework key={framework ? 0 : active.version} framework={inUse} />
    </>
  );
}

function PanelForFramework({ framework }: { framework: Framework }) {
  const engine = useMemo(() => createPanelSearch(framework), [framework]);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [openId, setOpenId] = useState<string | null>(null);
  const [values, setValues] = useState<PlaceholderValues>({});
  const [shown, setShown] = useState(PAGE_SIZE);
  const searchBox = useRef<HTMLInputElement>(null);
  const lastOpened = useRef(-1);

  // Typing updates the box at once; the results follow as soon as React can.
  const deferredQuery = useDeferredValue(query);
  const deferredFilters = useDeferredValue(filters);
  const searching = deferredQuery.trim() !== '' || activeFilterCount(deferredFilters) > 0;
  const hits = useMemo(
    () => (searching ? engine.run(deferredQuery, deferredFilters) : []),
    [engine, searching, deferredQuery, deferredFilters],
  );
  const suggestions = useMemo(
    () => (searching && hits.length === 0 && deferredQuery.trim() ? engine.suggest(deferredQuery, deferredFilters) : []),
    [engine, searching, hits.length, deferredQuery, deferredFilters],
  );
  const visible = hits.slice(0, shown);

  const changeQuery = useCallback((next: string) => {
    setQuery(next);
    setShown(PAGE_SIZE);
  }, []);
  const clear = useCallback(() => {
    changeQuery('');
  }, [changeQuery]);
  const navigation = useListNavigation(visible.length, searchBox, clear);

  const pick = (next: string) => {
    changeQuery(next);
    searchBox.current?.focus();
  };

  const open = (id: string, index: number) => {
    lastOpened.current = index;
    setOpenId(id);
  };

  const { focusItem } = navigation;
  const back = useCallback(() => {
    setOpenId(null);
    // Back where the officer was: on the result they opened.
    requestAnimationFrame(() => {
      if (lastOpened.current >= 0) focusItem(lastOpened.current);
      else searchBox.current?.focus();
    });
  }, [focusItem]);

  const openIndicator = openId ? framework.indicators.find((indicator) => indicator.id === openId) : undefined;

  return (
    <div className="panel">
      <header className="panel-header">
        <h1 className="panel-title">Social Value Assistant</h1>
        {openIndicator && (
          <button type="button" className="back" onClick={back}>
            <span aria-hidden="true">←</span> Back to results
          </button>
        )}
        {/* Hidden, not unmounted, in the detail view: the query and its place survive. */}
        <div hidden={Boolean(openIndicator)}>
          <SearchBox value={query} onChange={changeQuery} onKeyDown={navigation.onKeyDown(-1)} inputRef={searchBox} />
        </div>
      </header>

      <main className="panel-body">
        {openIndicator ? (
          <IndicatorDetail
            framework={framework}
            indicator={openIndicator}
            values={values}
            onValuesChange={setValues}
            onBack={back}
          />
        ) : null}
        <section aria-labelledby="results-heading" hidden={Boolean(openIndicator)}>
          <h2 id="results-heading" className="visually-hidden">
            Results
          </h2>
          <FilterBar
            framework={framework}
            filters={filters}
            onChange={(next) => {
              setFilters(next);
              setShown(PAGE_SIZE);
            }}
          />
          <p role="status" className={searching ? 'result-count' : 'visually-hidden'}>
            {searching ? describeCount(hits.length, deferredQuery, activeFilterCount(deferredFilters)) : ''}
          </p>
          {!searching && <EmptyState onPick={pick} />}
          {searching && hits.length === 0 && (
            <NoResults
              query={deferredQuery.trim()}
              suggestions={suggestions}
              filtersOn={activeFilterCount(deferredFilters) > 0}
              onPick={(suggestion) => {
                if (suggestion.clearFilters) setFilters(NO_FILTERS);
                pick(suggestion.query);
              }}
              onClearFilters={() => {
                setFilters(NO_FILTERS);
              }}
            />
          )}
          {visible.length > 0 && <ResultList framework={framework} hits={visible} navigation={navigation} onOpen={open} />}
          {hits.length > visible.length && (
            <button
              type="button"
              className="more"
              onClick={() => {
                setShown((n) => n + PAGE_SIZE);
              }}
            >
              Show more results ({hits.length - visible.length} more)
            </button>
          )}
        </section>
      </main>
    </div>
  );
}
