/** Favourite and recently used indicators, on the empty panel: one click opens each. */
import type { Framework } from '../../framework/schema';
import { shortName } from '../search/ResultList';
import { useFavourites, useRecent } from './use-saved-lists';

function List({ framework, title, ids, onOpen }: { framework: Framework; title: string; ids: string[]; onOpen: (id: string) => void }) {
  const indicators = ids.flatMap((id) => framework.indicators.filter((indicator) => indicator.id === id));
  if (indicators.length === 0) return null;
  return (
    <section className="saved" aria-label={title}>
      <h2 className="empty-heading">{title}</h2>
      <ul className="saved-list">
        {indicators.map((indicator) => (
          <li key={indicator.id}>
            <button type="button" className="link-button" data-indicator={indicator.id} onClick={() => { onOpen(indicator.id); }}>
              {shortName(indicator.text, 90)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SavedIndicators({ framework, onOpen }: { framework: Framework; onOpen: (id: string) => void }) {
  const favourites = useFavourites();
  const recent = useRecent();
  return (
    <>
      <List framework={framework} title="Favourites" ids={favourites} onOpen={onOpen} />
      <List framework={framework} title="Recently used" ids={recent.filter((id) => !favourites.includes(id))} onOpen={onOpen} />
    </>
  );
}
