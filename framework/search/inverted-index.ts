/**
 * The search index of one framework: what each indicator says in each
 * searchable field, an inverted index of normalised words and synonym
 * concepts (the shortlist), and the offsets of words in the verbatim
 * indicator text (the highlights). Built once per framework.
 */
import { SCORES, type Framework, type Indicator } from '../schema';
import { FieldCounter, type FieldStats } from './fuse-score';
import { normaliseWord, scanRawWords, scanWordSpans, stem, type Token } from './normalise';
import { PhraseMatcher } from './phrases';
import { relatedGroups, SYNONYM_GROUPS } from './synonyms';
import { Vocabulary } from './vocabulary';
import { WordTable } from './word-table';

/** Searchable fields, most important first. */
export const FIELD_KEYS = ['text', 'subMeasures', 'outcomes', 'themes', 'marmotPriorities', 'keywords', 'wording'] as const;
type FieldKey = (typeof FIELD_KEYS)[number];

/**
 * Fields fuse.js ranks on (rank.ts), beside the two hidden concept fields.
 * The stage wording (hundreds of words per indicator) is left to the
 * shortlist index: fuse.js reads every character of every field for every
 * query word, and the wording would cost more than all the other fields
 * together while counting least.
 */
export const RANKED_FIELDS = FIELD_KEYS.filter((key) => key !== 'wording');
/** For each of FIELD_KEYS, whether fuse.js ranks on it. */
const RANKED_AT: readonly boolean[] = FIELD_KEYS.map((key) => (RANKED_FIELDS as readonly string[]).includes(key));

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
  fields: Record<FieldKey, readonly string[]>;
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
  /** Its number among the build's gatherings. */
  id: number;
}

/** The phrases of a value that holds none. */
const NO_HITS: readonly { groupId: string }[] = [];

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

/**
 * A growing list of integers in one typed array: the build keeps millions
 * of them for a while, and as ordinary arrays or objects they were traced
 * and moved by the garbage collector until the build let them go.
 */
class Ints {
  data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  at(index: number): number {
    return this.data[index] ?? 0;
  }
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
  /** fuse.js's statistics for the fields it ranks on (fuse-score.ts), counted as the values are read. */
  readonly fuseStats: FieldStats;

