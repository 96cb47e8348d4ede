/**
 * The search index of one framework: what each indicator says in each
 * searchable field, an inverted index of normalised words and synonym
 * concepts (the shortlist), and the offsets of words in the verbatim
 * indicator text (the highlights). Built once per framework.
 */
import type { Framework, Indicator } from '../schema';
import { normaliseWord, scanRawWords, stem, type Token } from './normalise';
import { PhraseMatcher } from './phrases';
import { relatedGroups, SYNONYM_GROUPS } from './synonyms';
import { Vocabulary } from './vocabulary';

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
  docs: number[];
  weights: number[];
  counts: number[];
}

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
  stems: string[];
  hits: ReturnType<PhraseMatcher['findInSequence']>;
  postings: Posting[];
  counts: number[];
  /** How many of `postings` are words' (the rest are synonym concepts'). */
  wordPostings: number;
}

/** A distinct word as written, as the index reads it. */
interface WordEntry {
  word: string;
  stem: string;
  posting: Posting;
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
    // Documents are added in order, so a posting's last entry is the current
    // document if it has one: no per-document maps needed.
    // `times` occurrences at once: the weight is the best, the count the sum.
    const raiseIn = (posting: Posting, doc: number, weight: number, times: number): void => {
      const last = posting.docs.length - 1;
      if (last >= 0 && posting.docs[last] === doc) {
        if ((posting.weights[last] ?? 0) < weight) posting.weights[last] = weight;
        posting.counts[last] = (posting.counts[last] ?? 0) + times;
      } else {
        posting.docs.push(doc);
        posting.weights.push(weight);
        posting.counts.push(times);
      }
    };
    const postingIn = (table: Map<string, Posting>, key: string): Posting => {
      let posting = table.get(key);
      if (!posting) {
        table.set(key, (posting = { docs: [], weights: [], counts: [] }));
      }
      return posting;
    };
    // A framework says the same words over and over: each distinct word as
    // written is normalised, stemmed and looked up in the postings once.
    const seen = new Map<string, WordEntry>();
    const entryFor = (raw: string): WordEntry => {
      let entry = seen.get(raw);
      if (!entry) {
        const word = normaliseWord(raw);
        entry = { word, stem: stem(word), posting: postingIn(this.words, word) };
        seen.set(raw, entry);
      }
      return entry;
    };
    // Values repeat too (the same scoring guidance, units and outcomes in
    // many indicators): each distinct value is read once, into the postings
    // it raises and the synonym phrases it holds.
    const readings = new Map<string, ValueReading>();
    const read = (value: string): ValueReading => {
      let reading = readings.get(value);
      if (reading) return reading;
      const stems: string[] = [];
      const compounds: (string | undefined)[] = [];
      const counts = new Map<Posting, number>();
      const count = (posting: Posting): void => {
        counts.set(posting, (counts.get(posting) ?? 0) + 1);
      };
      let previous = '';
      scanRawWords(value, (raw, _start, _end, joined) => {
        const entry = entryFor(raw);
        stems.push(entry.stem);
        compounds.push(undefined);
        count(entry.posting);
        if (joined && previous) {
          // "well-being" is also indexed as "wellbeing".
          const compound = previous + entry.word;
          compounds[compounds.length - 2] = stem(compound);
          count(postingIn(this.words, compound));
        }
        previous = entry.word;
      });
      const wordPostings = counts.size;
      const hits = this.phrases.findInSequence(stems, compounds);
      for (const hit of hits) count(postingIn(this.concepts, hit.groupId));
      reading = { stems, hits, postings: [...counts.keys()], counts: [...counts.values()], wordPostings };
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
      displayed.set(value, (shown = { tokens, stems: reading.stems, concepts }));
      return shown;
    };

    framework.indicators.forEach((indicator, order) => {
      const fields = fieldValues(indicator, lookups);
      const shown: DisplayValue[] = [];
      const primary = new Set<string>();
      const secondary = new Set<string>();
      for (const key of FIELD_KEYS) {
        const weight = FIELD_WEIGHTS[key];
        const conceptWeight = weight * CONCEPT_FACTOR;
        const isDisplayed = key === 'text' || key === 'subMeasures';
        fields[key].forEach((value, refIndex) => {
          const reading = read(value);
          const { postings, counts, wordPostings } = reading;
          for (let i = 0; i < postings.length; i++) {
            // The words' postings come first, then the concepts', which count a little less.
            raiseIn(postings[i] as Posting, order, i < wordPostings ? weight : conceptWeight, counts[i] as number);
          }
          for (const hit of reading.hits) (isDisplayed ? primary : secondary).add(hit.groupId);
          if (isDisplayed) shown.push({ key, ...(key === 'subMeasures' ? { refIndex } : {}), value, ...display(value, reading) });
        });
      }
      for (const id of primary) secondary.delete(id);
      this.docs.push({
        indicator,
        order,
        fields,
        display: shown,
        primaryConcepts: [...primary].map((id) => this.conceptTokens.get(id) ?? '').join(' '),
        secondaryConcepts: [...secondary].map((id) => this.conceptTokens.get(id) ?? '').join(' '),
        themes: new Set(indicator.themes),
        marmotPriorities: new Set(indicator.marmotPriorities),
        outcomes: new Set(indicator.outcomes),
      });
    });

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
