/**
 * The officer's own wording: per indicator, their text for the outcome
 * statement, the tender question or the KPI measure, used in place of the
 * framework's and marked as theirs wherever it appears.
 */
import * as z from 'zod';

export const OWN_WORDING_KINDS = ['outcome', 'question', 'measure'] as const;
export type OwnWordingKind = (typeof OWN_WORDING_KINDS)[number];

export const OwnWordingSchema = z.record(
  z.string().min(1).max(200),
  z.partialRecord(z.enum(OWN_WORDING_KINDS), z.string().trim().min(1).max(10_000)),
);
export type OwnWording = z.infer<typeof OwnWordingSchema>;

/** How exports mark the officer's text. */
export const OWN_WORDING_MARK = '(wording edited by the officer)';
