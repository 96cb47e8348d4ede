/**
 * Version 1 to 2: a tender question's `scoring` was one paragraph; it is now
 * six descriptors, one for each score from 0 to 5.
 *
 * A version 1 file cannot say what a 2 or a 4 looks like for its own
 * measures, and guessing would put words in the council's mouth. So each
 * question gets the generic scale below, marked `genericScoring: true` (the
 * output labels it as generic), and the file's own scoring text is kept, word
 * for word, as `scoringGuidance` beside it. The officer is told on import how
 * many questions this affects.
 */
import type { Migration } from './types';

/** The generic 0-5 scale given to migrated questions. Deliberately about any measure. */
export const GENERIC_SCORING = {
  0: 'No answer, or an answer that does not address the question.',
  1: 'A general statement of intent, with no specific commitment, numbers or evidence.',
  2: 'Some relevant commitments, but most are vague, unquantified or not specific to this contract.',
  3: 'Relevant, credible commitments covering most of the question, with some figures, but gaps in delivery, timescales or evidence.',
  4: 'Specific, quantified commitments for each contract year covering the whole question, with named partners or methods and a clear way of evidencing them.',
  5: 'Everything a 4 contains, plus commitments that go beyond the core service and a monitoring and reporting method that {organisation} can verify independently.',
} as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const v1ToV2: Migration = {
  from: 1,
  to: 2,
  migrate(file) {
    let converted = 0;
    const indicators = Array.isArray(file.indicators)
      ? file.indicators.map((indicator: unknown) => {
          if (!isRecord(indicator) || !isRecord(indicator.wording) || !isRecord(indicator.wording.procurement)) return indicator;
          const { scoring, ...procurement } = indicator.wording.procurement;
          // Anything but text is left for validation to report in the file's own terms.
          if (typeof scoring !== 'string') return indicator;
          converted += 1;
          const kept = scoring.trim() === '' ? {} : { scoringGuidance: scoring };
          return {
            ...indicator,
            wording: { ...indicator.wording, procurement: { ...procurement, scoring: { ...GENERIC_SCORING }, ...kept, genericScoring: true } },
          };
        })
      : file.indicators;
    const notices =
      converted === 0
        ? []
        : [
            `${converted} tender ${converted === 1 ? 'question has' : 'questions have'} a generic 0 to 5 scoring scale, because this file (format version 1) gives one scoring text rather than a descriptor for each score. The file's own scoring text is kept beside each scale as guidance, and the output marks the scale as generic. Replace it with descriptors for each measure, then export the framework to keep them.`,
          ];
    return { file: { ...file, indicators, schemaVersion: 2 }, notices };
  },
};
