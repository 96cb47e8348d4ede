/** The panel's search view: search the framework, open an indicator, use its wording. */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { PanelViewProps } from '../panel-views';
import { IndicatorDetail } from '../detail/IndicatorDetail';
import { EmptyState } from './EmptyState';
import { FieldSuggestions } from './FieldSuggestions';
import { SavedIndicators } from '../pack/SavedIndicators';
import { noteRecent } from '../storage/saved-lists';
import { loadStage, saveStage } from '../storage/stage';
import type { Stage } from '../../framework/schema';
import { StageSelect } from './StageSelect';
import { createPanelSearch } from './engine';
import { FilterBar } from './FilterBar';
import { activeFilterCount, NO_FILTERS, type Filters } from './filters';
import { NoResults } from './NoResults';
import { ResultList } from './ResultList';
import { SearchBox } from './SearchBox';
import { useFieldInHand } from './use-field-in-hand';
import { describeCount } from './status';
import { useListNavigation } from './use-list-navigation';

/** Results drawn at first; more on request, so a 10,000-indicator framework stays quick. */
const PAGE_SIZE = 50;
/** Nearest topics shown when the framework has no close match. */
const NEAREST = 5;

export function SearchView({ framework, intent }: PanelViewProps) {
  const engine = useMemo(() => createPanelSearch(framework), [framework]);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [openId, setOpenId] = useState<string | null>(null);
  const [shown, setShown] = useState(PAGE_SIZE);
  const [stage, setStage] = useState<Stage>('procurement');
  useEffect(() => {
    loadStage().then(setStage, () => undefined);
  }, []);
  const searchBox = useRef<HTMLInputElement>(null);
  const lastOpened = useRef(-1);
  const field = useFieldInHand();

  // Typing updates the box at once; the results follow as soon as React can.
  const deferredQuery = useDeferredValue(query);
  const deferredFilters = useDeferredValue(filters);
  const searching = deferredQuery.trim() !== '' || activeFilterCount(deferredFilters) > 0;
  const hits = useMemo(
    () => (searching ? engine.run(deferredQuery, deferredFilters) : []),
    [engine, searching, deferredQuery, deferredFilters],
  );
  // Weak hits match a stray word, not the meaning: nearest topics, apart from results.
  const results = useMemo(() => hits.filter((hit) => !hit.weak), [hits]);
  const nearest = useMemo(() => (results.length ? [] : hits.filter((hit) => hit.weak).slice(0, NEAREST)), [hits, results.length]);
  const suggestions = useMemo(
    () => (searching && results.length === 0 && deferredQuery.trim() ? engine.suggest(deferredQuery, deferredFilters) : []),
    [engine, searching, results.length, deferredQuery, deferredFilters],
  );
  const visible = results.slice(0, shown);

  const changeQuery = useCallback((next: string) => {
    setQuery(next);
    setShown(PAGE_SIZE);
  }, []);
  const clear = useCallback(() => {
    changeQuery('');
  }, [changeQuery]);
  const navigation = useListNavigation(visible.length + nearest.length, searchBox, clear);

  const pick = (next: string) => {
    changeQuery(next);
    searchBox.current?.focus();
  };

  const open = (id: string, index: number) => {
    lastOpened.current = index;
    setOpenId(id);
    void noteRecent(id);
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

  // Sent from a context menu or the address bar: search for it, or open the
  // indicator. Applied while rendering (React's way to follow a new prop), focus after.
  const [seenIntent, setSeenIntent] = useState<typeof intent>(undefined);
  if (intent !== seenIntent) {
    setSeenIntent(intent);
    const wanted = intent?.intent;
    if (wanted?.kind === 'lookup') {
      setOpenId(null);
      setQuery(wanted.query);
      setShown(PAGE_SIZE);
    } else if (wanted?.kind === 'indicator' && framework.indicators.some((indicator) => indicator.id === wanted.id)) {
      setOpenId(wanted.id);
    }
  }
  useEffect(() => {
    if (intent?.intent.kind === 'lookup') searchBox.current?.focus();
  }, [intent]);

  const openIndicator = openId ? framework.indicators.find((indicator) => indicator.id === openId) : undefined;

  return (
    <div className="panel-search">
      <header className="panel-header">
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
            onBack={back}
          />
        ) : null}
        <section aria-labelledby="results-heading" hidden={Boolean(openIndicator)}>
          <h2 id="results-heading" className="visually-hidden">
            Results
          </h2>
          <FieldSuggestions
            search={engine}
            field={field}
            onOpen={(id) => {
              open(id, -1);
            }}
          />
          <StageSelect
            stage={stage}
            onChange={(next) => {
              setStage(next);
              void saveStage(next);
            }}
          />
          <FilterBar
            framework={framework}
            filters={filters}
            onChange={(next) => {
              setFilters(next);
              setShown(PAGE_SIZE);
            }}
          />
          {/* No results: the message below says so visibly; this one only announces it. */}
          <p role="status" className={searching && results.length > 0 ? 'result-count' : 'visually-hidden'}>
            {searching ? describeCount(results.length, deferredQuery, activeFilterCount(deferredFilters)) : ''}
          </p>
          {!searching && <SavedIndicators framework={framework} onOpen={(id) => { open(id, -1); }} />}
          {!searching && <EmptyState onPick={pick} />}
          {searching && results.length === 0 && (
            <NoResults
              query={deferredQuery.trim()}
              nearest={nearest.length > 0}
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
          {searching && results.length === 0 && nearest.length === 0 && suggestions.length === 0 && <EmptyState onPick={pick} examplesOnly />}
          {visible.length > 0 && <ResultList framework={framework} hits={visible} navigation={navigation} onOpen={open} stage={stage} />}
          {nearest.length > 0 && (
            <>
              <h2 id="nearest-heading" className="empty-heading">
                Nearest topics
              </h2>
              <ResultList
                framework={framework}
                hits={nearest}
                navigation={navigation}
                onOpen={open}
                stage={stage}
                startIndex={visible.length}
                labelledBy="nearest-heading"
              />
            </>
          )}
          {results.length > visible.length && (
            <button
              type="button"
              className="more"
              onClick={() => {
                setShown((n) => n + PAGE_SIZE);
              }}
            >
              Show more results ({results.length - visible.length} more)
            </button>
          )}
        </section>
      </main>
    </div>
  );
}
