/** The draft check's public types: what `checkDraft` returns. */

/** One sentence (or clause) of the checked text, with its half-open [start, end) offsets in that text. */
export interface Evidence {
  quote: string;
  start: number;
  end: number;
}

export type CoverageStrength = 'clear' | 'partial';

/** An indicator the text addresses, with the sentences that address it, best first. */
export interface CoveredIndicator {
  indicatorId: string;
  strength: CoverageStrength;
  evidence: Evidence[];
}

/** A theme, outcome or Marmot priority: served by at least one covered indicator, or not. */
export interface Served {
  served: string[];
  notServed: string[];
}

export type GapKind = 'theme' | 'carbon' | 'outcome';

/** Something the text lacks: why it matters and the indicators that would fill it. */
export interface Gap {
  kind: GapKind;
  /** The theme or outcome the gap is about. */
  themeId: string;
  outcomeId?: string;
  /** One line: what is missing. */
  title: string;
  /** Why it matters, in the council's terms. */
  why: string;
  /** Indicators to add, best first. */
  indicatorIds: string[];
}

/** A commitment that addresses social value but gives no number, unit, date or evidence. */
export interface VagueCommitment extends Evidence {
  /** Indicators it addresses (may be empty for a general pledge such as "supporting the local community"). */
  indicatorIds: string[];
}

/** Per theme: how many of its indicators the text covers clearly, partly, and whether it is missing altogether. */
export interface ThemeSummary {
  themeId: string;
  clear: number;
  partial: number;
  status: 'covered' | 'partly' | 'missing';
}

export type DraftKind = 'bid' | 'specification';

export interface DraftCheck {
  /** Whether the text reads as a bid (the supplier's "we will") or a commissioner's document. */
  kind: DraftKind;
  covered: CoveredIndicator[];
  themes: Served;
  outcomes: Served;
  marmotPriorities: Served;
  summary: ThemeSummary[];
  gaps: Gap[];
  /** Only for bids: commitments with nothing to hold the supplier to. */
  vague: VagueCommitment[];
  /** Words read. */
  words: number;
}

export interface CheckOptions {
  /** Read the text as this kind instead of guessing. */
  kind?: DraftKind;
}
