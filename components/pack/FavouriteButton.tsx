import { toggleFavourite } from '../storage/saved-lists';
import { useFavourites } from './use-saved-lists';

/** Stars an indicator so it is on the empty panel next time. */
export function FavouriteButton({ indicatorId, context }: { indicatorId: string; context?: string }) {
  const favourite = useFavourites().includes(indicatorId);
  const visible = favourite ? 'Unstar' : 'Star';
  return (
    <button
      type="button"
      className="action action-favourite"
      aria-label={`${visible}${context ? `: ${context}` : ''}`}
      onClick={() => {
        void toggleFavourite(indicatorId);
      }}
    >
      <span aria-hidden="true">{favourite ? '★' : '☆'}</span> {visible}
    </button>
  );
}
