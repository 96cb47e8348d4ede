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
import { isFormWord, type Profiles } from './profiles';

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
const BEST_SHARE = 0.3;
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

interface WordReading {
  /** The stems the word may be, with how sure. */
  stems: { stem: string; confidence: number }[];
  /** The main stem, for phrase matching. */
  primary: string;
}

const readings = new WeakMap<Profiles, Map<string, WordReading>>();
const READING_CACHE = 40_000;

function readWord(profiles: Profiles, word: string): WordReading {
  let table = readings.get(profiles);
  if (!table) readings.set(profiles, (table = new Map<string, WordReading>()));
  const known = table.get(word);
  if (known) return known;
  const vocabulary = profiles.index.vocabulary;
  const own = stem(word);
  const out: WordReading = { stems: [{ stem: own, confidence: 1 }], primary: own };
  if (!vocabulary.has(word) && !/\d/.test(word)) {
    let best = 0;
    for (const alt of vocabulary.resolve(word, { asPrefix: false })) {
      const fuzzy = alt.kind === 'fuzzy';
      if (alt.kind === 'prefix' || alt.confidence < MIN_CORRECTION) continue;
      if (fuzzy && word.length < MIN_CORRECTED_LENGTH) continue;
      const s = vocabulary.stemOf(alt.word);
      if (s === own) continue;
      out.stems.push({ stem: s, confidence: alt.confidence });
      if (alt.confidence > best) {
        best = alt.confidence;
        out.primary = s;
      }
    }
  }
  if (table.size > READING_CACHE) table.clear();
  table.set(word, out);
  return out;
}

/** The indicators one sentence addresses, best first. */
export function matchSentence(profiles: Profiles, sentence: string): SentenceMatch[] {
  if (NEGATIVE.test(sentence)) return [];
  const stems: string[] = [];
  const compounds: (string | undefined)[] = [];
  const positions: { feature: string; confidence: number }[][] = [];
  /** Per word, its family ("train", "training", "trainer" are one): a family is one piece of evidence. */
  const families: string[] = [];
  let previous = '';
  scanWords(sentence, (word, _start, _end, joined) => {
    const reading = readWord(profiles, word);
    stems.push(reading.primary);
    compounds.push(undefined);
    const features: { feature: string; confidence: number }[] = [];
    if (!isStopWord(word) && word.length > 1) {
      for (const { stem: s, confidence } of reading.stems) if (!isFormWord(s)) features.push({ feature: `s:${s}`, confidence });
    }
    if (joined && previous) {
      const compound = stem(previous + word);
      compounds[compounds.length - 2] = compound;
      features.push({ feature: `s:${compound}`, confidence: 1 });
    }
    positions.push(features);
    families.push(reading.primary.slice(0, FAMILY_PREFIX));
    previous = word;
  });
  if (positions.length < 2) return [];
  for (const hit of profiles.index.phrases.findInSequence(stems, compounds)) {
    for (let i = hit.start; i < hit.start + hit.length; i++) positions[i]?.push({ feature: `c:${hit.groupId}`, confidence: 1 });
  }

  // Per indicator, the weight each word of the sentence gives it, and the
  // weight of the best synonym concept among them.
  const perDoc = new Map<number, Map<number, number>>();
  const single = new Map<number, number>();
  /** Per indicator, the words that reached it through a synonym concept of at least CONCEPT_TELLING. */
  const conceptWords = new Map<number, Set<number>>();
  const usedFeatures = new Map<number, Set<string>>();
  positions.forEach((features, position) => {
    const offers = new Map<number, [string, number][]>();
    for (const { feature, confidence } of features) {
      const posting = profiles.postings.get(feature);
      if (!posting) continue;
      for (let k = 0; k < posting.docs.length; k++) {
        const doc = posting.docs[k] as number;
        const w = (posting.weights[k] as number) * confidence;
        if (feature.startsWith('c:')) {
          if (w > (single.get(doc) ?? 0)) single.set(doc, w);
          if (w >= CONCEPT_TELLING) {
            let set = conceptWords.get(doc);
            if (!set) conceptWords.set(doc, (set = new Set()));
            set.add(position);
          }
        }
        const list = offers.get(doc);
        if (list) list.push([feature, w]);
        else offers.set(doc, [[feature, w]]);
      }
    }
    for (const [doc, list] of offers) {
      // The word's best feature not yet counted for this indicator: "training
      // ... train-the-trainer" is one piece of evidence, however often it is said.
      let used = usedFeatures.get(doc);
      if (!used) usedFeatures.set(doc, (used = new Set()));
      const family = `f:${families[position] ?? ''}`;
      if (used.has(family)) continue;
      used.add(family);
      let best: [string, number] | undefined;
      for (const offer of list) if (!used.has(offer[0]) && (!best || offer[1] > best[1])) best = offer;
      if (!best || best[1] < MIN_WORD) continue;
      used.add(best[0]);
      let words = perDoc.get(doc);
      if (!words) perDoc.set(doc, (words = new Map<number, number>()));
      words.set(position, best[1]);
    }
  });

  // Explaining away: the best-matching indicator claims its words; another
  // counts a claimed word at only CLAIMED_SHARE, so a neighbour that only
  // shares the words of a better match ("pay ... Living Wage": minimum wage
  // in sheltered workshops) does not ride on them.
  const claimed = new Set<number>();
  const raw = new Map<number, number>();
  let bestRaw = 0;
  for (const [doc, words] of perDoc) {
    let sum = 0;
    for (const w of words.values()) sum += w;
    raw.set(doc, sum);
  }
  const out: SentenceMatch[] = [];
  let top = 0;
  const remaining = new Map(perDoc);
  while (remaining.size) {
    let pick: SentenceMatch | undefined;
    for (const [doc, words] of remaining) {
      let score = 0;
      let count = 0;
      let telling = false;
      let fresh = false;
      for (const [position, w] of words) {
        const own = !claimed.has(position);
        score += own ? w : w * CLAIMED_SHARE;
        count++;
        if (own && (w >= TELLING || conceptWords.get(doc)?.has(position))) telling = true;
        if (own) fresh = true;
      }
      const alone = count === 1 && telling && (single.get(doc) ?? 0) >= SPECIFIC_CONCEPT;
      // A close rival of the best match shares its words and is as much what the sentence is about.
      const rival = bestRaw > 0 && raw.get(doc) !== undefined && (raw.get(doc) as number) >= RIVAL_SHARE * bestRaw;
      if ((!fresh && !rival) || !telling || ((count < 2 || score < PARTIAL_SCORE) && !alone)) {
        remaining.delete(doc);
        continue;
      }
      if (!pick || score > pick.score || (score === pick.score && doc < pick.doc)) pick = { doc, score, words: count };
    }
    if (!pick) break;
    remaining.delete(pick.doc);
    for (const position of perDoc.get(pick.doc)?.keys() ?? []) claimed.add(position);
    if (!out.length) bestRaw = raw.get(pick.doc) ?? 0;
    out.push(pick);
    top = Math.max(top, pick.score);
  }
  return out.filter((m) => m.score >= top * BEST_SHARE);
}
