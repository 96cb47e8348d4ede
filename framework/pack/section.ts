/**
 * Generates the social value section of a specification or invitation to
 * tender from a pack: introduction, priorities for the chosen themes, the
 * weighting model (stated once), numbered tender questions, and the KPI
 * schedule. The result is a list of blocks (headings, paragraphs, lists,
 * tables) that every output (HTML, text, Markdown, .docx) is written from,
 * plus the questions and KPI rows as data for the CSVs.
 */
import { LABELS, WEIGHTING_PARTS, fillWording } from '../render-wording';
import type { PlaceholderValues } from '../placeholders';
import type { Framework, Indicator, Placeholder } from '../schema';
import { kpiDuty, type KpiDuty } from './advice';
import { OWN_WORDING_MARK, ownText, type OwnWording } from './own-wording';
import type { ContractDetails, Pack, PackItem, ResponseLimit } from './schema';
import { questionScoring, type ScoreDescriptor } from './scoring';
import { MAX_SCORE, formatNumber, questionWeight, sharesAddUp } from './weights';

export type SectionVersion = 'bidder' | 'evaluator';

export const VERSION_NAMES: Record<SectionVersion, string> = { bidder: 'for bidders', evaluator: 'for evaluators' };

/** The s.71 contract performance notice ratings (Procurement Act 2023). */
export const S71_RATINGS = ['Good', 'Approaching target', 'Requires improvement', 'Inadequate', 'Other'] as const;

export type SectionBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; label?: string }
  | { kind: 'list'; items: string[]; label?: string }
  | { kind: 'table'; caption: string; header: string[]; rows: string[][] };

/** Where a blank contract detail falls back to (the officer's settings, then the defaults). */
export interface DetailDefaults {
  organisation: string;
  locality: string;
  defaultWeighting: number;
  defaultResponseLimit: ResponseLimit;
}

export interface ResolvedDetails {
  contractName?: string;
  contractTerm?: string;
  locality: string;
  organisation: string;
  estimatedValue?: number;
  weighting: number;
  responseLimit: ResponseLimit;
  kpiExemption?: ContractDetails['kpiExemption'];
}

const blank = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** The pack's own values over the defaults, field by field. */
export function resolveDetails(details: ContractDetails, defaults: DetailDefaults): ResolvedDetails {
  return {
    contractName: blank(details.contractName),
    contractTerm: blank(details.contractTerm),
    locality: blank(details.locality) ?? defaults.locality,
    organisation: blank(details.organisation) ?? defaults.organisation,
    estimatedValue: details.estimatedValue,
    weighting: details.weighting ?? defaults.defaultWeighting,
    responseLimit: details.responseLimit ?? defaults.defaultResponseLimit,
    kpiExemption: details.kpiExemption,
  };
}

export interface SectionQuestion {
  number: number;
  indicatorId: string;
  question: string;
  ownWording: boolean;
  responseLimit: string;
  share: number;
  weight: number;
  minimumScore?: number;
  /** The framework's scoring guidance for this question, when it has some. */
  guidance?: string;
  strongAnswer: string[];
  descriptors: readonly ScoreDescriptor[];
  /** Set when the descriptors are the generic scale: says they are to be replaced. */
  genericNotice?: string;
}

export interface SectionKpi {
  number: number;
  indicatorId: string;
  measure: string;
  unit: string;
  target: string;
  frequency: string;
  evidence: string;
}

export interface Section {
  title: string;
  version: SectionVersion;
  blocks: SectionBlock[];
  questions: SectionQuestion[];
  kpis: SectionKpi[];
  kpiDuty: KpiDuty;
  weightsAddUp: boolean;
}

export interface SectionInput {
  framework: Framework;
  pack: Pack;
  details: ResolvedDetails;
  version: SectionVersion;
  ownWording?: OwnWording;
}

function describeLimit(limit: ResponseLimit): string {
  return `${String(limit.value)} ${limit.unit}`;
}

