import { STAGE_WORDING } from '../../framework/pack/question-versions';
import type { Framework, Stage } from '../../framework/schema';
import { WordingActions } from '../shared/WordingActions';
import { prepareWording } from '../shared/prepare-wording';
import { useWordingSources } from '../shared/use-wording-sources';
import { gateFor } from '../shared/wording-gate';
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
  /** Position of the first card in the keyboard navigation (a second list follows the first). */
  startIndex?: number;
  /** The heading that names the list. */
  labelledBy?: string;
  /** The stage whose wording Insert and Copy use. */
  stage: Stage;
}

/** Shortens wording for a button's accessible name, so each card's buttons are told apart. */
export function shortName(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

/** Compact result cards: theme badges, the wording with matches highlighted, the unit, Insert and Copy. */
export function ResultList({ framework, hits, navigation, onOpen, stage, startIndex = 0, labelledBy = 'results-heading' }: ResultListProps) {
  const wording = STAGE_WORDING[stage];
  const sources = useWordingSources();
  return (
    <ol className="results" aria-labelledby={labelledBy}>
      {hits.map((hit, position) => {
        const index = startIndex + position;
        const { indicator } = hit;
        const prepared = prepareWording(sources, indicator, wording);
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
                what={wording.name}
                content={prepared.content}
                context={shortName(indicator.text)}
                gate={gateFor(prepared, sources, indicator)}
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
