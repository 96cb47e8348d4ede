/**
 * The draft check: which of a framework's indicators a specification, tender
 * or bid already addresses (with the sentences that show it), the themes,
 * outcomes and Marmot priorities they serve, what is missing and, in bids,
 * the commitments too vague to hold anyone to. Pure and synchronous: a
 * 10,000-word document takes a few tens of milliseconds (`npm run bench`).
 *
 * It reads text with the search's own machinery (framework/search: its
 * normaliser, vocabulary, synonym concepts and index), sentence by sentence
 * (sentences.ts, match.ts), so officers' and bidders' words ("out of work
 * for over a year", "FTE", "tCO2e", typos) count as the framework's.
 */
import type { Framework } from '../schema';
import { findGaps } from './gaps';
import { CLEAR_SCORE, CLEAR_WORDS, matchSentence } from './match';
import { profilesFor } from './profiles';
import { splitSentences } from './sentences';
import type { CheckOptions, CoveredIndicator, DraftCheck, Evidence, Served, ThemeSummary, VagueCommitment } from './types';
import { guessKind, isPledge, isSpecific } from './vague';

export type * from './types';
export { splitSentences } from './sentences';

/**
 * A heading ("Environmental commitments (Lot 2: Housing Repairs)") names a
 * topic but commits to nothing: a short line with no sentence end and no verb
 * of commitment.
 */
function isHeading(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean).length;
  return words <= 7 && !/[.!?]$/.test(line) && !/\b(?:will|shall|must|should|we|our|are|is)\b/i.test(line);
}

function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Evidence quotes kept per indicator. */
const MAX_EVIDENCE = 5;

export function checkDraft(framework: Framework, text: string, options: CheckOptions = {}): DraftCheck {
  const profiles = profilesFor(framework);
  const sentences = splitSentences(text);
  const kind = options.kind ?? guessKind(sentences);
  const found = new Map<number, { best: number; clear: boolean; evidence: (Evidence & { score: number })[] }>();
  const vague: VagueCommitment[] = [];
  let words = 0;
  for (const sentence of sentences) {
    words += countWords(sentence.quote);
    const matches = isHeading(sentence.quote) ? [] : matchSentence(profiles, sentence.quote);
    for (const m of matches) {
      const entry = found.get(m.doc) ?? { best: 0, clear: false, evidence: [] };
      entry.best = Math.max(entry.best, m.score);
      if (m.score >= CLEAR_SCORE && m.words >= CLEAR_WORDS) entry.clear = true;
      entry.evidence.push({ ...sentence, score: m.score });
      found.set(m.doc, entry);
    }
    if (kind === 'bid' && (matches.length || isPledge(sentence.quote)) && !isSpecific(sentence.quote)) {
      vague.push({ ...sentence, indicatorIds: matches.map((m) => profiles.index.docs[m.doc]?.indicator.id ?? '').filter(Boolean) });
    }
  }

  const covered: (CoveredIndicator & { best: number })[] = [];
  for (const [doc, entry] of found) {
    const indicator = profiles.index.docs[doc]?.indicator;
    if (!indicator) continue;
    entry.evidence.sort((a, b) => b.score - a.score || a.start - b.start);
    covered.push({
      indicatorId: indicator.id,
      strength: entry.clear ? 'clear' : 'partial',
      evidence: entry.evidence.slice(0, MAX_EVIDENCE).map(({ quote, start, end }) => ({ quote, start, end })),
      best: entry.best,
    });
  }
  covered.sort((a, b) => Number(b.strength === 'clear') - Number(a.strength === 'clear') || b.best - a.best);
  const coveredIds = new Set(covered.map((c) => c.indicatorId));
  const coveredIndicators = framework.indicators.filter((i) => coveredIds.has(i.id));

  const served = (all: readonly string[], pick: (i: (typeof coveredIndicators)[number]) => readonly string[]): Served => {
    const yes = new Set(coveredIndicators.flatMap((i) => pick(i)));
    return { served: all.filter((id) => yes.has(id)), notServed: all.filter((id) => !yes.has(id)) };
  };

  const strength = new Map(covered.map((c) => [c.indicatorId, c.strength]));
  const summary: ThemeSummary[] = framework.themes.map((theme) => {
    let clear = 0;
    let partial = 0;
    for (const i of coveredIndicators) {
      if (!i.themes.includes(theme.id)) continue;
      if (strength.get(i.id) === 'clear') clear++;
      else partial++;
    }
    return { themeId: theme.id, clear, partial, status: clear ? 'covered' : partial ? 'partly' : 'missing' };
  });

  return {
    kind,
    covered: covered.map(({ indicatorId, strength, evidence }) => ({ indicatorId, strength, evidence })),
    themes: served(framework.themes.map((t) => t.id), (i) => i.themes),
    outcomes: served(framework.outcomes.map((o) => o.id), (i) => i.outcomes),
    marmotPriorities: served(framework.marmotPriorities.map((m) => m.id), (i) => i.marmotPriorities),
    summary,
    gaps: findGaps(framework, coveredIds),
    vague,
    words,
  };
}
