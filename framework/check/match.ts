/**
 * Reads one sentence and says which indicators it addresses, and how
 * strongly: the sentence's words (as typed, corrected for typos, UK/US
 * spellings and plurals by the search's vocabulary) and the synonym
 * concepts they form ("out of work", "tCO2e", "VCSE") meet each indicator's
 * profile (profiles.ts). Each word of the sentence gives an indicator at most
 * its best feature's weight, so one word ("wellbeing") never counts twice
 * through its concept; an indicator needs evidence from two or more words
 * of the sentence, at least one of them telling (rare among indicators),
 * and enough weight in all. Sentences that say a thing is not done ("not
 * applicable", "we do not") address nothing.
 */
import { isStopWord } from '../search/query';
import { scanWords, stem } from '../search/normalise';
import { isFormWord, type FeaturePosting, type Profiles } from './profiles';

export interface SentenceMatch {
  doc: number;
  score: number;
  /** Words of the sentence that gave evidence. */
  words: number;
}

/** A word this rare among indicators (idf) tells what the sentence is about. */
const TELLING = 2.5;
/** A synonym concept this rare is telling too ("VCSE"). */
const CONCEPT_TELLING = 2;
/** An indicator matching at least this share of the best match's words' weight is its rival, not its echo. */
const RIVAL_SHARE = 0.95;
/** Weight a word must give to count as one of the sentence's words of evidence. */
const MIN_WORD = 0.9;
/** Least total weight for partial coverage; clear coverage needs CLEAR_SCORE and three words. */
export const PARTIAL_SCORE = 4.5;
export const CLEAR_SCORE = 8.5;
export const CLEAR_WORDS = 3;
/** Indicators scoring under this share of the sentence's best are side notes of it, not what it addresses. */
const BEST_SHARE = 0.2;
/** A word already explained by a better-matching indicator counts this much for the next. */
const CLAIMED_SHARE = 0.6;
/** One word alone is enough (for partial coverage) only when it names a synonym concept this specific ("apprenticeships", "EVs"). */
const SPECIFIC_CONCEPT = 3;
/** Typo corrections this sure, of words this long, are read as the word meant. */
const MIN_CORRECTION = 0.8;
const MIN_CORRECTED_LENGTH = 6;
/** Words sharing their first letters this far are one family. */
const FAMILY_PREFIX = 5;

