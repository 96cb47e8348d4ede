/**
 * How a tender question is scored, read through this one accessor so the
 * pack builder does not depend on where the framework keeps it: the
 * indicator's own six descriptors (0–5), its scoring guidance where it has
 * some, and whether the descriptors are the generic scale a migration added
 * (the pack then says so, as the renderer does).
 */
import { GENERIC_SCORING_NOTICE } from '../render-wording';
import { SCORES, type Indicator } from '../schema';

export interface ScoreDescriptor {
  score: number;
  text: string;
}

export interface QuestionScoring {
  /** The framework's guidance on scoring this question (may contain placeholders), when it has some. */
  guidance?: string;
  /** One descriptor for each score from 0 to 5, in order. */
  descriptors: readonly ScoreDescriptor[];
  /** The notice to show when the descriptors are the generic scale, not written for this measure. */
  genericNotice?: string;
}

function descriptorsFor(indicator: Indicator): ScoreDescriptor[] {
  const { scoring } = indicator.wording.procurement;
  return SCORES.map((score) => ({ score: Number(score), text: scoring[score] }));
}

export function questionScoring(indicator: Indicator): QuestionScoring {
  const { scoringGuidance, genericScoring } = indicator.wording.procurement;
  return {
    guidance: scoringGuidance,
    descriptors: descriptorsFor(indicator),
    genericNotice: genericScoring ? GENERIC_SCORING_NOTICE : undefined,
  };
}
