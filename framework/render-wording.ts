/**
 * Turns an indicator's verbatim wording and its stage wordings into the two
 * forms the panel copies and inserts: clean plain text for plain fields and
 * formatted HTML (paragraphs, lists, bold labels) for rich editors.
 *
 * Placeholders are filled from the officer's values. A placeholder without a
 * value is never dropped: it is shown as its name in square brackets, e.g.
 * "[contract name]", which reads as "fill this in" in a document and is easy
 * to spot. `{responseLimit}` defaults to the tender question's suggested
 * response limit in words.
 *
 * Every piece of framework text is HTML-escaped before it goes into `html`,
 * so text such as `<script>` in an imported framework stays text.
 *
 * The weighting model is stated here, once, under every tender question
 * (never inside an indicator's own wording): social value has an overall
 * weighting, each question carries a share of it, and a question's weighted
 * score is its score ÷ 5 × the question's weighting.
 *
 * Stage wording calls the supplier "the Provider", a defined term; the
 * `supplierTerm` render option swaps it for "Supplier" or "Contractor".
 */
import { escapeHtml } from './escape';
import { fillPlaceholders, knownPlaceholders, type PlaceholderValues } from './placeholders';
import { ownText, type OwnWordingEntry } from './pack/own-wording';
import { SCORES, type Indicator, type Placeholder } from './schema';

export interface RenderedWording {
  text: string;
  html: string;
}

/** The four pieces of wording an officer can copy or insert for an indicator. */
export const WORDING_KINDS = ['indicator', 'outcome', 'question', 'kpi'] as const;
export type WordingKind = (typeof WORDING_KINDS)[number];

/** What each kind is called in buttons and headings ("Copy tender question"). */
export const WORDING_NAMES: Record<WordingKind, string> = {
  indicator: 'indicator wording',
  outcome: 'outcome statement',
  question: 'tender question',
  kpi: 'KPI',
};

/** How an unset placeholder reads in the output. */
export const PLACEHOLDER_NAMES: Record<Placeholder, string> = {
  contractName: 'contract name',
  contractTerm: 'contract term',
  locality: 'locality',
  organisation: 'organisation',
  responseLimit: 'response limit',
  weighting: 'social value weighting',
  questionWeighting: 'question weighting',
  target: 'target',
};

/** What the wording calls the organisation that wins the contract. */
export const SUPPLIER_TERMS = ['Provider', 'Supplier', 'Contractor'] as const;
export type SupplierTerm = (typeof SUPPLIER_TERMS)[number];
export const DEFAULT_SUPPLIER_TERM: SupplierTerm = 'Provider';

/** Choices that change how wording reads, beyond the placeholders. */
export interface RenderOptions {
  /** The defined term for the supplier: "the Provider" (default), "the Supplier" or "the Contractor". */
  supplierTerm?: SupplierTerm;
  /**
   * The officer's own wording of this indicator's outcome statement, tender
   * question or KPI measure, used in place of the framework's. This is the
   * one place own wording enters the wording (the pack's section reads it
   * through the same `ownText`).
   */
  own?: OwnWordingEntry;
}

/** The defined term as stage wording writes it: capitalised, a whole word. */
const DEFINED_TERM = /\bProvider\b/g;

/** Swaps the defined term "Provider" for the chosen one. Lower-case "provider" (a treatment provider) is left alone. */
export function applySupplierTerm(text: string, term: SupplierTerm = DEFAULT_SUPPLIER_TERM): string {
  return term === 'Provider' ? text : text.replace(DEFINED_TERM, term);
}

/**
 * A question's weighted score: score ÷ 5 × the question's weighting (in
 * percentage points of the total evaluation score).
 */
export function weightedScore(score: number, questionWeighting: number): number {
  return (score / 5) * questionWeighting;
}

/** The parts of the weighting model's one statement; a tender pack states the overall share and the rule once, above its questions. */
export const WEIGHTING_PARTS = {
  overall: 'Social value carries {weighting} of the total evaluation score, shared between the social value questions.',
  question: 'This question carries {questionWeighting} of the total.',
  rule: 'Weighted score = score ÷ 5 × {questionWeighting}; for example, a score of 4 on a question weighted 2% earns 1.6%.',
} as const;

/** The one statement of the weighting model, under every tender question. */
export const WEIGHTING_STATEMENT = `${WEIGHTING_PARTS.overall} ${WEIGHTING_PARTS.question} ${WEIGHTING_PARTS.rule}`;

/** Shown under descriptors that a migration filled in rather than the framework's author. */
export const GENERIC_SCORING_NOTICE =
  'These descriptors are a generic scale, added when this framework was brought up to the current format; replace them with descriptors for this measure before publishing.';

/** Labels in the tender question and KPI, as they appear in the output. */
export const LABELS = {
  strongAnswer: 'What a strong answer contains',
  scoring: 'How it will be scored',
  scoringGuidance: 'Scoring guidance',
  weighting: 'Weighting',
  responseLimit: 'Response limit',
  measure: 'Measure',
  unit: 'Unit',
  target: 'Target',
  frequency: 'Reporting frequency',
  evidence: 'Evidence',
} as const;

