/**
 * The framework page: the whole framework in a full tab, by theme, outcome
 * and indicator, with its guidance, local priorities and local voices;
 * searchable with the panel's engine; each indicator has a deep link
 * (`#indicator-<id>`); prints cleanly (framework-page.css).
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { createSearch } from '../../framework/search';
import { Highlight } from '../search/Highlight';
import { useActiveFramework } from '../shared/use-active-framework';
import { GuidanceSection } from './GuidanceSection';
import { indicatorAnchor, indicatorFromHash, queryFromSearch } from './links';
import { frameworkOutline } from './outline';
import { ThemeSection } from './ThemeSection';
import './framework-page.css';

/** Results listed above the framework; the rest are a search away. */
const MAX_RESULTS = 20;

/** Scrolls to the indicator in the address's hash and moves focus there, so keyboard and screen-reader users land on it too. */
function showLinkedIndicator(): void {
  const id = indicatorFromHash(location.hash);
  if (!id) return;
  const element = document.getElementById(indicatorAnchor(id));
  if (!element) return;
  element.scrollIntoView({ block: 'start' });
  element.focus({ preventScroll: true });
}

export function FrameworkPage() {
  const { framework } = useActiveFramework();
  const outline = useMemo(() => frameworkOutline(framework), [framework]);
  const engine = useMemo(() => createSearch(framework), [framework]);
  const [query, setQuery] = useState(() => queryFromSearch(location.search));
  const deferred = useDeferredValue(query);
  const hits = useMemo(() => (deferred.trim() ? engine.search(deferred, { limit: MAX_RESULTS }) : []), [engine, deferred]);

  useEffect(() => {
    showLinkedIndicator();
    window.addEventListener('hashchange', showLinkedIndicator);
    return () => {
      window.removeEventListener('hashchange', showLinkedIndicator);
    };
  }, [outline]);

  return (
    <div className="fw-page">
      <header className="fw-header">
        <h1>{framework.name}</h1>
        <p className="fw-publisher">{framework.publisher}</p>
        <nav aria-label="Themes" className="fw-toc">
          <ul>
            <li>
              <a href="#guidance">Guidance</a>
            </li>
            {framework.themes.map((theme) => (
              <li key={theme.id}>
                <a href={`#theme-${theme.id}`}>{theme.name}</a>
              </li>
            ))}
          </ul>
        </nav>
        <div role="search" className="fw-search no-print">
          <label htmlFor="fw-search-input">Search the framework</label>
          <input
            id="fw-search-input"
            type="search"
            autoComplete="off"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
            }}
          />
          <button type="button" onClick={() => {
              window.print();
            }}>
            Print or save as PDF
          </button>
        </div>
      </header>
      <main>
        {deferred.trim() !== '' && (
          <section className="fw-results no-print" aria-labelledby="fw-results-heading">
            <h2 id="fw-results-heading">Search results</h2>
            <p role="status">
              {hits.length === 0 ? `No indicators match “${deferred.trim()}”.` : `${String(hits.length)} ${hits.length === 1 ? 'indicator matches' : 'indicators match'} “${deferred.trim()}”.`}
            </p>
            <ol>
              {hits.map((hit) => (
                <li key={hit.indicator.id}>
                  <a href={`#${indicatorAnchor(hit.indicator.id)}`} data-indicator={hit.indicator.id}>
                    <Highlight text={hit.indicator.text} ranges={hit.matches.filter((m) => m.key === 'text').flatMap((m) => m.ranges)} />
                  </a>
                </li>
              ))}
            </ol>
          </section>
        )}
        <GuidanceSection framework={framework} />
        {outline.map((item) => (
          <ThemeSection key={item.theme.id} framework={framework} item={item} />
        ))}
      </main>
    </div>
  );
}
