/**
 * How a tender question is scored, read through this one accessor so the
 * pack builder does not depend on where the framework keeps it.
 *
 * Today the framework gives each question one scoring text
 * (`wording.procurement.scoring`), so the six descriptors 0–5 are a general
 * scale. When the framework schema gains six descriptors per question,
 * change `descriptorsFor` below to take the indicator and return them
 * (`indicator.wording.procurement.<descriptors>`): nothing else changes.
 */
import type { Indicator } from '../schema';

export interface ScoreDescriptor {
  score: number;
  text: string;
}

export interface QuestionScoring {
  /** The framework's guidance on scoring this question (may contain placeholders). */
  guidance: string;
  /** One descriptor for each score from 0 to 5, in order. */
  descriptors: readonly ScoreDescriptor[];
}

/** A general 0–5 scale, used while the framework has no descriptors of its own. */
export const GENERAL_DESCRIPTORS: readonly string[] = [
  'No response, or the response does not address the question.',
  'Poor: general statements with no specific commitments or evidence.',
  'Weak: some relevant commitments, but vague, with little detail on delivery or measurement.',
  'Satisfactory: credible commitments that meet the requirement, with some gaps in numbers, partners or measurement.',
  'Good: specific, measurable commitments with a clear delivery plan and evidence of how results will be reported.',
  'Excellent: specific, measurable and additional commitments for each contract year, named local partners, a clear method of measurement and strong evidence of past delivery.',
];

function descriptorsFor(): readonly string[] {
  return GENERAL_DESCRIPTORS;
}

export function questionScoring(indicator: Indicator): QuestionScoring {
  return {
    guidance: indicator.wording.procurement.scoring,
    descriptors: descriptorsFor().map((text, score) => ({ score, text })),
  };
}
