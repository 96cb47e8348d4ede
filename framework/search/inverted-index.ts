/**
 * The search index of one framework: what each indicator says in each
 * searchable field, an inverted index of normalised words and synonym
 * concepts (the shortlist), and the offsets of words in the verbatim
 * indicator text (the highlights). Built once per framework.
 */
import type { Framework, Indicator } from '../schema';
import { normaliseWord, scanRawWords, scanWordSpans, stem, type Token } from './normalise';
import { PhraseMatcher } from './phrases';
import { relatedGroups, SYNONYM_GROUPS } from './synonyms';
import { Vocabulary } from './vocabulary';
import { WordTable } from './word-table';

/** Searchable fields, most important first. */
export const FIELD_KEYS = ['text', 'subMeasures', 'outcomes', 'themes', 'marmotPriorities', 'keywords', 'wording'] as const;
type FieldKey = (typeof FIELD_KEYS)[number];

/**
 * Relative field weights. The indicator's own wording (and the sub-measures
 * printed under it) counts most; then outcomes, themes, Marmot priorities,
 * keywords and the stage wording.
 */
export const FIELD_WEIGHTS: Readonly<Record<FieldKey, number>> = {
  text: 1,
  subMeasures: 0.9,
  outcomes: 0.45,
  themes: 0.4,
  marmotPriorities: 0.35,
  keywords: 0.35,
  wording: 0.2,
};

/** A synonym found in a field counts a little less than the word itself. */
export const CONCEPT_FACTOR = 0.85;

/** Keys of the values `matches` can point into: the wording an officer sees. */
export type HighlightKey = 'text' | 'subMeasures';

export interface DisplayValue {
  key: HighlightKey;
  /** Index within `subMeasures`; absent for `text`. */
  refIndex?: number;
  value: string;
  tokens: Token[];
  stems: string[];
  /** Where each synonym concept occurs, as half-open token index ranges [start, end). */
  concepts: Map<string, [number, number][]>;
}

export interface IndexedDoc {
  indicator: Indicator;
  /** Position in the framework's indicator list. */
  order: number;
  fields: Record<FieldKey, string[]>;
  /** The displayed values with their tokens, for highlights: worked out when first read (a search shows only a few indicators). */
  display: DisplayValue[];
  /** Concept tokens found in the indicator's wording, as one string for fuse.js. */
  primaryConcepts: string;
  /** Concept tokens found in the other fields. */
  secondaryConcepts: string;
  themes: ReadonlySet<string>;
  marmotPriorities: ReadonlySet<string>;
  outcomes: ReadonlySet<string>;
}

/** Postings of one word or concept: documents, the best field weight it has in each, and how often it occurs there (all fields). */
export interface Posting {
  docs: Int32Array;
  weights: Float64Array;
  counts: Int32Array;
}

/**
 * A posting while the index is built: first its documents are counted,
 * then its arrays are allocated once at their size and filled (typed
 * arrays, allocated once: a large framework's postings hold millions of
 * entries, and growing ordinary arrays entry by entry kept the garbage
 * collector busy).
 */
interface Gathering {
  posting: Posting;
  /** Documents seen (first pass), then entries filled (second pass). */
  size: number;
  /** The last document seen, in the current pass. */
  last: number;
  /** The last value that raised it (while values are read), and how often that value did. */
  mark: number;
  tally: number;
}

const EMPTY: Posting = { docs: new Int32Array(0), weights: new Float64Array(0), counts: new Int32Array(0) };

/**
 * Concept ids become tokens for a hidden fuse.js field. They are spelt in
 * Greek letters so that no query word typed in Latin script can match one
 * by substring, however fuzzy the match.
 */
const GREEK = 'αβγδεζηθικλμνξοπρστυφχψω';
function conceptToken(groupIndex: number): string {
  let n = groupIndex;
  let out = '';
  do {
    out = (GREEK[n % GREEK.length] ?? 'α') + out;
    n = Math.floor(n / GREEK.length);
  } while (n > 0);
  return `ϰ${out}`;
}

