import { useEffect, useRef } from 'react';
import { ownText, type OwnWordingKind } from '../../framework/pack/own-wording';
import { STAGE_WORDING } from '../../framework/pack/question-versions';
import { renderWording, WORDING_NAMES, wordingBlocks, type WordingKind } from '../../framework/render-wording';
import type { Framework, Indicator, Stage } from '../../framework/schema';
import { ThemeBadges } from '../shared/ThemeBadges';
import { ContractDetails } from './ContractDetails';
import { FrameworkContext } from './FrameworkContext';
import { WordingActions } from '../shared/WordingActions';
import { WordingPreview } from './WordingPreview';
import { AddToPackButton } from '../pack/AddToPackButton';
import { FavouriteButton } from '../pack/FavouriteButton';
import { updateOpenPack } from '../pack/pack-store';
import { prepareWording, type WordingSpec } from '../shared/prepare-wording';
import { useWordingSources } from '../shared/use-wording-sources';
import { gateFor } from '../shared/wording-gate';
import { lockedFields, storedValues, wordingValues, withValues } from '../shared/wording-values';
import { OwnWordingControls, PIECE_NAMES } from './OwnWordingControls';

export interface IndicatorDetailProps {
  framework: Framework;
  indicator: Indicator;
  onBack: () => void;
}

const STAGES: { kind: Exclude<WordingKind, 'indicator'>; stage: Stage; title: string; piece: OwnWordingKind }[] = [
  { kind: 'outcome', stage: 'planning', title: 'Outcome statement', piece: 'outcome' },
  { kind: 'question', stage: 'procurement', title: 'Tender question', piece: 'question' },
  { kind: 'kpi', stage: 'contractManagement', title: 'KPI', piece: 'measure' },
];

const specOf = (kind: WordingKind): WordingSpec => ({ kind, withStrongAnswer: true, render: (indicator, values, options) => renderWording(indicator, kind, values, options) });

/** Everything the framework says about one indicator, with its wording for each stage (the officer's own where they have it). */
export function IndicatorDetail({ framework, indicator, onBack }: IndicatorDetailProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const sources = useWordingSources();
  const own = sources.own[indicator.id];
  const values = wordingValues(sources.pack, indicator.id, sources.inForce);

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
  const actionsFor = (what: string, spec: WordingSpec) => {
    const prepared = prepareWording(sources, indicator, spec);
    return <WordingActions what={what} content={prepared.content} gate={gateFor(prepared, sources, indicator)} />;
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
        <ContractDetails
          values={storedValues(sources.pack, indicator.id, sources.inForce)}
          locked={lockedFields(sources.pack, sources.inForce)}
          packName={sources.packName}
          onChange={(change) => {
            void updateOpenPack((pack) => withValues(pack, indicator.id, change, sources.inForce));
          }}
        />
        {sources.ownLoaded && !sources.editable && <p className="muted own-wording-off">Editing wording is turned off by your organisation</p>}
        {STAGES.map(({ kind, stage, title, piece }) => {
          const mine = ownText(own, piece);
          return (
            <section key={kind} className="stage" aria-labelledby={`stage-${kind}`}>
              <h4 id={`stage-${kind}`} tabIndex={-1}>
                {title}
                {stageName(stage) && <span className="stage-name">{stageName(stage)}</span>}
              </h4>
              {mine !== undefined && (
                <p className="own-wording-mark">
                  <strong>Your wording</strong> of the {PIECE_NAMES[piece]}, kept beside the framework’s.
                </p>
              )}
              <WordingPreview blocks={wordingBlocks(indicator, kind, values, { supplierTerm: sources.inForce.settings.supplierTerm, own })} />
              {mine !== undefined && (
                <details className="disclosure framework-wording">
                  <summary>The framework’s wording</summary>
                  <WordingPreview blocks={wordingBlocks(indicator, kind, values, { supplierTerm: sources.inForce.settings.supplierTerm })} />
                </details>
              )}
              {actionsFor(WORDING_NAMES[kind], specOf(kind))}
              {sources.ownLoaded && sources.editable && <OwnWordingControls indicator={indicator} kind={piece} own={mine} />}
              {kind === 'question' && (
                <>
                  <p className="muted">
                    The wording above is for evaluators: it includes what a strong answer contains. The version for bidders leaves that out and keeps the question, how it will be scored and the response limit.
                  </p>
                  {actionsFor('tender question for bidders', STAGE_WORDING.procurement)}
                </>
              )}
            </section>
          );
        })}
      </section>

      <FrameworkContext framework={framework} indicator={indicator} />
    </article>
  );
}