/** The values to fill for this indicator: the officer's, then the indicator's defaults. */
function valuesFor(indicator: Indicator, values: PlaceholderValues): PlaceholderValues {
  // Wording says "{responseLimit} words", so "750 words" typed in full is cut back to "750".
  const typed = values.responseLimit?.trim().replace(/^(\d+)\s*words?$/i, '$1');
  const responseLimit = typed ? typed : String(indicator.wording.procurement.responseLimitWords);
  return { ...values, responseLimit };
}

/**
 * Fills placeholders; any known placeholder still unset becomes "[its name]".
 * One pass over the wording: what the officer typed is put in as typed, so
 * a value containing "{target}" or "[contract name]" appears literally.
 */
export function fillWording(text: string, values: PlaceholderValues): string {
  const shown = Object.fromEntries(
    Object.entries(PLACEHOLDER_NAMES).map(([name, label]) => {
      const value = values[name as Placeholder];
      return [name, value !== undefined && value.trim() !== '' ? value : `[${label}]`];
    }),
  ) as Required<PlaceholderValues>;
  return fillPlaceholders(text, shown);
}

/** "500" → "500 words"; anything else (e.g. "two sides of A4") as given. */
function describeLimit(limit: string): string {
  return /^\d+$/.test(limit.trim()) ? `${limit.trim()} words` : limit;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Wording as blocks: the one description that the plain text, the HTML and
 * the panel's on-screen preview are all built from, so they never disagree.
 */
export type WordingBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  /** A bold label followed by its text; `block` puts the text under the label in plain text. */
  | { kind: 'labelled'; label: string; text: string; block?: boolean }
  /** A bold label on its own line, introducing the list after it. */
  | { kind: 'heading'; label: string };

/** The framework's own wording, with its sub-measures as a list. */
function indicatorBlocks(indicator: Indicator): WordingBlock[] {
  const items = indicator.subMeasures ?? [];
  return [{ kind: 'paragraph', text: indicator.text }, ...(items.length > 0 ? [{ kind: 'list' as const, items }] : [])];
}

/**
 * Fills an indicator's stage wording: the supplier's defined term in the
 * wording first, then the placeholders (so a contract name the officer typed
 * with "Provider" in it is left as typed).
 */
function filler(indicator: Indicator, values: PlaceholderValues, options: RenderOptions): (text: string) => string {
  const filled = valuesFor(indicator, values);
  return (text) => fillWording(applySupplierTerm(text, options.supplierTerm), filled);
}

/** Planning: the outcome / specification statement. */
function outcomeBlocks(indicator: Indicator, fill: (text: string) => string, own?: OwnWordingEntry): WordingBlock[] {
  return [{ kind: 'paragraph', text: fill(ownText(own, 'outcome') ?? indicator.wording.planning.outcome) }];
}

/**
 * Procurement: the question, what a strong answer contains, a descriptor for
 * each score, the weighting model and the response limit (last: officers and
 * tests read the limit at the end).
 */
function questionBlocks(indicator: Indicator, values: PlaceholderValues, fill: (text: string) => string, own?: OwnWordingEntry): WordingBlock[] {
  const { question, strongAnswer, scoring, scoringGuidance, genericScoring } = indicator.wording.procurement;
  const limit = valuesFor(indicator, values).responseLimit ?? '';
  return [
    { kind: 'paragraph', text: fill(ownText(own, 'question') ?? question) },
    { kind: 'heading', label: LABELS.strongAnswer },
    { kind: 'list', items: strongAnswer.map(fill) },
    { kind: 'heading', label: LABELS.scoring },
    { kind: 'list', items: SCORES.map((score) => `${score}: ${fill(scoring[score])}`) },
    ...(genericScoring ? [{ kind: 'paragraph' as const, text: GENERIC_SCORING_NOTICE }] : []),
    ...(scoringGuidance ? [{ kind: 'labelled' as const, label: LABELS.scoringGuidance, text: fill(scoringGuidance) }] : []),
    { kind: 'labelled', label: LABELS.weighting, text: fill(WEIGHTING_STATEMENT) },
    { kind: 'labelled', label: LABELS.responseLimit, text: describeLimit(limit) },
  ];
}

/** Contract management: the KPI with its measure, unit, target, frequency and evidence. */
function kpiBlocks(indicator: Indicator, fill: (text: string) => string, own?: OwnWordingEntry): WordingBlock[] {
  const kpi = indicator.wording.contractManagement;
  const rows: [string, string][] = [
    [LABELS.measure, fill(ownText(own, 'measure') ?? kpi.measure)],
    [LABELS.unit, fill(kpi.unit)],
    [LABELS.target, fill(kpi.target)],
    [LABELS.frequency, capitalise(kpi.frequency)],
    [LABELS.evidence, fill(kpi.evidence)],
  ];
  return rows.map(([label, text]) => ({ kind: 'labelled', label, text }));
}

/** The blocks of one kind of wording for an indicator, placeholders filled. */
export function wordingBlocks(
  indicator: Indicator,
  kind: WordingKind,
  values: PlaceholderValues = {},
  options: RenderOptions = {},
): WordingBlock[] {
  const fill = filler(indicator, values, options);
  switch (kind) {
    case 'indicator':
      return indicatorBlocks(indicator);
    case 'outcome':
      return outcomeBlocks(indicator, fill, options.own);
    case 'question':
      return questionBlocks(indicator, values, fill, options.own);
    case 'kpi':
      return kpiBlocks(indicator, fill, options.own);
  }
}

/** The wording's texts before filling, for one kind (the officer's own text where they have one); `withStrongAnswer: false` for the bidders' question. */
function sourceTexts(indicator: Indicator, kind: WordingKind, own: OwnWordingEntry | undefined, withStrongAnswer: boolean): string[] {
  const { planning, procurement, contractManagement: kpi } = indicator.wording;
  switch (kind) {
    case 'indicator':
      return [];
    case 'outcome':
      return [ownText(own, 'outcome') ?? planning.outcome];
    case 'question':
      return [
        ownText(own, 'question') ?? procurement.question,
        ...(withStrongAnswer ? procurement.strongAnswer : []),
        ...SCORES.map((score) => procurement.scoring[score]),
        procurement.scoringGuidance ?? '',
        WEIGHTING_STATEMENT,
      ];
    case 'kpi':
      return [ownText(own, 'measure') ?? kpi.measure, kpi.unit, kpi.target, kpi.evidence];
  }
}

/**
 * The placeholders this wording uses that have no value yet, in order of
 * first use: what the panel asks for before it inserts or copies. The
 * response limit always has one (the suggested limit).
 */
export function unfilledPlaceholders(
  indicator: Indicator,
  kind: WordingKind,
  values: PlaceholderValues = {},
  options: RenderOptions & { withStrongAnswer?: boolean } = {},
): Placeholder[] {
  const filled = valuesFor(indicator, values);
  const used = knownPlaceholders(sourceTexts(indicator, kind, options.own, options.withStrongAnswer ?? true).join('\n'));
  return used.filter((name) => !filled[name]?.trim());
}

/**
 * Plain text: paragraphs and sections separated by a blank line, list items
 * as "- item", a short labelled line ("Unit: weeks") kept with its
 * neighbours so a KPI reads as one block.
 */
export function blocksToText(blocks: readonly WordingBlock[]): string {
  let out = '';
  let previous: WordingBlock | undefined;
  for (const block of blocks) {
    const part = blockText(block);
    if (previous) out += joiner(previous, block);
    out += part;
    previous = block;
  }
  return out;
}

function blockText(block: WordingBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'list':
      return block.items.map((item) => `- ${item}`).join('\n');
    case 'labelled':
      return block.block ? `${block.label}:\n${block.text}` : `${block.label}: ${block.text}`;
    case 'heading':
      return `${block.label}:`;
  }
}