/** A distinct value as the index reads it: its stems, synonym phrases, and the postings it raises with how often. */
interface ValueReading {
  /** Kept for displayed values only. */
  stems?: string[];
  hits: ReturnType<PhraseMatcher['findInSequence']>;
  postings: Gathering[];
  counts: Int32Array;
  /** How many of `postings` are words' (the rest are synonym concepts'). */
  wordPostings: number;
}

/** A distinct word as written, as the index reads it. */
interface WordEntry {
  word: string;
  stem: string;
  posting: Gathering;
}

export class SearchIndex {
  readonly docs: IndexedDoc[] = [];
  readonly words = new Map<string, Posting>();
  readonly concepts = new Map<string, Posting>();
  readonly vocabulary: Vocabulary;
  readonly phrases: PhraseMatcher;
  readonly conceptTokens: ReadonlyMap<string, string>;
  /** For each synonym group, the groups related to it (see synonyms.ts). */
  readonly related: ReadonlyMap<string, readonly string[]>;

  constructor(framework: Framework) {
    this.phrases = sharedPhraseMatcher();
    this.conceptTokens = new Map(SYNONYM_GROUPS.map((g, i) => [g.id, conceptToken(i)]));
    this.related = sharedRelated();
    const lookups = frameworkLookups(framework);
    // Documents are visited in order, so a posting's last entry is the
    // current document if it has one: no per-document maps needed.
    const wordsGathered = new Map<string, Gathering>();
    const conceptsGathered = new Map<string, Gathering>();
    const postingIn = (table: Map<string, Gathering>, key: string): Gathering => {
      let gathering = table.get(key);
      if (!gathering) table.set(key, (gathering = { posting: EMPTY, size: 0, last: -1, mark: -1, tally: 0 }));
      return gathering;
    };
    // First pass: how many documents each posting has.
    const countIn = (gathering: Gathering, doc: number): void => {
      if (gathering.last !== doc) {
        gathering.last = doc;
        gathering.size += 1;
      }
    };
    // Second pass: `times` occurrences at once; the weight is the best, the count the sum.
    const raiseIn = (gathering: Gathering, doc: number, weight: number, times: number): void => {
      const { posting } = gathering;
      if (gathering.last === doc) {
        const at = gathering.size - 1;
        if ((posting.weights[at] ?? 0) < weight) posting.weights[at] = weight;
        posting.counts[at] = (posting.counts[at] ?? 0) + times;
      } else {
        gathering.last = doc;
        const at = gathering.size++;
        posting.docs[at] = doc;
        posting.weights[at] = weight;
        posting.counts[at] = times;
      }
    };
    // A framework says the same words over and over: each distinct word as
    // written is normalised, stemmed and looked up in the postings once, and
    // found again by its place in the text, without a string cut out for it.
    const seen = new WordTable<WordEntry>();
    const newEntry = (raw: string): WordEntry => {
      const word = normaliseWord(raw);
      return { word, stem: stem(word), posting: postingIn(wordsGathered, word) };
    };
    const entryFor = (raw: string): WordEntry => seen.get(raw, 0, raw.length, newEntry);
    // Values repeat too (the same scoring guidance, units and outcomes in
    // many indicators): each distinct value is read once, into the postings
    // it raises and the synonym phrases it holds.
    const readings = new Map<string, ValueReading>();
    // Only displayed values keep their stems (for highlights): the rest are read and let go.
    const displayedValues = new Set<string>();
    for (const indicator of framework.indicators) {
      displayedValues.add(indicator.text);
      for (const sub of indicator.subMeasures ?? []) displayedValues.add(sub);
    }
    // Buffers reused from one value to the next: a value's stems, the
    // compounds its hyphenated words form, and the postings it raises (each
    // posting's tally counts the value's occurrences; its mark says which
    // value the tally is for).
    const stems: string[] = [];
    const compounds: (string | undefined)[] = [];
    const raisedBy: Gathering[] = [];
    let valueSerial = 0;
    let slots = 0;
    let raisedCount = 0;
    let previous = '';
    let valueRead = '';
    const count = (posting: Gathering): void => {
      if (posting.mark !== valueSerial) {
        posting.mark = valueSerial;
        posting.tally = 0;
        raisedBy[raisedCount++] = posting;
      }
      posting.tally++;
    };
    const visitWord = (start: number, end: number, joined: boolean): void => {
      const entry = seen.get(valueRead, start, end, newEntry);
      stems[slots] = entry.stem;
      compounds[slots] = undefined;
      slots++;
      count(entry.posting);
      if (joined && previous) {
        // "well-being" is also indexed as "wellbeing".
        const compound = previous + entry.word;
        compounds[slots - 2] = stem(compound);
        count(postingIn(wordsGathered, compound));
      }
      previous = entry.word;
    };
    const read = (value: string): ValueReading => {
      let reading = readings.get(value);
      if (reading) return reading;
      valueSerial++;
      slots = 0;
      raisedCount = 0;
      previous = '';
      valueRead = value;
      scanWordSpans(value, visitWord);
      const wordPostings = raisedCount;
      const hits = this.phrases.findInSequence(stems, compounds, slots);
      for (const hit of hits) count(postingIn(conceptsGathered, hit.groupId));
      const postings = raisedBy.slice(0, raisedCount);
      const counts = new Int32Array(raisedCount);
      for (let i = 0; i < raisedCount; i++) counts[i] = (raisedBy[i] as Gathering).tally;
      reading = { stems: displayedValues.has(value) ? stems.slice(0, slots) : undefined, hits, postings, counts, wordPostings };
      readings.set(value, reading);
      return reading;
    };
    /** What a displayed value needs for highlights, shared by every indicator showing it. */
    const displayed = new Map<string, Pick<DisplayValue, 'tokens' | 'stems' | 'concepts'>>();
    const display = (value: string, reading: ValueReading): Pick<DisplayValue, 'tokens' | 'stems' | 'concepts'> => {
      let shown = displayed.get(value);
      if (shown) return shown;
      const tokens: Token[] = [];
      scanRawWords(value, (raw, start, end, joined) => tokens.push({ word: entryFor(raw).word, start, end, joined }));
      const concepts = new Map<string, [number, number][]>();
      for (const hit of reading.hits) {
        const ranges = concepts.get(hit.groupId) ?? [];
        ranges.push([hit.start, hit.start + hit.length]);
        concepts.set(hit.groupId, ranges);
      }
      displayed.set(value, (shown = { tokens, stems: reading.stems ?? tokens.map((t) => stem(t.word)), concepts }));
      return shown;
    };

    /** Per document, the readings of its values with the weights they count at: [reading, weight, concept weight, …]. */
    const raised: (ValueReading | number)[][] = [];

    framework.indicators.forEach((indicator, order) => {
      const fields = fieldValues(indicator, lookups);
      const jobs: (ValueReading | number)[] = [];
      raised.push(jobs);
      // Highlights are worked out for the few indicators a search shows, when first asked.
      const toShow: { key: HighlightKey; refIndex: number; value: string; reading: ValueReading }[] = [];
      const primary = new Set<string>();
      const secondary = new Set<string>();
      for (const key of FIELD_KEYS) {
        const weight = FIELD_WEIGHTS[key];
        const conceptWeight = weight * CONCEPT_FACTOR;
        const isDisplayed = key === 'text' || key === 'subMeasures';
        fields[key].forEach((value, refIndex) => {
          const reading = read(value);
          for (const posting of reading.postings) countIn(posting, order);
          jobs.push(reading, weight, conceptWeight);
          for (const hit of reading.hits) (isDisplayed ? primary : secondary).add(hit.groupId);
          if (isDisplayed) toShow.push({ key, refIndex, value, reading });
        });
      }
      for (const id of primary) secondary.delete(id);
      let shown: DisplayValue[] | undefined;
      this.docs.push({
        indicator,
        order,
        fields,
        get display() {
          shown ??= toShow.map(({ key, refIndex, value, reading }) => {
            const { tokens, stems, concepts } = display(value, reading);
            return key === 'subMeasures' ? { key, refIndex, value, tokens, stems, concepts } : { key, value, tokens, stems, concepts };
          });
          return shown;
        },
        primaryConcepts: [...primary].map((id) => this.conceptTokens.get(id) ?? '').join(' '),
        secondaryConcepts: [...secondary].map((id) => this.conceptTokens.get(id) ?? '').join(' '),
        themes: new Set(indicator.themes),
        marmotPriorities: new Set(indicator.marmotPriorities),
        outcomes: new Set(indicator.outcomes),
      });
    });

    for (const gathering of [...wordsGathered.values(), ...conceptsGathered.values()]) {
      const n = gathering.size;
      gathering.posting = { docs: new Int32Array(n), weights: new Float64Array(n), counts: new Int32Array(n) };
      gathering.size = 0;
      gathering.last = -1;
    }
    raised.forEach((jobs, order) => {
      for (let j = 0; j < jobs.length; j += 3) {
        const { postings, counts, wordPostings } = jobs[j] as ValueReading;
        const weight = jobs[j + 1] as number;
        const conceptWeight = jobs[j + 2] as number;
        for (let i = 0; i < postings.length; i++) {
          // The words' postings come first, then the concepts', which count a little less.
          raiseIn(postings[i] as Gathering, order, i < wordPostings ? weight : conceptWeight, counts[i] as number);
        }
      }
    });
    for (const [key, gathering] of wordsGathered) this.words.set(key, gathering.posting);
    for (const [key, gathering] of conceptsGathered) this.concepts.set(key, gathering.posting);

    this.vocabulary = new Vocabulary([...this.words.keys(), ...this.phrases.words]);
  }

