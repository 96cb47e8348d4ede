/**
 * The parts that make the index quick to build must not change what a
 * search finds: the ranker's token-search scores are fuse.js's own, to the
 * last digit, though no fuse.js index of the whole framework is built; and
 * the word table finds each word again by its place in a text.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../framework';
import type { Framework } from '../../framework/schema';
import { BITAP_OPTIONS, fieldText, FuseTokenScorer, type FieldStats, type ScoredKey } from '../../framework/search/fuse-score';
import { indexFor } from '../../framework/search/inverted-index';
import { RANKED_KEYS } from '../../framework/search/rank';
import { WordTable } from '../../framework/search/word-table';
import { syntheticFramework } from '../tools/bench/synthetic';

/** fuse.js itself, searching every document with its own index: the oracle. */
function fuseOracle<D>(docs: readonly D[], keys: readonly ScoredKey<D>[]): Fuse<D> {
  const options: IFuseOptions<D> = {
    ...BITAP_OPTIONS,
    useTokenSearch: true,
    includeScore: true,
    keys: keys.map((key) => ({ name: key.name, weight: key.weight, getFn: (doc: D) => fieldText(key.items(doc)) })),
  };
  return new Fuse(docs, options);
}

function expectSameScores<D>(docs: readonly D[], keys: readonly ScoredKey<D>[], queries: readonly string[], stats?: FieldStats): void {
  const oracle = fuseOracle(docs, keys);
  const ours = new FuseTokenScorer(docs, keys, stats);
  const all = docs.map((_, i) => i);
  for (const query of queries) {
    const expected = new Map(oracle.search(query).map((r) => [r.refIndex, r.score ?? 1]));
    const actual = ours.scores(query, all);
    expect([...actual.keys()].sort((a, b) => a - b), query).toEqual([...expected.keys()].sort((a, b) => a - b));
    for (const [doc, score] of expected) expect(actual.get(doc), `${query} / ${doc}`).toBe(score);
  }
}

/** The ranker's case: the index's documents, with the statistics the index counted as it read them. */
function expectRankerScores(framework: Framework, queries: readonly string[]): void {
  const index = indexFor(framework);
  expectSameScores(index.docs, RANKED_KEYS, queries, index.fuseStats);
}

describe("the ranker's fuse.js scores", () => {
  it('are those of fuse.js searching the whole Cheshire East framework', () => {
    expectRankerScores(defaultFramework, [
      'apprenticeship', 'apprentic', 'carbon emissions', 'volunteer', 'local', 'living wage', 'care leavers', 'ϰα', 'ϰβ ϰγ',
      'mental health wellbeing', 'sme', 'the', 'nonexistentword', 'supply chain', 'co2', '',
      // Misspelt, so bitap matches with errors (one for five letters, two for ten) and the exact-piece filter is put to the test.
      'apprentiseship', 'carbn emisions', 'volunter', 'enviromental', 'sustainabilty', 'wellbeng', 'procurment', 'qualifcations',
      'employmnet', 'comunity', 'xapprenticeshipx', 'organisationalstructures',
    ]);
  });

  it('are those of fuse.js on a large framework that repeats its outcomes, themes and keywords', () => {
    expectRankerScores(syntheticFramework(400, 3), ['carbon', 'young people', 'heat pump', 'digital inclusion', 'ashton', 'fte']);
  });

  it('split and lower-case words as fuse.js does, whatever the script or punctuation', () => {
    const texts = [
      ['café au lait naïve coöperation'],
      ['snake_case words and 12°C, PM2.5 and CO₂'],
      ['Ελληνικά και ΟΔΟΣ', 'русский текст'],
      ['well-being / supplies;provisions… “quoted” words', 'WELL-BEING'],
      ['well-being / supplies;provisions… “quoted” words'],
      ['   '],
      ['·', ''],
      ['𝐀𝐁𝐂 maths 🙂smile🙂 İstanbul ǅemal', 'ﬁne ß'],
    ];
    const keys: ScoredKey<string[]>[] = [
      { name: 'first', weight: 1, items: (doc) => doc.slice(0, 1) },
      { name: 'all', weight: 0.4, items: (doc) => doc },
    ];
    expectSameScores(texts, keys, ['cafe', 'naïve', 'snake_case', 'pm2', 'co₂', 'русский', 'οδος', 'being supplies', 'quoted words', '12', 'well being well', '𝐚𝐛𝐜', 'smile', 'i̇stanbul', 'ǆemal', 'ﬁne']);
  });
});

describe('index build helpers', () => {
  it('the word table finds each of thousands of words again by its span, and only that word', () => {
    const table = new WordTable<number>();
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const text = words.join(' ');
    let made = 0;
    let at = 0;
    const spans = words.map((word) => {
      const span = [at, at + word.length] as const;
      at += word.length + 1;
      return span;
    });
    for (const [i, [start, end]] of spans.entries()) {
      expect(table.get(text, start, end, () => (made++, i))).toBe(i);
    }
    for (const [i, [start, end]] of spans.entries()) expect(table.get(text, start, end, () => -1)).toBe(i);
    expect(made).toBe(words.length);
    // A word inside a longer one is a different word.
    expect(table.get('xw1zzzz', 1, 3, () => -2)).toBe(1);
    expect(table.get('xw1zzzz', 1, 7, () => -3)).toBe(-3);
  });
});