/** Wording says "{responseLimit} words"; a limit in characters says so instead. */
function fitLimitUnit(text: string, limit: ResponseLimit): string {
  return limit.unit === 'characters' ? text.replace(/\{responseLimit\}\s*words?/g, '{responseLimit} characters') : text;
}

function valuesFor(details: ResolvedDetails, item: PackItem, limit: ResponseLimit, weight: number): PlaceholderValues {
  return {
    contractName: details.contractName,
    contractTerm: details.contractTerm,
    locality: details.locality,
    organisation: details.organisation,
    weighting: `${formatNumber(details.weighting)}%`,
    questionWeighting: `${formatNumber(weight)}%`,
    responseLimit: String(limit.value),
    target: blank(item.values.target),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface Chosen {
  item: PackItem;
  indicator: Indicator;
}

/** The pack's items whose indicator is in this framework, in the pack's order. */
export function chosenIndicators(framework: Framework, pack: Pack): Chosen[] {
  const byId = new Map(framework.indicators.map((indicator) => [indicator.id, indicator]));
  return pack.items.flatMap((item) => {
    const indicator = byId.get(item.indicatorId);
    return indicator ? [{ item, indicator }] : [];
  });
}

function buildQuestion(chosen: Chosen, number: number, details: ResolvedDetails, own: OwnWording | undefined): SectionQuestion {
  const { item, indicator } = chosen;
  const limit = item.values.responseLimit ?? details.responseLimit;
  const weight = questionWeight(details.weighting, item.weight);
  const values = valuesFor(details, item, limit, weight);
  const fill = (text: string) => fillWording(fitLimitUnit(text, limit), values);
  const ownQuestion = ownText(own?.[indicator.id], 'question');
  const scoring = questionScoring(indicator);
  return {
    number,
    indicatorId: indicator.id,
    question: fill(ownQuestion ?? indicator.wording.procurement.question),
    ownWording: ownQuestion !== undefined,
    responseLimit: describeLimit(limit),
    share: item.weight,
    weight,
    minimumScore: item.minimumScore,
    guidance: scoring.guidance === undefined ? undefined : fill(scoring.guidance),
    strongAnswer: indicator.wording.procurement.strongAnswer.map(fill),
    descriptors: scoring.descriptors.map((d) => ({ score: d.score, text: fill(d.text) })),
    genericNotice: scoring.genericNotice,
  };
}

function buildKpi(chosen: Chosen, number: number, details: ResolvedDetails, own: OwnWording | undefined): SectionKpi {
  const { item, indicator } = chosen;
  const values = valuesFor(details, item, details.responseLimit, 0);
  const kpi = indicator.wording.contractManagement;
  // "£{target}" with "£250,000" typed would read "££250,000".
  if (kpi.target.includes('£{target}') && values.target) values.target = values.target.replace(/^£\s*/, '');
  const ownMeasure = ownText(own?.[indicator.id], 'measure');
  return {
    number,
    indicatorId: indicator.id,
    measure: fillWording(ownMeasure ?? kpi.measure, values) + (ownMeasure ? ` ${OWN_WORDING_MARK}` : ''),
    unit: fillWording(kpi.unit, values),
    target: fillWording(kpi.target, values),
    frequency: capitalise(kpi.frequency),
    evidence: fillWording(kpi.evidence, values),
  };
}

function introduction(framework: Framework, details: ResolvedDetails): SectionBlock[] {
  const contract = details.contractName ?? '[contract name]';
  const carbon = framework.guidance.paragraphs.find((p) => p.id.startsWith('carbon-neutral'));
  return [
    { kind: 'heading', level: 2, text: 'Introduction' },
    {
      kind: 'paragraph',
      text: `${details.organisation} expects ${contract} to deliver social value in ${details.locality}: benefits for local people, the local economy and the environment beyond the service itself. This section is based on the ${framework.name}, which links each social value indicator to the Marmot priorities (the wider determinants of health), local priorities and outcomes.`,
    },
    {
      kind: 'paragraph',
      text: carbon
        ? `${details.organisation} has an ambition to become carbon neutral, and carbon reduction outcomes are a key factor in all commissioning: bidders should show how their delivery of ${contract} will reduce carbon emissions, including diesel and petrol fuel use, the heating, lighting and power of buildings, office waste and business mileage.`
        : `Carbon reduction is a standing priority: bidders should show how their delivery of ${contract} will reduce carbon emissions.`,
    },
  ];
}

function priorities(framework: Framework, chosen: readonly Chosen[]): SectionBlock[] {
  const themeIds = new Set(chosen.flatMap(({ indicator }) => indicator.themes));
  const marmotIds = new Set(chosen.flatMap(({ indicator }) => indicator.marmotPriorities));
  const blocks: SectionBlock[] = [{ kind: 'heading', level: 2, text: 'Priorities this contract supports' }];
  for (const theme of framework.themes.filter((t) => themeIds.has(t.id))) {
    blocks.push({ kind: 'heading', level: 3, text: theme.title });
    const marmot = theme.marmotPriorities.filter((p) => marmotIds.has(p.id));
    if (marmot.length > 0) blocks.push({ kind: 'list', label: 'Marmot priorities', items: marmot.map((p) => p.text) });
    const local = theme.localPriorities.sources.map((source) => source.title);
    if (local.length > 0) blocks.push({ kind: 'list', label: 'Local priorities', items: local });
    if (theme.localVoices.quotes.length > 0) {
      blocks.push({ kind: 'list', label: 'What local people say', items: theme.localVoices.quotes.map((quote) => `“${quote.replace(/^["“]|["”]$/g, '')}”`) });
    }
  }
  return blocks;
}

function weightingModel(details: ResolvedDetails, questions: readonly SectionQuestion[]): SectionBlock[] {
  return [
    { kind: 'heading', level: 2, text: 'How social value will be evaluated' },
    {
      kind: 'paragraph',
      // The framework's one statement of the model, with the overall weighting filled in once for the whole section.
      text: fillWording(`${WEIGHTING_PARTS.overall} Each question's share is in the table below; the shares add up to 100%. Each answer is scored from 0 to ${String(MAX_SCORE)}. ${WEIGHTING_PARTS.rule}`, {
        weighting: `${formatNumber(details.weighting)}%`,
        questionWeighting: "the question's weight",
      }),
    },
    {
      kind: 'table',
      caption: 'Question weights',
      header: ['Question', 'Share of social value', 'Weight (% of total score)', 'Minimum acceptable score'],
      rows: questions.map((q) => [`SV${String(q.number)}`, `${formatNumber(q.share)}%`, `${formatNumber(q.weight)}%`, q.minimumScore === undefined ? 'None' : `${String(q.minimumScore)} of ${String(MAX_SCORE)}`]),
    },
  ];
}

function questionBlocks(q: SectionQuestion, version: SectionVersion, firstLine: string): SectionBlock[] {
  const blocks: SectionBlock[] = [
    { kind: 'heading', level: 3, text: `Question SV${String(q.number)}: ${firstLine}` },
    { kind: 'paragraph', text: q.question + (q.ownWording ? ` ${OWN_WORDING_MARK}` : '') },
    { kind: 'paragraph', label: 'Response limit', text: q.responseLimit },
    { kind: 'paragraph', label: 'Weight', text: `${formatNumber(q.share)}% of the social value score (${formatNumber(q.weight)}% of the total score)` },
  ];
  if (q.minimumScore !== undefined) {
    blocks.push({ kind: 'paragraph', label: 'Minimum acceptable score', text: `${String(q.minimumScore)} of ${String(MAX_SCORE)}` });
  }
  if (q.guidance !== undefined) blocks.push({ kind: 'paragraph', label: LABELS.scoringGuidance, text: q.guidance });
  if (version === 'evaluator') {
    blocks.push({ kind: 'list', label: LABELS.strongAnswer, items: q.strongAnswer });
    blocks.push({
      kind: 'table',
      caption: `Scoring descriptors for question SV${String(q.number)}`,
      header: ['Score', 'Descriptor'],
      rows: q.descriptors.map((d) => [String(d.score), d.text]),
    });
    if (q.genericNotice !== undefined) blocks.push({ kind: 'paragraph', text: q.genericNotice });
  }
  return blocks;
}

function kpiSchedule(kpis: readonly SectionKpi[], duty: KpiDuty): SectionBlock[] {
  const blocks: SectionBlock[] = [
    { kind: 'heading', level: 2, text: 'KPI schedule' },
    {
      kind: 'table',
      caption: 'Social value KPIs',
      header: ['KPI', 'Measure', 'Unit', 'Target', 'Reporting frequency', 'Evidence'],
      rows: kpis.map((k) => [`KPI ${String(k.number)}`, k.measure, k.unit, k.target, k.frequency, k.evidence]),
    },
    { kind: 'list', label: 'Each KPI is rated in contract performance notices (Procurement Act 2023 s.71) as', items: [...S71_RATINGS] },
  ];
  if (duty.applies) blocks.push({ kind: 'paragraph', text: duty.text });
  return blocks;
}

/** Short title of an indicator for a question heading: its wording, cut at a word after 80 characters (abbreviations such as "No." make sentences unreliable). */
function shortTitle(text: string): string {
  const cut = text.length <= 80 ? text : `${text.slice(0, 80).replace(/\s+\S*$/, '')}…`;
  return cut.replace(/[.:]$/, '');
}

export function generateSection({ framework, pack, details, version, ownWording }: SectionInput): Section {
  const chosen = chosenIndicators(framework, pack);
  const questions = chosen.map((c, index) => buildQuestion(c, index + 1, details, ownWording));
  const kpis = chosen.map((c, index) => buildKpi(c, index + 1, details, ownWording));
  const duty = kpiDuty(details, kpis.length);
  const title = `Social value: ${details.contractName ?? '[contract name]'}`;
  const blocks: SectionBlock[] = [
    { kind: 'heading', level: 1, text: `${title} (${VERSION_NAMES[version]})` },
    ...introduction(framework, details),
    ...priorities(framework, chosen),
    ...weightingModel(details, questions),
    { kind: 'heading', level: 2, text: 'Tender questions' },
    ...questions.flatMap((q, index) => questionBlocks(q, version, shortTitle(chosen[index]?.indicator.text ?? ''))),
    ...kpiSchedule(kpis, duty),
  ];
  return { title, version, blocks, questions, kpis, kpiDuty: duty, weightsAddUp: sharesAddUp(pack.items.map((i) => i.weight)) };
}

/** A value the section needs that is not filled in. */
export interface MissingValue {
  field: Placeholder;
  /** Set for a value that belongs to one indicator in this pack (a KPI target). */
  indicatorId?: string;
  label: string;
}

/** What is still blank: contract name and term (when used, the officer's own wording included) and each KPI target the wording asks for. */
export function missingValues(framework: Framework, pack: Pack, details: ResolvedDetails, own: OwnWording = {}): MissingValue[] {
  const chosen = chosenIndicators(framework, pack);
  const texts = chosen.flatMap(({ indicator }) => [
    ownText(own[indicator.id], 'question') ?? '',
    ownText(own[indicator.id], 'measure') ?? '',
    indicator.wording.procurement.question,
    ...indicator.wording.procurement.strongAnswer,
    ...Object.values(indicator.wording.procurement.scoring),
    indicator.wording.procurement.scoringGuidance ?? '',
    ...Object.values(indicator.wording.contractManagement),
  ]);
  const used = (name: Placeholder) => texts.some((text) => text.includes(`{${name}}`));
  const missing: MissingValue[] = [];
  if (!details.contractName) missing.push({ field: 'contractName', label: 'Contract name' });
  if (!details.contractTerm && used('contractTerm')) missing.push({ field: 'contractTerm', label: 'Contract term' });
  for (const { item, indicator } of chosen) {
    if (!blank(item.values.target) && indicator.wording.contractManagement.target.includes('{target}')) {
      missing.push({ field: 'target', indicatorId: indicator.id, label: `KPI target: ${shortTitle(indicator.text)}` });
    }
  }
  return missing;
}
