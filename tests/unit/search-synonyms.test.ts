/**
 * The synonym table earns its place: each query here finds its indicator
 * only through the table. Every claim runs twice, with the table and with
 * the groups that carry it taken out (the table module mocked), and must
 * fail without them: a query that finds its indicator anyway proves nothing
 * about synonyms. The query's words are also checked not to occur in the
 * indicator's own wording, so the claim cannot rest on a literal match.
 */
import { describe, expect, it, vi } from 'vitest';
import { defaultFramework } from '../../framework';
import type { Framework, Indicator } from '../../framework/schema';
import type { FrameworkSearch } from '../../framework/search';
import type * as Synonyms from '../../framework/search/synonyms';
import { SYNONYM_GROUPS } from '../../framework/search/synonyms';
import { searchQueries } from './fixtures/search-queries';
import { smallFramework, testIndicator } from './fixtures/small-framework';

/** A search engine over `framework` built with the synonym groups `dropped` (all when true) left out of the table. */
async function engineWithout(framework: Framework, dropped: readonly string[] | true): Promise<FrameworkSearch> {
  if (dropped !== true) for (const id of dropped) expect(SYNONYM_GROUPS.map((g) => g.id), 'a group the claim names').toContain(id);
  vi.resetModules();
  vi.doMock('../../framework/search/synonyms', async (importOriginal) => {
    const original = await importOriginal<typeof Synonyms>();
    const kept = original.SYNONYM_GROUPS.filter((group) => dropped !== true && !dropped.includes(group.id));
    const ids = new Set(kept.map((group) => group.id));
    return { ...original, SYNONYM_GROUPS: kept.map((group) => ({ ...group, related: group.related?.filter((id) => ids.has(id)) })) };
  });
  try {
    const { createSearch } = await import('../../framework/search');
    return createSearch(framework);
  } finally {
    vi.doUnmock('../../framework/search/synonyms');
    vi.resetModules();
  }
}

const engineWith = (framework: Framework): Promise<FrameworkSearch> => engineWithout(framework, []);

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The wording an officer reads on the card: the indicator text and its sub-measures. */
const shownWords = (indicator: Indicator): Set<string> => new Set(words([indicator.text, ...(indicator.subMeasures ?? [])].join(' ')));

/** Indicators worded without the words officers type for them, and nothing in their other fields to help. */
const small = smallFramework('synonyms', [
  testIndicator('vcse-spend', 'Total amount (£) spent with VCSEs within your supply chain.', { themes: ['prosperity'], outcomes: ['prosperity-outcome-2'] }),
  testIndicator('ghg', 'Savings in Greenhouse Gas (GHG) emissions on the contract from transport.', { themes: ['planet'], outcomes: ['planet-outcome-1'] }),
  testIndicator('wildlife', 'Wildlife habitat created on estates.', { themes: ['planet'], outcomes: ['planet-outcome-2'] }),
  testIndicator('apprentices', 'No. of weeks of apprenticeships on the contract.', { themes: ['prosperity'], outcomes: ['prosperity-outcome-1'] }),
]);

interface Claim {
  framework: Framework;
  query: string;
  /** Any of these ranking first proves the claim. */
  expected: readonly string[];
  /** The synonym groups that carry it. */
  groups: readonly string[];
  /** The words only the synonym links to the indicator (default: the whole query): none is written in it. */
  carried?: string;
}

const claims: Claim[] = [
  { framework: small, query: 'charity', expected: ['vcse-spend'], groups: ['vcse'] },
  { framework: small, query: 'carbon', expected: ['ghg'], groups: ['greenhouse-gas'] },
  { framework: small, query: 'co2', expected: ['ghg'], groups: ['greenhouse-gas'] },
  { framework: small, query: 'trees', expected: ['wildlife'], groups: ['green-space'] },
  { framework: defaultFramework, query: 'telecare', expected: ['local-digital-care'], groups: ['digital-care'] },
  { framework: defaultFramework, query: 'looked after children', expected: ['jobs-protected-characteristics'], groups: ['care-leavers'] },
  {
    framework: defaultFramework,
    query: 'supported employment contracts',
    expected: ['reserved-contracts-number', 'reserved-contracts-spend'],
    groups: ['reserved-contracts'],
    carried: 'supported employment',
  },
  { framework: defaultFramework, query: 'work experience', expected: ['work-placements', 'paid-internships'], groups: ['work-placements'], carried: 'experience' },
  { framework: defaultFramework, query: 'NEET', expected: ['work-placements', 'paid-internships'], groups: ['neet'] },
];

const first = (engine: FrameworkSearch, query: string): string | undefined => engine.search(query)[0]?.indicator.id;

describe('synonyms that find what the words alone do not', () => {
  for (const claim of claims) {
    it(`"${claim.query}" finds ${claim.expected.join(' or ')} through ${claim.groups.join(', ')}`, async () => {
      const withTable = await engineWith(claim.framework);
      const withoutGroups = await engineWithout(claim.framework, claim.groups);
      const top = first(withTable, claim.query);
      expect(claim.expected).toContain(top);
      const target = claim.framework.indicators.find((i) => i.id === top) as Indicator;
      for (const word of words(claim.carried ?? claim.query)) expect(shownWords(target), `"${word}" is not written in ${target.id}`).not.toContain(word);
      expect(claim.expected).not.toContain(first(withoutGroups, claim.query));
    });
  }

  it('highlights the words the synonym stands for, and nothing without it', async () => {
    const highlighted = (engine: FrameworkSearch, query: string): string[] =>
      (engine.search(query)[0]?.matches ?? [])
        .filter((match) => match.key === 'text')
        .flatMap((match) => match.ranges.map(([start, end]) => (small.indicators[0] as Indicator).text.slice(start, end)));
    expect(highlighted(await engineWith(small), 'charity')).toEqual(['VCSEs']);
    expect(highlighted(await engineWithout(small, ['vcse']), 'charity')).toEqual([]);
  });
});

describe('labelled queries of kind "synonym"', () => {
  it('each ranks its expected indicators worse without the synonym table', async () => {
    const withTable = await engineWith(defaultFramework);
    const withoutTable = await engineWithout(defaultFramework, true);
    const labelled = searchQueries.filter((q) => q.kind === 'synonym');
    expect(labelled.length).toBeGreaterThanOrEqual(6);
    /** Rank of the first expected indicator (Infinity when absent), and how many expected are in the top three. */
    const standing = (engine: FrameworkSearch, query: string, expected: readonly string[]): [number, number] => {
      const ids = engine.search(query).map((hit) => hit.indicator.id);
      const rank = ids.findIndex((id) => expected.includes(id));
      return [rank < 0 ? Infinity : rank, ids.slice(0, 3).filter((id) => expected.includes(id)).length];
    };
    for (const { query, expected } of labelled) {
      const [rankWith, top3With] = standing(withTable, query, expected);
      const [rankWithout, top3Without] = standing(withoutTable, query, expected);
      expect(rankWith <= rankWithout && top3With >= top3Without, `${query}: no worse with the table`).toBe(true);
      expect(rankWith < rankWithout || top3With > top3Without, `${query}: better with the table`).toBe(true);
    }
  });
});
