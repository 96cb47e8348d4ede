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
 */
import { escapeHtml } from './escape';
import { fillPlaceholders, type PlaceholderValues } from './placeholders';
import { PLACEHOLDERS, type Indicator, type Placeholder } from './schema';

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
  weighting: 'weighting',
  target: 'target',
};

/** Labels in the tender question and KPI, as they appear in the output. */
export const LABELS = {
  strongAnswer: 'What a strong answer contains',
  scoring: 'How it will be scored',
  responseLimit: 'Response limit',
  measure: 'Measure',
  unit: 'Unit',
  target: 'Target',
  frequency: 'Reporting frequency',
  evidence: 'Evidence',
} as const;

const KNOWN_PLACEHOLDER = new RegExp(`\\{(${PLACEHOLDERS.join('|')})\\}`, 'g');

/** The values to fill for this indicator: the officer's, then the indicator's defaults. */
function valuesFor(indicator: Indicator, values: PlaceholderValues): PlaceholderValues {
  // Wording says "{responseLimit} words", so "750 words" typed in full is cut back to "750".
  const typed = values.responseLimit?.trim().replace(/^(\d+)\s*words?$/i, '$1');
  const responseLimit = typed ? typed : String(indicator.wording.procurement.responseLimitWords);
  return { ...values, responseLimit };
}

/** Fills placeholders; any known placeholder still unset becomes "[its name]". */
export function fillWording(text: string, values: PlaceholderValues): string {
  return fillPlaceholders(text, values).replace(KNOWN_PLACEHOLDER, (_whole, name: Placeholder) => `[${PLACEHOLDER_NAMES[name]}]`);
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

/** Planning: the outcome / specification statement. */
function outcomeBlocks(indicator: Indicator, values: PlaceholderValues): WordingBlock[] {
  return [{ kind: 'paragraph', text: fillWording(indicator.wording.planning.outcome, valuesFor(indicator, values)) }];
}

/** Procurement: the question, what a strong answer contains, scoring and the response limit. */
function questionBlocks(indicator: Indicator, values: PlaceholderValues): WordingBlock[] {
  const filled = valuesFor(indicator, values);
  const fill = (text: string) => fillWording(text, filled);
  const { question, strongAnswer, scoring } = indicator.wording.procurement;
  return [
    { kind: 'paragraph', text: fill(question) },
    { kind: 'heading', label: LABELS.strongAnswer },
    { kind: 'list', items: strongAnswer.map(fill) },
    { kind: 'labelled', label: LABELS.scoring, text: fill(scoring), block: true },
    { kind: 'labelled', label: LABELS.responseLimit, text: describeLimit(filled.responseLimit ?? '') },
  ];
}

/** Contract management: the KPI with its measure, unit, target, frequency and evidence. */
function kpiBlocks(indicator: Indicator, values: PlaceholderValues): WordingBlock[] {
  const filled = valuesFor(indicator, values);
  const kpi = indicator.wording.contractManagement;
  const rows: [string, string][] = [
    [LABELS.measure, fillWording(kpi.measure, filled)],
    [LABELS.unit, fillWording(kpi.unit, filled)],
    [LABELS.target, fillWording(kpi.target, filled)],
    [LABELS.frequency, capitalise(kpi.frequency)],
    [LABELS.evidence, fillWording(kpi.evidence, filled)],
  ];
  return rows.map(([label, text]) => ({ kind: 'labelled', label, text }));
}

/** The blocks of one kind of wording for an indicator, placeholders filled. */
export function wordingBlocks(indicator: Indicator, kind: WordingKind, values: PlaceholderValues = {}): WordingBlock[] {
  switch (kind) {
    case 'indicator':
      return indicatorBlocks(indicator);
    case 'outcome':
      return outcomeBlocks(indicator, values);
    case 'question':
      return questionBlocks(indicator, values);
    case 'kpi':
      return kpiBlocks(indicator, values);
  }
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
export function renderWording(indicator: Indicator, kind: WordingKind, values: PlaceholderValues = {}): RenderedWording {
  const blocks = wordingBlocks(indicator, kind, values);
  return { text: blocksToText(blocks), html: blocksToHtml(blocks) };
}

export const renderIndicatorWording = (indicator: Indicator): RenderedWording => renderWording(indicator, 'indicator');
export const renderOutcome = (indicator: Indicator, values: PlaceholderValues = {}): RenderedWording =>
  renderWording(indicator, 'outcome', values);
export const renderTenderQuestion = (indicator: Indicator, values: PlaceholderValues = {}): RenderedWording =>
  renderWording(indicator, 'question', values);
export const renderKpi = (indicator: Indicator, values: PlaceholderValues = {}): RenderedWording =>
  renderWording(indicator, 'kpi', values);
