/**
 * The tender question in its two versions: for bidders (the question, how it
 * will be scored and its response limit: the Procurement Act 2023 requires
 * the assessment method to be disclosed) and for evaluators (adding what a
 * strong answer contains). Built from render-wording's blocks, so both stay
 * in step with the framework's wording.
 */
import type { PlaceholderValues } from '../placeholders';
import { blocksToHtml, blocksToText, LABELS, renderWording, wordingBlocks, type RenderedWording, type RenderOptions, type WordingBlock, type WordingKind } from '../render-wording';
import type { Indicator, Stage } from '../schema';

export const QUESTION_VERSIONS = ['bidders', 'evaluators'] as const;
export type QuestionVersion = (typeof QUESTION_VERSIONS)[number];

/** The question's blocks without "What a strong answer contains" and its list. */
function bidderBlocks(blocks: readonly WordingBlock[]): WordingBlock[] {
  const at = blocks.findIndex((block) => block.kind === 'heading' && block.label === LABELS.strongAnswer);
  if (at < 0) return [...blocks];
  const skip = blocks[at + 1]?.kind === 'list' ? 2 : 1;
  return [...blocks.slice(0, at), ...blocks.slice(at + skip)];
}

export function renderQuestionVersion(indicator: Indicator, version: QuestionVersion, values: PlaceholderValues = {}, options: RenderOptions = {}): RenderedWording {
  const all = wordingBlocks(indicator, 'question', values, options);
  const blocks = version === 'bidders' ? bidderBlocks(all) : all;
  return { text: blocksToText(blocks), html: blocksToHtml(blocks) };
}

/** What a result card's Insert and Copy use at each stage, and what the buttons call it. */
export interface StageWording {
  name: string;
  /** The kind of wording, and whether it keeps "What a strong answer contains" (the bidders' question does not). */
  kind: WordingKind;
  withStrongAnswer: boolean;
  render: (indicator: Indicator, values?: PlaceholderValues, options?: RenderOptions) => RenderedWording;
}

export const STAGE_WORDING: Record<Stage, StageWording> = {
  planning: { name: 'outcome statement', kind: 'outcome', withStrongAnswer: true, render: (indicator, values, options) => renderWording(indicator, 'outcome', values, options) },
  procurement: {
    name: 'tender question for bidders',
    kind: 'question',
    withStrongAnswer: false,
    render: (indicator, values, options) => renderQuestionVersion(indicator, 'bidders', values, options),
  },
  contractManagement: { name: 'KPI', kind: 'kpi', withStrongAnswer: true, render: (indicator, values, options) => renderWording(indicator, 'kpi', values, options) },
};

export const STAGE_LABELS: Record<Stage, string> = {
  planning: 'Planning (outcome statement)',
  procurement: 'Procurement (tender question)',
  contractManagement: 'Contract management (KPI)',
};
