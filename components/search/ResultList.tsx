import { renderWording, WORDING_NAMES } from '../../framework/render-wording';
import type { Framework } from '../../framework/schema';
import { WordingActions } from '../shared/WordingActions';
import { AddToPackButton } from '../pack/AddToPackButton';
import { FavouriteButton } from '../pack/FavouriteButton';
import { Highlight } from './Highlight';
import type { PanelHit } from './engine';
import { ThemeBadges } from '../shared/ThemeBadges';
import type { ListNavigation } from './use-list-navigation';

export interface ResultListProps {
  framework: Framework;
  hits: readonly PanelHit[];
  navigation: ListNavigation;
  onOpen: (id: string, index: number) => void;
}

/** Shortens wording for a button's accessible name, so each card's buttons are told apart. */
export function shortName(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

/** Compact result cards: theme badges, the wording with matches highlighted, the unit, Insert and Copy. */
export function ResultList({ framework, hits, navigation, onOpen }: ResultListProps) {
  return (
    <ol className="results" aria-labelledby="results-heading">
      {hits.map((hit, index) => {
        const { indicator } = hit;
        return (
          <li key={indicator.id} className="result">
            <ThemeBadges framework={framework} themes={indicator.themes} />
            <h3 className="result-title">
              <button
                type="button"
                ref={navigation.itemRef(index)}
                onKeyDown={navigation.onKeyDown(index)}
                onClick={() => {
                  onOpen(indicator.id, index);
                }}
                data-indicator={indicator.id}
              >
                <Highlight text={indicator.text} ranges={hit.ranges} />
              </button>
            </h3>
            <div className="result-foot">
              <span className="unit">
                <span className="visually-hidden">Unit: </span>
                {indicator.unit}
              </span>
              <WordingActions
                what={WORDING_NAMES.indicator}
                content={renderWording(indicator, 'indicator')}
                context={shortName(indicator.text)}
              />
              <AddToPackButton indicatorId={indicator.id} context={shortName(indicator.text)} />
              <FavouriteButton indicatorId={indicator.id} context={shortName(indicator.text)} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
