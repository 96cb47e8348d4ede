/**
 * What each indicator is about, as the check reads it: the stems and synonym
 * concepts of its own wording (text and sub-measures) and its keywords,
 * each weighted by how rare it is among the framework's indicators (a word
 * in every indicator says nothing). Built once per framework from the
 * search's index (framework/search), so the check and search read words
 * with one normaliser, one vocabulary and one synonym table.
 */
import type { Framework } from '../schema';
import { indexFor, type SearchIndex } from '../search/inverted-index';
import { isStopWord } from '../search/query';
import { scanWords, stem } from '../search/normalise';

/** A feature is a stem ("s:apprentic") or a synonym concept ("c:apprenticeships"). */
export type Feature = string;

export interface FeaturePosting {
  docs: Int32Array;
  weights: Float64Array;
}

export interface Profiles {
  index: SearchIndex;
  /** Feature -> indicators whose wording has it, and how much it says about each. */
  postings: Map<Feature, FeaturePosting>;
  size: number;
}

/** Keywords were added to help search, not written by the framework: they count a little less. */
const KEYWORD_FACTOR = 0.8;

/**
 * Words of indicator wording that name the form of a measure, not its topic
 * ("Number of ...", "Total amount spent ...", "Initiatives to ..."): they are
 * in most indicators and in most documents, so they are never evidence.
 */
const FORM_WORDS = new Set(
  [
    'number', 'no', 'total', 'amount', 'initiative', 'initiatives', 'provide', 'provision', 'including', 'include',
    'includes', 'contract', 'contracts', 'organisation', 'organisations', 'organization', 'service', 'services',
    'deliver', 'delivered', 'delivery', 'delivering', 'demonstrate', 'demonstration', 'evidence', 'eg', 'ie', 'etc',
    'such', 'other', 'relevant', 'within', 'through', 'their', 'there', 'these', 'that', 'this', 'which', 'who',
    'have', 'has', 'been', 'be', 'as', 'it', 'its', 'than', 'more', 'less', 'also', 'any', 'all', 'each', 'per',
    'will', 'would', 'should', 'can', 'may', 'must', 'you', 'we', 'us', 'they', 'them', 'if', 'yes', 'please',
    'specify', 'how', 'what', 'where', 'when', 'not', 'no', 'do', 'does', 'either', 'whichever', 'during', 'following',
    'according', 'example', 'specifically', 'particularly', 'well', 'new', 'use', 'used', 'using', 'make', 'made',
    'ensure', 'increase', 'improve', 'reduce', 'reduction', 'promote', 'support', 'supporting', 'supported', 'create', 'created',
    'opportunities', 'opportunity', 'activities', 'activity', 'commitment', 'commitments', 'percent', 'percentage', 'proportion', 'equivalent', 'value',
    'social', 'people', 'person', 'year', 'years', 'project', 'based', 'like', 'up', 'out', 'over', 'about', 'around',
    // The parties and parts of any contract, whatever it buys.
    'provider', 'providers', 'supplier', 'suppliers', 'contractor', 'contractors', 'council', 'authority', 'bidder',
    'bidders', 'tenderer', 'tenderers', 'client', 'customer', 'customers', 'system', 'systems', 'team', 'teams',
    'programme', 'programmes', 'requirement', 'requirements', 'standard', 'standards', 'staff', 'employees', 'employee',
    // How a commitment is proved, not what it is about.
    'certification', 'certifications', 'certified', 'accreditation', 'accredited', 'iso', 'report', 'reporting', 'measure', 'measured',
  ].map((w) => stem(w)),
);

export function isFormWord(stemmed: string): boolean {
  return FORM_WORDS.has(stemmed);
}

/**
 * A synonym concept said only in form words ("%", "per cent", "proportion":
 * the form of a measure) tells which of two indicators on one topic a
 * sentence means (the number of local people employed, or their share) but
 * is weak evidence of the topic itself: it counts this share of its weight.
 */
const FORM_PHRASE_FACTOR = 0.5;

function isFormPhrase(stems: readonly string[], hit: { start: number; length: number }): boolean {
  return stems.slice(hit.start, hit.start + hit.length).every((s) => FORM_WORDS.has(s));
}

