/**
 * The search index of one framework: what each indicator says in each
 * searchable field, an inverted index of normalised words and synonym
 * concepts (the shortlist), and the offsets of words in the verbatim
 * indicator text (the highlights). Built once per framework.
 */
import type { Framework, Indicator } from '../schema';
import { scanWords, stem, type Token } from './normalise';
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
    const raise = (table: Map<string, Posting>, key: string, doc: number, weight: number): void => {
      const posting = table.get(key);
      if (!posting) {
        table.set(key, { docs: [doc], weights: [weight], counts: [1] });
        return;
      }
      const last = posting.docs.length - 1;
      if (posting.docs[last] === doc) {
        if ((posting.weights[last] ?? 0) < weight) posting.weights[last] = weight;
        posting.counts[last] = (posting.counts[last] ?? 0) + 1;
      } else {
        posting.docs.push(doc);
        posting.weights.push(weight);
        posting.counts.push(1);
      }
    };

    framework.indicators.forEach((indicator, order) => {
      const fields = fieldValues(indicator, lookups);
      const display: DisplayValue[] = [];
      const primary = new Set<string>();
      const secondary = new Set<string>();
      for (const key of FIELD_KEYS) {
        const weight = FIELD_WEIGHTS[key];
        fields[key].forEach((value, refIndex) => {
          const displayed = key === 'text' || key === 'subMeasures';
          const tokens: Token[] = [];
          const stems: string[] = [];
          const compounds: (string | undefined)[] = [];
          let previous = '';
          scanWords(value, (word, start, end, joined) => {
            if (displayed) tokens.push({ word, start, end, joined });
            stems.push(stem(word));
            compounds.push(undefined);
            raise(this.words, word, order, weight);
            if (joined && previous) {
              // "well-being" is also indexed as "wellbeing".
              const compound = previous + word;
              compounds[compounds.length - 2] = stem(compound);
              raise(this.words, compound, order, weight);
            }
            previous = word;
          });
          const found = new Map<string, [number, number][]>();
          for (const hit of this.phrases.findInSequence(stems, compounds)) {
            raise(this.concepts, hit.groupId, order, weight * CONCEPT_FACTOR);
            (key === 'text' || key === 'subMeasures' ? primary : secondary).add(hit.groupId);
            const ranges = found.get(hit.groupId) ?? [];
            ranges.push([hit.start, hit.start + hit.length]);
            found.set(hit.groupId, ranges);
          }
          if (displayed) {
            display.push({ key, ...(key === 'subMeasures' ? { refIndex } : {}), value, tokens, stems, concepts: found });
          }
        });
      }
      for (const id of primary) secondary.delete(id);
      this.docs.push({
        indicator,
        order,
        fields,
        display,
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