  /** Inverse document frequency: rare words say more about what the user wants. */
  idf(df: number): number {
    const n = this.docs.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
}

interface Lookups {
  outcomes: Map<string, string>;
  themes: Map<string, string[]>;
  marmot: Map<string, string>;
}

function frameworkLookups(framework: Framework): Lookups {
  return {
    outcomes: new Map(framework.outcomes.map((o) => [o.id, o.text])),
    themes: new Map(framework.themes.map((t) => [t.id, [t.name, t.title]])),
    marmot: new Map(framework.marmotPriorities.map((m) => [m.id, m.name])),
  };
}

function fieldValues(indicator: Indicator, lookups: Lookups): Record<FieldKey, string[]> {
  const { planning, procurement, contractManagement: kpi } = indicator.wording;
  const defined = (values: (string | undefined)[]): string[] => values.filter((v): v is string => !!v);
  return {
    text: [indicator.text],
    subMeasures: [...(indicator.subMeasures ?? [])],
    outcomes: defined(indicator.outcomes.map((id) => lookups.outcomes.get(id))),
    themes: indicator.themes.flatMap((id) => lookups.themes.get(id) ?? []),
    marmotPriorities: defined(indicator.marmotPriorities.map((id) => lookups.marmot.get(id))),
    keywords: [...indicator.keywords],
    wording: [
      planning.outcome,
      procurement.question,
      ...procurement.strongAnswer,
      ...Object.values(procurement.scoring),
      kpi.measure,
      kpi.unit,
      kpi.target,
      kpi.evidence,
      indicator.unit,
      ...(indicator.notes ?? []),
    ],
  };
}

/** Indexes already built, per framework object: search and the draft check share one. */
const indexes = new WeakMap<Framework, SearchIndex>();

/** The index of a framework, built once per framework object (frameworks are immutable once loaded). */
export function indexFor(framework: Framework): SearchIndex {
  let index = indexes.get(framework);
  if (!index) indexes.set(framework, (index = new SearchIndex(framework)));
  return index;
}

let sharedRelatedGroups: Map<string, string[]> | undefined;
function sharedRelated(): Map<string, string[]> {
  sharedRelatedGroups ??= relatedGroups(SYNONYM_GROUPS);
  return sharedRelatedGroups;
}

let sharedPhrases: PhraseMatcher | undefined;
/** The synonym table compiled once per page. */
function sharedPhraseMatcher(): PhraseMatcher {
  sharedPhrases ??= new PhraseMatcher(SYNONYM_GROUPS);
  return sharedPhrases;
}