  constructor(framework: Framework) {
    this.phrases = sharedPhraseMatcher();
    this.conceptTokens = new Map(SYNONYM_GROUPS.map((g, i) => [g.id, conceptToken(i)]));
    this.related = sharedRelated();
    const lookups = frameworkLookups(framework);
    // Documents are visited in order, so a posting's last entry is the
    // current document if it has one: no per-document maps needed.
    const wordsGathered = new Map<string, Gathering>();
    const conceptsGathered = new Map<string, Gathering>();
    // Every gathering, by its number (the pools below hold numbers, not objects).
    const gatherings: Gathering[] = [];
    const postingIn = (table: Map<string, Gathering>, key: string): Gathering => {
      let gathering = table.get(key);
      if (!gathering) {
        table.set(key, (gathering = { posting: EMPTY, size: 0, last: -1, mark: -1, tally: 0, id: gatherings.length }));
        gatherings.push(gathering);
      }
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
    // Values repeat too (the same scoring guidance, units and outcomes in
    // many indicators): each distinct value is read once, into the postings
    // it raises and the synonym phrases it holds. Reading r's postings are
    // postingPool[postingsAt[r] ...] (gathering numbers), how often the value
    // raises each is countPool at the same places, and the first
    // wordPostings[r] of them are words' (the rest synonym concepts').
    const readings = new WordTable<number>();
    const postingsAt = new Ints();
    const postingCounts = new Ints();
    const wordPostingCounts = new Ints();
    const readingHits: ReturnType<PhraseMatcher['findInSequence']>[] = [];
    // Its words as fuse.js splits them, once it has been met in a field fuse.js ranks on.
    const readingFuseWords: (number[] | undefined)[] = [];
    const postingPool = new Ints();
    const countPool = new Ints();
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
    /** Reads a value met for the first time: the number of its reading (in the columns above). */
    const readNew = (value: string): number => {
      valueSerial++;
      slots = 0;
      raisedCount = 0;
      previous = '';
      valueRead = value;
      scanWordSpans(value, visitWord);
      const wordPostings = raisedCount;
      const hits = this.phrases.findInSequence(stems, compounds, slots);
      for (const hit of hits) count(postingIn(conceptsGathered, hit.groupId));
      postingsAt.push(postingPool.length);
      postingCounts.push(raisedCount);
      wordPostingCounts.push(wordPostings);
      for (let i = 0; i < raisedCount; i++) {
        const posting = raisedBy[i] as Gathering;
        countPool.push(posting.tally);
        postingPool.push(posting.id);
      }
      readingHits.push(hits);
      readingFuseWords.push(undefined);
      return readingHits.length - 1;
    };
    const read = (value: string): number => readings.getText(value, readNew);

    // Per document, the values it holds, as reading number x 8 + field
    // number, in a typed array (no garbage to trace): `jobEnds[d]` is where
    // document d's end.
    let jobs = new Int32Array(1 << 16);
    let jobCount = 0;
    const jobEnds = new Int32Array(framework.indicators.length);
    const displayReader = new DisplayReader(this.phrases);
    const sets = new SharedSets();

    // The synonym concepts of the document being read, in the order found (a
    // document has a few: lists reused from one to the next, not sets made for each).
    const primary: string[] = [];
    const secondary: string[] = [];
    const conceptTokensOf = (ids: readonly string[]): string[] => ids.map((id) => this.conceptTokens.get(id) ?? '').filter((token) => token);
    // fuse.js's statistics, field by field: the words of each value of the field.
    const counter = new FieldCounter();
    const fieldWords: number[][] = [];

    framework.indicators.forEach((indicator, order) => {
      const fields = fieldValues(indicator, lookups);
      primary.length = 0;
      secondary.length = 0;
      for (let k = 0; k < FIELD_KEYS.length; k++) {
        const key = FIELD_KEYS[k] as FieldKey;
        const values = fields[key];
        const isDisplayed = k < 2; // text and subMeasures
        const ranked = RANKED_AT[k] === true;
        fieldWords.length = 0;
        for (const value of values) {
          const id = read(value);
          if (ranked) fieldWords.push((readingFuseWords[id] ??= counter.wordsOf(value)));
          for (let i = postingsAt.at(id), end = i + postingCounts.at(id); i < end; i++) countIn(gatherings[postingPool.at(i)] as Gathering, order);
          if (jobCount === jobs.length) {
            const grown = new Int32Array(jobs.length * 2);
            grown.set(jobs);
            jobs = grown;
          }
          jobs[jobCount++] = id * 8 + k;
          for (const hit of readingHits[id] ?? NO_HITS) {
            const list = isDisplayed ? primary : secondary;
            if (!list.includes(hit.groupId)) list.push(hit.groupId);
          }
        }
        if (ranked) counter.field(fieldWords);
      }
      jobEnds[order] = jobCount;
      const primaryTokens = conceptTokensOf(primary);
      const secondaryTokens = conceptTokensOf(secondary.filter((id) => !primary.includes(id)));
      counter.field([primaryTokens.map((token) => counter.wordId(token))]);
      counter.field([secondaryTokens.map((token) => counter.wordId(token))]);
      this.docs.push(
        new Doc(indicator, order, lookups, displayReader, {
          primaryConcepts: primaryTokens.join(' '),
          secondaryConcepts: secondaryTokens.join(' '),
          // Indicators share their themes, priorities and outcomes: so do their sets.
          themes: sets.of(indicator.themes),
          marmotPriorities: sets.of(indicator.marmotPriorities),
          outcomes: sets.of(indicator.outcomes),
        }),
      );
    });

    for (const gathering of [...wordsGathered.values(), ...conceptsGathered.values()]) {
      const n = gathering.size;
      gathering.posting = { docs: new Int32Array(n), weights: new Float64Array(n), counts: new Int32Array(n) };
      gathering.size = 0;
      gathering.last = -1;
    }
    const weights = FIELD_KEYS.map((key) => FIELD_WEIGHTS[key]);
    const conceptWeights = weights.map((weight) => weight * CONCEPT_FACTOR);
    for (let order = 0, j = 0; order < jobEnds.length; order++) {
      for (const end = jobEnds[order] ?? 0; j < end; j++) {
        const job = jobs[j] ?? 0;
        const id = job >> 3;
        const from = postingsAt.at(id);
        const postingCount = postingCounts.at(id);
        const wordPostings = wordPostingCounts.at(id);
        const weight = weights[job & 7] ?? 0;
        const conceptWeight = conceptWeights[job & 7] ?? 0;
        for (let i = 0; i < postingCount; i++) {
          // The words' postings come first, then the concepts', which count a little less.
          raiseIn(gatherings[postingPool.at(from + i)] as Gathering, order, i < wordPostings ? weight : conceptWeight, countPool.at(from + i));
        }
      }
    }
    for (const [key, gathering] of wordsGathered) this.words.set(key, gathering.posting);
    for (const [key, gathering] of conceptsGathered) this.concepts.set(key, gathering.posting);

    this.fuseStats = counter;
    this.vocabulary = new Vocabulary([...this.words.keys(), ...this.phrases.words]);
  }

  /** Inverse document frequency: rare words say more about what the user wants. */
  idf(df: number): number {
    const n = this.docs.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
}

type Shown = Pick<DisplayValue, 'tokens' | 'stems' | 'concepts'>;

/**
 * Reads a displayed value for highlights when a search first shows an
 * indicator (a search shows only a few), the same way the index read it;
 * shared by every indicator showing the same value. It holds nothing of the
 * build, so the build's working tables can be let go.
 */
class DisplayReader {
  private readonly shown = new Map<string, Shown>();

  constructor(private readonly phrases: PhraseMatcher) {}

  read(value: string): Shown {
    let shown = this.shown.get(value);
    if (shown) return shown;
    const tokens: Token[] = [];
    const stems: string[] = [];
    const compounds: (string | undefined)[] = [];
    let previous = '';
    scanRawWords(value, (raw, start, end, joined) => {
      const word = normaliseWord(raw);
      tokens.push({ word, start, end, joined });
      stems.push(stem(word));
      compounds.push(undefined);
      if (joined && previous) compounds[compounds.length - 2] = stem(previous + word);
      previous = word;
    });
    const concepts = new Map<string, [number, number][]>();
    for (const hit of this.phrases.findInSequence(stems, compounds)) {
      const ranges = concepts.get(hit.groupId) ?? [];
      ranges.push([hit.start, hit.start + hit.length]);
      concepts.set(hit.groupId, ranges);
    }
    this.shown.set(value, (shown = { tokens, stems, concepts }));
    return shown;
  }
}

/** One set per distinct list of ids, shared by every indicator with that list. */
class SharedSets {
  private readonly sets = new Map<string, ReadonlySet<string>>();

  of(ids: readonly string[]): ReadonlySet<string> {
    const key = ids.join('\n');
    let set = this.sets.get(key);
    if (!set) this.sets.set(key, (set = new Set(ids)));
    return set;
  }
}

type DocFacts = Pick<IndexedDoc, 'primaryConcepts' | 'secondaryConcepts' | 'themes' | 'marmotPriorities' | 'outcomes'>;

/** An indexed indicator; its field values and displayed values are worked out when first asked for. */
class Doc implements IndexedDoc {
  readonly primaryConcepts: string;
  readonly secondaryConcepts: string;
  readonly themes: ReadonlySet<string>;
  readonly marmotPriorities: ReadonlySet<string>;
  readonly outcomes: ReadonlySet<string>;
  private shown: DisplayValue[] | undefined;
  private values: Record<FieldKey, readonly string[]> | undefined;

  constructor(
    readonly indicator: Indicator,
    readonly order: number,
    private readonly lookups: Lookups,
    private readonly reader: DisplayReader,
    facts: DocFacts,
  ) {
    this.primaryConcepts = facts.primaryConcepts;
    this.secondaryConcepts = facts.secondaryConcepts;
    this.themes = facts.themes;
    this.marmotPriorities = facts.marmotPriorities;
    this.outcomes = facts.outcomes;
  }

  /**
   * Gathered again when first asked for after the build (a search reads
   * those of a few contenders), rather than kept for every indicator: kept,
   * a large framework's lists were so many more objects for the garbage
   * collector to trace while the index was built.
   */
  get fields(): Record<FieldKey, readonly string[]> {
    this.values ??= fieldValues(this.indicator, this.lookups);
    return this.values;
  }

  get display(): DisplayValue[] {
    this.shown ??= [
      // The `text` and `subMeasures` fields, read from the indicator itself.
      { key: 'text', value: this.indicator.text, ...this.reader.read(this.indicator.text) },
      ...(this.indicator.subMeasures ?? []).map((value, refIndex): DisplayValue => ({ key: 'subMeasures', refIndex, value, ...this.reader.read(value) })),
    ];
    return this.shown;
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

const NONE: readonly string[] = [];

/** The values found for `ids` in `table` (a list or, for themes, a name and a title each). */
function looked(ids: readonly string[], table: Map<string, string | readonly string[]>): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const found = table.get(id);
    if (typeof found === 'string') out.push(found);
    else if (found) for (const value of found) out.push(value);
  }
  return out;
}

/**
 * What each field of an indicator says. Frameworks are immutable once
 * loaded, so the indicator's own lists are used as they are, not copied.
 */
function fieldValues(indicator: Indicator, lookups: Lookups): Record<FieldKey, readonly string[]> {
  const { planning, procurement, contractManagement: kpi } = indicator.wording;
  const wording = [planning.outcome, procurement.question, ...procurement.strongAnswer];
  for (const score of SCORES) wording.push(procurement.scoring[score]);
  wording.push(kpi.measure, kpi.unit, kpi.target, kpi.evidence, indicator.unit);
  for (const note of indicator.notes ?? NONE) wording.push(note);
  return {
    text: [indicator.text],
    subMeasures: indicator.subMeasures ?? NONE,
    outcomes: looked(indicator.outcomes, lookups.outcomes),
    themes: looked(indicator.themes, lookups.themes),
    marmotPriorities: looked(indicator.marmotPriorities, lookups.marmot),
    keywords: indicator.keywords,
    wording,
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
