/**
 * The framework's zod schema: the single source of its TypeScript types.
 * Every framework (the shipped one, an imported one, one read back from
 * storage) passes through `frameworkSchema` before anything uses it.
 */
import { z } from 'zod';

/**
 * The version of the framework file format this build reads and writes.
 * Files of older versions are migrated on import (framework/migrations/).
 * Version 2: six scoring descriptors (0 to 5) for every tender question.
 */
export const FRAMEWORK_SCHEMA_VERSION = 2;

/** Readable, stable slugs: lower-case words joined by hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "real-living-wage"');

const text = z.string().trim().min(1, 'must not be empty');
const url = z.url({ protocol: /^https?$/, message: 'must be an http(s) address' });

/**
 * Placeholders that stage wording may contain, written `{name}`. One typed
 * list: anything else in wording is rejected on import.
 */
export const PLACEHOLDERS = [
  'contractName',
  'contractTerm',
  'locality',
  'organisation',
  'responseLimit',
  'weighting',
  'questionWeighting',
  'target',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** How an indicator is measured. */
export const MEASURE_TYPES = [
  'fte', // number of people, full-time equivalent
  'number', // a count of things (contracts, initiatives, vehicles)
  'weeks',
  'gbp',
  'percent',
  'hours',
  'kg',
  'tco2e',
  'miles',
  'yes-no',
  'narrative',
] as const;
export const measureTypeSchema = z.enum(MEASURE_TYPES);
export type MeasureType = z.infer<typeof measureTypeSchema>;

export const STAGES = ['planning', 'procurement', 'contractManagement'] as const;
export type Stage = (typeof STAGES)[number];

export const REPORTING_FREQUENCIES = ['monthly', 'quarterly', 'six-monthly', 'annually', 'end of contract'] as const;

/** Strategic Commissioning (Planning): outcome / specification wording. */
export const planningWordingSchema = z.strictObject({
  outcome: text,
});

/** The scores an evaluator can give a tender answer, lowest first. */
export const SCORES = ['0', '1', '2', '3', '4', '5'] as const;
export type Score = (typeof SCORES)[number];

/**
 * One descriptor for each score from 0 to 5: what an answer that earns that
 * score contains, for this measure (what a 4 has that a 3 lacks).
 */
export const scoringSchema = z.strictObject({
  0: text,
  1: text,
  2: text,
  3: text,
  4: text,
  5: text,
});
export type Scoring = z.infer<typeof scoringSchema>;

/** Procurement (Purchasing): a tender question and how to judge answers. */
export const procurementWordingSchema = z.strictObject({
  question: text,
  /** What a strong answer contains: one point per item. */
  strongAnswer: z.array(text).min(2),
  /** How the answer is scored: one descriptor for each score, 0 to 5. */
  scoring: scoringSchema,
  /** Further guidance for evaluators, shown after the descriptors (e.g. a version 1 file's scoring text). */
  scoringGuidance: text.optional(),
  /**
   * Set when the descriptors are the generic scale a migration filled in,
   * not ones written for this measure: the output says so.
   */
  genericScoring: z.literal(true).optional(),
  /** Suggested response limit in words. */
  responseLimitWords: z.number().int().min(50).max(5000),
});

/** Contract Management (Monitoring): a KPI. */
export const kpiWordingSchema = z.strictObject({
  measure: text,
  unit: text,
  /** Target wording, normally containing the `{target}` placeholder. */
  target: text,
  frequency: z.enum(REPORTING_FREQUENCIES),
  evidence: text,
});

export const stageWordingSchema = z.strictObject({
  planning: planningWordingSchema,
  procurement: procurementWordingSchema,
  contractManagement: kpiWordingSchema,
});
export type StageWording = z.infer<typeof stageWordingSchema>;

export const indicatorSchema = z.strictObject({
  /** Stable slug: never changes once published. */
  id: slugSchema,
  /** The framework's own wording, verbatim. */
  text,
  /** Sub-measures listed under the indicator in the framework, verbatim. */
  subMeasures: z.array(text).optional(),
  /** Theme ids. An indicator listed under several themes is one record. */
  themes: z.array(slugSchema).min(1),
  /** Marmot priority ids (from the rows of its themes). */
  marmotPriorities: z.array(slugSchema),
  /** Outcome ids (from the rows of its themes). */
  outcomes: z.array(slugSchema).min(1),
  measureType: measureTypeSchema,
  /** Unit in plain words, e.g. "FTE jobs", "£", "tonnes CO2e". */
  unit: text,
  /** Search keywords and synonyms beyond the wording. */
  keywords: z.array(text),
  /** Notes added beside the verbatim wording (e.g. where the law has moved on). */
  notes: z.array(text).optional(),
  wording: stageWordingSchema,
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const marmotPrioritySchema = z.strictObject({
  id: slugSchema,
  name: text,
});
export type MarmotPriority = z.infer<typeof marmotPrioritySchema>;

export const outcomeSchema = z.strictObject({
  id: slugSchema,
  text,
  themes: z.array(slugSchema).min(1),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const linkSchema = z.strictObject({
  title: text,
  url,
});

/** One document in a theme's "Local Priorities" box. */
export const localPrioritySourceSchema = z.strictObject({
  title: text,
  url: url.optional(),
  /** Text under the title, before any lists. */
  description: text.optional(),
  groups: z.array(
    z.strictObject({
      heading: text.optional(),
      items: z.array(text),
    }),
  ),
});

export const themeSchema = z.strictObject({
  id: slugSchema,
  /** Short name: "Social", "Economic", ... */
  name: text,
  /** Full title as in the framework's first column. */
  title: text,
  /** The theme row's Marmot priorities, verbatim, with the id they refer to. */
  marmotPriorities: z.array(z.strictObject({ id: slugSchema, text })),
  /** Outcome ids in the framework's order. */
  outcomes: z.array(slugSchema),
  localVoices: z.strictObject({
    heading: text,
    quotes: z.array(text),
    /** The 'recipe for a good life' note. */
    note: text,
    url: url.optional(),
  }),
  localPriorities: z.strictObject({
    heading: text,
    introduction: text.optional(),
    sources: z.array(localPrioritySourceSchema),
  }),
});
export type Theme = z.infer<typeof themeSchema>;

export const commissioningStageSchema = z.strictObject({
  stage: z.enum(STAGES),
  /** "Strategic Commissioning", "Procurement", "Contract Management". */
  name: text,
  /** "Planning", "Purchasing", "Monitoring". */
  alias: text,
  description: text,
  examples: z.array(text).optional(),
});

export const guidanceSchema = z.strictObject({
  introduction: z.array(text),
  commissioningCycle: z.array(commissioningStageSchema),
  /** Paragraphs of guidance outside the cycle (KPIs, carbon, weighting, CSR, training). */
  paragraphs: z.array(z.strictObject({ id: slugSchema, title: text, text })),
  /** The carbon neutral ambition's key measures, verbatim. */
  carbonKeyMeasures: z.array(text),
  references: z.array(linkSchema.extend({ id: slugSchema, note: text.optional() })),
  /** Notes added beside the framework where law or practice has moved on. */
  notes: z.array(z.strictObject({ id: slugSchema, title: text, text })),
});

export const frameworkSchema = z.strictObject({
  schemaVersion: z.literal(FRAMEWORK_SCHEMA_VERSION),
  id: slugSchema,
  name: text,
  publisher: text,
  themes: z.array(themeSchema).min(1),
  marmotPriorities: z.array(marmotPrioritySchema),
  outcomes: z.array(outcomeSchema).min(1),
  indicators: z.array(indicatorSchema).min(1),
  guidance: guidanceSchema,
});
export type Framework = z.infer<typeof frameworkSchema>;
