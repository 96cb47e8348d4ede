import { useEffect, useRef } from 'react';
import type { PlaceholderValues } from '../../framework/placeholders';
import { renderWording, WORDING_NAMES, wordingBlocks, type WordingKind } from '../../framework/render-wording';
import type { Framework, Indicator, Stage } from '../../framework/schema';
import { ThemeBadges } from '../shared/ThemeBadges';
import { ContractDetails } from './ContractDetails';
import { FrameworkContext } from './FrameworkContext';
import { WordingActions } from '../shared/WordingActions';
import { WordingPreview } from './WordingPreview';
import { AddToPackButton } from '../pack/AddToPackButton';
import { FavouriteButton } from '../pack/FavouriteButton';
import { renderQuestionVersion } from '../../framework/pack/question-versions';

export interface IndicatorDetailProps {
  framework: Framework;
  indicator: Indicator;
  values: PlaceholderValues;
  onValuesChange: (values: PlaceholderValues) => void;
  onBack: () => void;
}

const STAGES: { kind: WordingKind; stage: Stage; title: string }[] = [
  { kind: 'outcome', stage: 'planning', title: 'Outcome statement' },
  { kind: 'question', stage: 'procurement', title: 'Tender question' },
  { kind: 'kpi', stage: 'contractManagement', title: 'KPI' },
];

/** Everything the framework says about one indicator, with its wording for each stage. */
export function IndicatorDetail({ framework, indicator, values, onValuesChange, onBack }: IndicatorDetailProps) {
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, [indicator.id]);

  // Escape anywhere in the detail view (the back button included) returns to the results.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onBack();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [onBack]);

  const stageName = (stage: Stage) => {
    const cycle = framework.guidance.commissioningCycle.find((c) => c.stage === stage);
    return cycle ? `${cycle.name} (${cycle.alias})` : undefined;
  };

  return (
    <article className="detail" aria-labelledby="detail-title">
      <div className="detail-head">
        <ThemeBadges framework={framework} themes={indicator.themes} />
        <span className="unit">{indicator.unit}</span>
      </div>
      <h2 id="detail-title" ref={heading} tabIndex={-1} className="detail-title">
        {indicator.text}
      </h2>
      {indicator.subMeasures && (
        <ul className="sub-measures">
          {indicator.subMeasures.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
      <WordingActions what={WORDING_NAMES.indicator} content={renderWording(indicator, 'indicator')} />
      <div className="actions">
        <AddToPackButton indicatorId={indicator.id} />
        <FavouriteButton indicatorId={indicator.id} />
      </div>

      {indicator.notes?.map((note) => (
        <aside key={note} className="note" aria-label="Note">
          <strong>Note:</strong> {note}
        </aside>
      ))}

      <nav className="jump-links" aria-label="Jump to a stage">
        <ul>
          {STAGES.map(({ kind, title }) => (
            <li key={kind}>
              <a href={`#stage-${kind}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section className="detail-section" aria-labelledby="stages-title">
        <h3 id="stages-title">Wording for each stage</h3>
        <ContractDetails values={values} onChange={onValuesChange} />
        {STAGES.map(({ kind, stage, title }) => (
          <section key={kind} className="stage" aria-labelledby={`stage-${kind}`}>
            <h4 id={`stage-${kind}`} tabIndex={-1}>
              {title}
              {stageName(stage) && <span className="stage-name">{stageName(stage)}</span>}
            </h4>
            <WordingPreview blocks={wordingBlocks(indicator, kind, values)} />
            <WordingActions what={WORDING_NAMES[kind]} content={renderWording(indicator, kind, values)} />
            {kind === 'question' && (
              <>
                <p className="muted">
                  The wording above is for evaluators: it includes what a strong answer contains. The version for bidders leaves that out and keeps the question, how it will be scored and the response limit.
                </p>
                <WordingActions what="tender question for bidders" content={renderQuestionVersion(indicator, 'bidders', values)} />
              </>
            )}
          </section>
        ))}
      </section>

      <FrameworkContext framework={framework} indicator={indicator} />
    </article>
  );
}
