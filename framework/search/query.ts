/**
 * Reads what the officer typed: each word and the vocabulary words it may
 * stand for (typos, plurals, UK/US spellings, the word still being typed),
 * and the synonym concepts the words name, alone or as phrases.
 */
import { normaliseWord, stem, tokenise } from './normalise';
import type { SlotAlternative } from './phrases';
import type { SearchIndex } from './inverted-index';
import type { WordMatch } from './vocabulary';

interface QueryPosition {
  /** The word as typed, normalised. */
  word: string;
  /** True for the last word when the user may still be typing it. */
  open: boolean;
  /** True when the word as typed is a word of the vocabulary: its completions are then only hints. */
  known: boolean;
  /** False for a stop word ("of", "the") outside any synonym phrase: it does not count towards the score. */
  scored: boolean;
  alternatives: WordMatch[];
  /** Stems of the alternatives other than prefix completions, for phrase checks. */
  stems: Set<string>;
}

interface QueryConcept {
  groupId: string;
  /** First query position the concept covers, and how many. */
  start: number;
  length: number;
  confidence: number;
}

export interface ParsedQuery {
  positions: QueryPosition[];
  concepts: QueryConcept[];
  /** Every vocabulary word the query may mean, and their stems (for highlighting). */
  words: ReadonlySet<string>;
  stems: ReadonlySet<string>;
  /** The unfinished last word, matched as a prefix of words in the text. */
  openPrefix: string | null;
}

/** Alternatives below this confidence are too loose to name a synonym concept. */
const MIN_CONCEPT_CONFIDENCE = 0.6;
const MAX_QUERY_WORDS = 32;
/** Confidence kept by a completion of a word that is itself in the vocabulary. */
const KNOWN_WORD_COMPLETION = 0.5;
/** Words so common in queries they carry no meaning on their own. */
const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'or', 'from', 'into', 'our', 'your', 'is', 'are']);

export function parseQuery(query: string, index: SearchIndex): ParsedQuery {
  // A pasted paragraph should not cost more than a sentence: its first words say enough.
  const typed = tokenise(query);
  const tokens = typed.slice(0, MAX_QUERY_WORDS);
  const endsOpen = tokens.length > 0 && typed.length <= MAX_QUERY_WORDS && /[\p{L}\p{N}]$/u.test(query);
  const vocabulary = index.vocabulary;

  const positions: QueryPosition[] = tokens.map((token, i) => {
    // A finished stop word ("the") is far likelier than the start of "theatre".
    const open = endsOpen && i === tokens.length - 1 && !STOP_WORDS.has(token.word);
    const resolved = vocabulary.resolve(token.word, { asPrefix: open });
    // A word the framework knows as typed ("EV", "home") is likelier finished
    // than the start of a longer one ("every", "homeworking"): its
    // completions are a weaker guess, too weak to name a synonym concept.
    const known = resolved.some((a) => a.kind === 'exact' || a.kind === 'spelling');
    const alternatives = resolved.map((a) =>
      known && a.kind === 'prefix' ? { ...a, confidence: a.confidence * KNOWN_WORD_COMPLETION } : a,
    );
    return { word: token.word, open, known, scored: true, alternatives, stems: new Set<string>() };
  });

  // Words typed apart that the data writes as one ("bio diversity", "well being").
  const slots: SlotAlternative[][] = positions.map((p) =>
    p.alternatives
      .filter((a) => a.confidence >= MIN_CONCEPT_CONFIDENCE)
      .map((a) => ({ stem: vocabulary.stemOf(a.word), span: 1, confidence: a.confidence })),
  );
  for (let i = 0; i + 1 < positions.length; i++) {
    const compound = normaliseWord((positions[i]?.word ?? '') + (positions[i + 1]?.word ?? ''));
    const matches = vocabulary.resolve(compound, { asPrefix: positions[i + 1]?.open ?? false, typos: false });
    for (const m of matches) {
      if (m.kind === 'prefix' || m.kind === 'fuzzy') continue;
      const confidence = Math.min(m.confidence, 0.9);
      positions[i]?.alternatives.push({ word: m.word, confidence, kind: 'compound' });
      positions[i + 1]?.alternatives.push({ word: m.word, confidence, kind: 'compound' });
      slots[i]?.push({ stem: vocabulary.stemOf(m.word), span: 2, confidence });
    }
  }

  // A phrase may also start with a stop word ("out of work"), so phrases are
  // looked for before stop words are dropped from scoring.
  const concepts = index.phrases.find(slots).map((hit) => ({
    groupId: hit.groupId,
    start: hit.start,
    length: hit.length,
    confidence: hit.confidence,
  }));

  positions.forEach((p, i) => {
    p.scored = !STOP_WORDS.has(p.word) || concepts.some((c) => i >= c.start && i < c.start + c.length);
    p.stems.add(stem(p.word));
    for (const a of p.alternatives) if (a.kind !== 'prefix') p.stems.add(vocabulary.stemOf(a.word));
  });
  const words = new Set<string>();
  const stems = new Set<string>();
  for (const p of positions) {
    // Stop words inside a phrase are highlighted through the phrase, not everywhere.
    if (!p.scored || STOP_WORDS.has(p.word)) continue;
    for (const a of p.alternatives) {
      if (a.kind === 'prefix') continue; // the open prefix itself is highlighted instead
      words.add(a.word);
      stems.add(stem(a.word));
    }
  }
  const last = positions[positions.length - 1];
  return {
    positions,
    concepts,
    words,
    stems,
    openPrefix: last?.open && last.word.length >= 2 ? last.word : null,
  };
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
