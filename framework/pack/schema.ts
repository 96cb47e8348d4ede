/**
 * A tender pack as the officer builds it: one contract's details, the
 * indicators chosen for it in order, each with its share of the social value
 * weighting and its own values. The zod schema is the single source of the
 * types; storage (components/storage/packs.ts) validates with it.
 */
import * as z from 'zod';
import { slugSchema } from '../schema';

export const RESPONSE_LIMIT_UNITS = ['words', 'characters'] as const;

export const responseLimitSchema = z.object({
  value: z.number().int().min(1).max(100_000),
  unit: z.enum(RESPONSE_LIMIT_UNITS),
});
export type ResponseLimit = z.infer<typeof responseLimitSchema>;

/** Why a contract over the s.52 threshold need not publish three KPIs (Procurement Act 2023 s.52(4)–(5)). */
export const KPI_EXEMPTIONS = ['framework', 'concession', 'light-touch', 'private-utility', 'not-assessable'] as const;
export type KpiExemption = (typeof KPI_EXEMPTIONS)[number];

const shortText = z.string().max(300);

/** Contract details; blank fields fall back to the officer's settings. */
export const contractDetailsSchema = z.object({
  contractName: shortText.optional(),
  contractTerm: shortText.optional(),
  locality: shortText.optional(),
  organisation: shortText.optional(),
  /** Estimated value in pounds, including VAT. */
  estimatedValue: z.number().min(0).max(1e12).optional(),
  /** Overall social value weighting of the tender, per cent. */
  weighting: z.number().min(0).max(100).optional(),
  responseLimit: responseLimitSchema.optional(),
  kpiExemption: z.enum(KPI_EXEMPTIONS).optional(),
});
export type ContractDetails = z.infer<typeof contractDetailsSchema>;

/** Values that belong to one indicator in one pack. */
export const itemValuesSchema = z.object({
  target: shortText.optional(),
  responseLimit: responseLimitSchema.optional(),
});

export const packItemSchema = z.object({
  indicatorId: slugSchema,
  /** Share of the social value weighting, per cent (the shares add up to 100). */
  weight: z.number().min(0).max(100),
  /** Optional minimum acceptable score, 0–5. */
  minimumScore: z.number().int().min(0).max(5).optional(),
  values: itemValuesSchema,
});
export type PackItem = z.infer<typeof packItemSchema>;

export const packSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  details: contractDetailsSchema,
  items: z.array(packItemSchema).max(500),
});
export type Pack = z.infer<typeof packSchema>;