/** A single line break inside a group (heading + its list, one-line labels); a blank line between groups. */
function joiner(previous: WordingBlock, next: WordingBlock): string {
  if (previous.kind === 'heading') return '\n';
  if (previous.kind === 'paragraph' && next.kind === 'list') return '\n';
  const oneLine = (b: WordingBlock) => b.kind === 'labelled' && !b.block;
  if (oneLine(previous) && oneLine(next)) return '\n';
  return '\n\n';
}

/** HTML: paragraphs, lists and bold labels, every piece of text escaped. */
export function blocksToHtml(blocks: readonly WordingBlock[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'paragraph':
          return `<p>${escapeHtml(block.text)}</p>`;
        case 'list':
          return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
        case 'labelled':
          return `<p><strong>${escapeHtml(block.label)}:</strong> ${escapeHtml(block.text)}</p>`;
        case 'heading':
          return `<p><strong>${escapeHtml(block.label)}:</strong></p>`;
      }
    })
    .join('');
}

/** One kind of wording for an indicator, as plain text and HTML. */
export function renderWording(
  indicator: Indicator,
  kind: WordingKind,
  values: PlaceholderValues = {},
  options: RenderOptions = {},
): RenderedWording {
  const blocks = wordingBlocks(indicator, kind, values, options);
  return { text: blocksToText(blocks), html: blocksToHtml(blocks) };
}

export const renderIndicatorWording = (indicator: Indicator): RenderedWording => renderWording(indicator, 'indicator');
export const renderOutcome = (indicator: Indicator, values: PlaceholderValues = {}, options: RenderOptions = {}): RenderedWording =>
  renderWording(indicator, 'outcome', values, options);
export const renderTenderQuestion = (indicator: Indicator, values: PlaceholderValues = {}, options: RenderOptions = {}): RenderedWording =>
  renderWording(indicator, 'question', values, options);
export const renderKpi = (indicator: Indicator, values: PlaceholderValues = {}, options: RenderOptions = {}): RenderedWording =>
  renderWording(indicator, 'kpi', values, options);