const NEGATIVE = /\b(?:not applicable|n\/a|out of scope|no plans? to|not (?:be )?required|(?:do|does|will|shall|did|are|is) not|won't|don't|doesn't|isn't|aren't|none)\b/i;

interface Offer {
  posting: FeaturePosting;
  confidence: number;
}

interface WordReading {
  /** The main stem, for phrase matching. */
  primary: string;
  /** The word's family ("train", "training", "trainer" are one), as a number. */
  family: number;
  /** The profile features the word may be, with how sure (stop and form words have none). */
  offers: Offer[];
}

interface Reader {
  words: Map<string, WordReading>;
  families: Map<string, number>;
  concepts: Map<string, FeaturePosting | null>;
}

const readers = new WeakMap<Profiles, Reader>();
const READING_CACHE = 40_000;

function readerFor(profiles: Profiles): Reader {
  let reader = readers.get(profiles);
  if (!reader) {
    reader = { words: new Map<string, WordReading>(), families: new Map<string, number>(), concepts: new Map<string, FeaturePosting | null>() };
    readers.set(profiles, reader);
  }
  return reader;
}

function readWord(profiles: Profiles, reader: Reader, word: string): WordReading {
  const known = reader.words.get(word);
  if (known) return known;
  const vocabulary = profiles.index.vocabulary;
  const own = stem(word);
  const stems: { stem: string; confidence: number }[] = [{ stem: own, confidence: 1 }];
  let primary = own;
  if (!vocabulary.has(word) && !/\d/.test(word)) {
    let best = 0;
    for (const alt of vocabulary.resolve(word, { asPrefix: false })) {
      if (alt.kind === 'prefix' || alt.confidence < MIN_CORRECTION) continue;
      if (alt.kind === 'fuzzy' && word.length < MIN_CORRECTED_LENGTH) continue;
      const s = vocabulary.stemOf(alt.word);
      if (s === own) continue;
      stems.push({ stem: s, confidence: alt.confidence });
      if (alt.confidence > best) {
        best = alt.confidence;
        primary = s;
      }
    }
  }
  const offers: Offer[] = [];
  if (!isStopWord(word) && word.length > 1) {
    for (const { stem: s, confidence } of stems) {
      if (isFormWord(s)) continue;
      const posting = profiles.postings.get(`s:${s}`);
      if (posting) offers.push({ posting, confidence });
    }
  }
  const familyKey = primary.slice(0, FAMILY_PREFIX);
  let family = reader.families.get(familyKey);
  if (family === undefined) reader.families.set(familyKey, (family = reader.families.size));
  const reading: WordReading = { primary, family, offers };
  if (reader.words.size > READING_CACHE) reader.words.clear();
  reader.words.set(word, reading);
  return reading;
}

function conceptPosting(profiles: Profiles, reader: Reader, groupId: string): FeaturePosting | null {
  let posting = reader.concepts.get(groupId);
  if (posting === undefined) reader.concepts.set(groupId, (posting = profiles.postings.get(`c:${groupId}`) ?? null));
  return posting;
}

/** Evidence one indicator has from a sentence: per word, the weight it gives. */
interface DocEvidence {
  doc: number;
  positions: number[];
  weights: number[];
  /** Features and word families already counted: each counts once. */
  used: (FeaturePosting | number)[];
  /** Words that reached it through a telling synonym concept. */
  conceptWords: number[];
  /** The best concept weight among them. */
  bestConcept: number;
  raw: number;
}

/** The indicators one sentence addresses, best first. */
export function matchSentence(profiles: Profiles, sentence: string): SentenceMatch[] {
  if (NEGATIVE.test(sentence)) return [];
  const reader = readerFor(profiles);
  const stems: string[] = [];
  const compounds: (string | undefined)[] = [];
  const words: WordReading[] = [];
  const extra: Offer[][] = [];
  let previous = '';
  scanWords(sentence, (word, _start, _end, joined) => {
    const reading = readWord(profiles, reader, word);
    stems.push(reading.primary);
    compounds.push(undefined);
    words.push(reading);
    extra.push([]);
    if (joined && previous) {
      const compound = stem(previous + word);
      compounds[compounds.length - 2] = compound;
      const posting = profiles.postings.get(`s:${compound}`);
      if (posting) extra[extra.length - 1]?.push({ posting, confidence: 1 });
    }
    previous = word;
  });
  if (words.length < 2) return [];
  const conceptAt: FeaturePosting[][] = words.map(() => []);
  for (const hit of profiles.index.phrases.findInSequence(stems, compounds)) {
    const posting = conceptPosting(profiles, reader, hit.groupId);
    if (!posting) continue;
    for (let i = hit.start; i < hit.start + hit.length; i++) conceptAt[i]?.push(posting);
  }

  const evidence = new Map<number, DocEvidence>();
  const entry = (doc: number): DocEvidence => {
    let e = evidence.get(doc);
    if (!e) evidence.set(doc, (e = { doc, positions: [], weights: [], used: [], conceptWords: [], bestConcept: 0, raw: 0 }));
    return e;
  };
  // Per word: each indicator's best offer not yet counted for it.
  const bestW = new Map<number, number>();
  const bestF = new Map<number, FeaturePosting>();
  for (let position = 0; position < words.length; position++) {
    const reading = words[position] as WordReading;
    bestW.clear();
    bestF.clear();
    const consider = (posting: FeaturePosting, confidence: number, concept: boolean): void => {
      for (let k = 0; k < posting.docs.length; k++) {
        const doc = posting.docs[k] as number;
        const w = (posting.weights[k] as number) * confidence;
        if (concept) {
          const e = entry(doc);
          if (w > e.bestConcept) e.bestConcept = w;
          if (w >= CONCEPT_TELLING) e.conceptWords.push(position);
        }
        const e = evidence.get(doc);
        if (e && e.used.includes(posting)) continue;
        if (w > (bestW.get(doc) ?? 0)) {
          bestW.set(doc, w);
          bestF.set(doc, posting);
        }
      }
    };
    for (const offer of reading.offers) consider(offer.posting, offer.confidence, false);
    for (const offer of extra[position] ?? []) consider(offer.posting, offer.confidence, false);
    for (const posting of conceptAt[position] ?? []) consider(posting, 1, true);
    for (const [doc, w] of bestW) {
      if (w < MIN_WORD) continue;
      const e = entry(doc);
      // "training ... train-the-trainer" is one piece of evidence, however often it is said.
      if (e.used.includes(reading.family)) continue;
      e.used.push(reading.family, bestF.get(doc) as FeaturePosting);
      e.positions.push(position);
      e.weights.push(w);
      e.raw += w;
    }
  }

  // Explaining away: the best-matching indicator claims its words; another
  // counts a claimed word at only CLAIMED_SHARE, so a neighbour that only
  // shares the words of a better match ("pay ... Living Wage": minimum wage
  // in sheltered workshops) does not ride on them, unless it is a close
  // rival of the best (RIVAL_SHARE).
  const claimed = new Set<number>();
  const out: SentenceMatch[] = [];
  let top = 0;
  let bestRaw = 0;
  const remaining = [...evidence.values()].filter((e) => e.positions.length > 0);
  while (remaining.length) {
    let pick: SentenceMatch | undefined;
    for (let r = remaining.length - 1; r >= 0; r--) {
      const e = remaining[r] as DocEvidence;
      let score = 0;
      let telling = false;
      let fresh = false;
      for (let k = 0; k < e.positions.length; k++) {
        const position = e.positions[k] as number;
        const w = e.weights[k] as number;
        const own = !claimed.has(position);
        score += own ? w : w * CLAIMED_SHARE;
        if (own) fresh = true;
        if (own && (w >= TELLING || e.conceptWords.includes(position))) telling = true;
      }
      const count = e.positions.length;
      const alone = count === 1 && telling && e.bestConcept >= SPECIFIC_CONCEPT;
      const rival = bestRaw > 0 && e.raw >= RIVAL_SHARE * bestRaw;
      if ((!fresh && !rival) || !telling || ((count < 2 || score < PARTIAL_SCORE) && !alone)) {
        remaining.splice(r, 1);
        continue;
      }
      if (!pick || score > pick.score || (score === pick.score && e.doc < pick.doc)) pick = { doc: e.doc, score, words: count };
    }
    if (!pick) break;
    const chosen = pick;
    const at = remaining.findIndex((e) => e.doc === chosen.doc);
    const e = remaining[at] as DocEvidence;
    remaining.splice(at, 1);
    for (const position of e.positions) claimed.add(position);
    if (!out.length) bestRaw = e.raw;
    out.push(chosen);
    top = Math.max(top, chosen.score);
  }
  return out.filter((m) => m.score >= top * BEST_SHARE);
}
