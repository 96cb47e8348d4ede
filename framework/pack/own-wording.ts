/**
 * The officer's own wording: per indicator, their text for the outcome
 * statement, the tender question or the KPI measure, used in place of the
 * framework's and marked as theirs wherever it appears.
 */
import * as z from 'zod';
import type { Indicator } from '../schema';

export const OWN_WORDING_KINDS = ['outcome', 'question', 'measure'] as const;
export type OwnWordingKind = (typeof OWN_WORDING_KINDS)[number];

export const OwnWordingSchema = z.record(
  z.string().min(1).max(200),
  z.partialRecord(z.enum(OWN_WORDING_KINDS), z.string().trim().min(1).max(10_000)),
);
export type OwnWording = z.infer<typeof OwnWordingSchema>;

/** How exports mark the officer's text. */
export const OWN_WORDING_MARK = '(wording edited by the officer)';

/** The officer's wording of one indicator: their text for each piece they changed. */
export type OwnWordingEntry = OwnWording[string];

/** The officer's text for one piece, when they have one. */
export function ownText(entry: OwnWordingEntry | undefined, kind: OwnWordingKind): string | undefined {
  return entry?.[kind];
}

/** The framework's text of one piece, before placeholders are filled: what the officer starts editing from. */
export function frameworkText(indicator: Indicator, kind: OwnWordingKind): string {
  switch (kind) {
    case 'outcome':
      return indicator.wording.planning.outcome;
    case 'question':
      return indicator.wording.procurement.question;
    case 'measure':
      return indicator.wording.contractManagement.measure;
  }
}