/**
 * A concept named inside a longer phrase of another concept says less of
 * what the indicator is about: "national living wage" is the minimum wage,
 * and only in passing the words of the (real) Living Wage; a "local supply
 * chain" is still a supply chain, so the inner concept is kept, at this
 * share of its weight.
 */
const NESTED_FACTOR = 0.5;

type Hit = { groupId: string; start: number; length: number };

function isNested(hit: Hit, hits: readonly Hit[]): boolean {
  return hits.some((other) => other.groupId !== hit.groupId && other.length > hit.length && other.start <= hit.start && other.start + other.length >= hit.start + hit.length);
}

const cache = new WeakMap<Framework, Profiles>();

export function profilesFor(framework: Framework): Profiles {
  const known = cache.get(framework);
  if (known) return known;
  const built = buildProfiles(framework);
  cache.set(framework, built);
  return built;
}

function buildProfiles(framework: Framework): Profiles {
  const index = indexFor(framework);
  // The council's own name ("Cheshire East") is in every document it checks: never evidence.
  const own = new Set<string>();
  scanWords(`${framework.name} ${framework.publisher}`, (word) => own.add(stem(word)));
  const isEvidence = (word: string, s: string): boolean => !isStopWord(word) && !FORM_WORDS.has(s) && !own.has(s) && word.length > 1;
  const perDoc: Map<Feature, number>[] = [];
  const df = new Map<Feature, number>();
  index.docs.forEach((doc) => {
    const features = new Map<Feature, number>();
    const add = (feature: Feature, factor: number): void => {
      if ((features.get(feature) ?? 0) < factor) features.set(feature, factor);
    };
    const read = (value: string, factor: number): void => {
      const stems: string[] = [];
      const compounds: (string | undefined)[] = [];
      let previous = '';
      scanWords(value, (word, _start, _end, joined) => {
        const s = stem(word);
        stems.push(s);
        compounds.push(undefined);
        if (joined && previous) compounds[compounds.length - 2] = stem(previous + word);
        previous = word;
        if (isEvidence(word, s)) add(`s:${s}`, factor);
      });
      for (const c of compounds) if (c) add(`s:${c}`, factor);
      const hits = index.phrases.findInSequence(stems, compounds);
      for (const hit of hits) add(`c:${hit.groupId}`, factor * (isNested(hit, hits) ? NESTED_FACTOR : 1) * (isFormPhrase(stems, hit) ? FORM_PHRASE_FACTOR : 1));
    };
    read(doc.indicator.text, 1);
    for (const sub of doc.indicator.subMeasures ?? []) read(sub, 1);
    for (const keyword of doc.indicator.keywords) read(keyword, KEYWORD_FACTOR);
    for (const feature of features.keys()) df.set(feature, (df.get(feature) ?? 0) + 1);
    perDoc.push(features);
  });

  // How common each stem is in the stage wording (tender questions, KPIs): the
  // language of procurement in general ("staff", "programme", "supplier").
  // A word common there is common in any tender, so it tells little even
  // when few indicators' own wording has it.
  const wordingDf = new Map<string, number>();
  for (const doc of index.docs) {
    const seen = new Set<string>();
    for (const value of doc.fields.wording) scanWords(value, (word) => seen.add(`s:${stem(word)}`));
    for (const f of seen) wordingDf.set(f, (wordingDf.get(f) ?? 0) + 1);
  }

  const lists = new Map<Feature, { docs: number[]; weights: number[] }>();
  perDoc.forEach((features, doc) => {
    for (const [feature, factor] of features) {
      const own = index.idf(df.get(feature) ?? 1);
      const idf = feature.startsWith('s:') ? Math.min(own, index.idf(wordingDf.get(feature) ?? 0)) : own;
      const list = lists.get(feature) ?? { docs: [], weights: [] };
      list.docs.push(doc);
      list.weights.push(idf * factor);
      lists.set(feature, list);
    }
  });
  const postings = new Map<Feature, FeaturePosting>();
  for (const [feature, list] of lists) postings.set(feature, { docs: Int32Array.from(list.docs), weights: Float64Array.from(list.weights) });
  return { index, postings, size: index.docs.length };
}
