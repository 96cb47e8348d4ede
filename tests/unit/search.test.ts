/**
 * Behaviour of the framework search an officer would notice: the right
 * indicator first, filters that narrow, highlights on the words they typed,
 * and the same engine working on any valid (imported) framework.
 */
import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../framework';
import { frameworkSchema, type Indicator } from '../../framework/schema';
import { createSearch, type SearchHit } from '../../framework/search';
import { syntheticFramework } from '../tools/bench/synthetic';
import { smallFramework, testIndicator } from './fixtures/small-framework';

const small = smallFramework('small', [
  testIndicator('apprentices', 'No. of weeks of apprenticeships on the contract.', { measureType: 'weeks', themes: ['prosperity'], outcomes: ['prosperity-outcome-1'] }),
  testIndicator('vcse-spend', 'Total amount (£) spent with VCSEs within your supply chain.', { measureType: 'gbp', themes: ['prosperity'], outcomes: ['prosperity-outcome-2'] }),
  testIndicator('ghg', 'Savings in Greenhouse Gas (GHG) emissions on the contract from transport.', { measureType: 'tco2e', themes: ['planet'], outcomes: ['planet-outcome-1'] }),
  testIndicator('well-being', 'Initiatives that improve staff well-being at work.', { themes: ['people', 'prosperity'], outcomes: ['people-outcome-1', 'prosperity-outcome-1'] }),
  testIndicator('html', 'Use of <b>bold</b> claims & <script>alert(1)</script> in bids.'),
  testIndicator('protected', 'Job (FTE) opportunities for people with protected characteristics:', {
    subMeasures: ['% of people employed are care leavers', 'Single parents, ex armed forces etc.'],
  }),
  testIndicator('phrase', 'Volunteer days across the borough each year for canal towpath repairs and litter picking.'),
  testIndicator('scattered', 'Repairs to the towpath beside the canal.'),
]);

const ids = (hits: SearchHit[]): string[] => hits.map((hit) => hit.indicator.id);
/** The highlighted pieces of the indicator text. */
const highlighted = (hit: SearchHit | undefined, key: 'text' | 'subMeasures' = 'text'): string[] => {
  if (!hit) return [];
  return hit.matches
    .filter((match) => match.key === key)
    .flatMap((match) => {
      const value = key === 'text' ? hit.indicator.text : (hit.indicator.subMeasures?.[match.refIndex ?? -1] ?? '');
      return match.ranges.map(([start, end]) => value.slice(start, end));
    });
};

describe('createSearch on a small imported framework', () => {
  const engine = createSearch(small);

  it('puts the indicator whose wording matches first', () => {
    expect(ids(engine.search('apprenticeships'))[0]).toBe('apprentices');
    expect(ids(engine.search('greenhouse gas'))[0]).toBe('ghg');
  });

  it('forgives typos, plurals and the officer’s own words', () => {
    expect(ids(engine.search('apprentiships'))[0]).toBe('apprentices');
    expect(ids(engine.search('apprentice'))[0]).toBe('apprentices');
    expect(ids(engine.search('charity spend'))[0]).toBe('vcse-spend');
    expect(ids(engine.search('carbon'))[0]).toBe('ghg');
    expect(ids(engine.search('wellbeing'))[0]).toBe('well-being');
  });

  it('finds the indicator on every keystroke once a word takes shape', () => {
    const word = 'apprenticeships';
    for (let length = 4; length <= word.length; length++) {
      expect(ids(engine.search(word.slice(0, length)))[0], word.slice(0, length)).toBe('apprentices');
    }
  });

  it('ranks best first, with scores from 0 (perfect) upwards', () => {
    const hits = engine.search('supply chain spend');
    expect(hits.length).toBeGreaterThan(0);
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(scores.every((score) => score >= 0 && score <= 1)).toBe(true);
  });

  it('returns nothing for a query that matches nothing, and honours limit', () => {
    expect(engine.search('zzxqv')).toEqual([]);
    expect(engine.search('the')).toEqual([]);
    expect(createSearch(defaultFramework).search('employment', { limit: 2 })).toHaveLength(2);
  });

  it('lists every indicator passing the filters, in framework order, for an empty query', () => {
    expect(ids(engine.search(''))).toEqual(small.indicators.map((i) => i.id));
    expect(ids(engine.search('   ', { themes: ['planet'] }))).toEqual(['ghg']);
    expect(engine.search('').every((hit) => hit.matches.length === 0)).toBe(true);
  });

  it('narrows results by filters: OR within a kind, AND across kinds', () => {
    const all = ids(engine.search('contract'));
    expect(all).toEqual(expect.arrayContaining(['apprentices', 'ghg']));
    expect(ids(engine.search('contract', { themes: ['planet'] }))).toEqual(['ghg']);
    expect(ids(engine.search('contract', { themes: ['planet', 'prosperity'] })).sort()).toEqual(['apprentices', 'ghg']);
    expect(ids(engine.search('contract', { measureTypes: ['weeks'] }))).toEqual(['apprentices']);
    expect(ids(engine.search('contract', { themes: ['planet'], measureTypes: ['weeks'] }))).toEqual([]);
    expect(ids(engine.search('', { outcomes: ['prosperity-outcome-1'] }))).toEqual(['apprentices', 'well-being']);
  });

  it('ranks the words typed as a phrase above the same words scattered', () => {
    expect(ids(engine.search('canal towpath repairs')).slice(0, 2)).toEqual(['phrase', 'scattered']);
  });

  it('highlights the words that matched, inside the verbatim text', () => {
    const [apprentices] = engine.search('apprentiships');
    expect(highlighted(apprentices)).toEqual(['apprenticeships']);
    const [spend] = engine.search('charity spend');
    // "amount spent" is a synonym of spend; "VCSEs" of charity.
    expect(highlighted(spend)).toEqual(['amount', 'spent', 'VCSEs']);
    const [ghg] = engine.search('co2 transport');
    expect(highlighted(ghg)).toEqual(['Greenhouse Gas', 'GHG', 'transport']);
    const [wellBeing] = engine.search('wellbeing');
    expect(highlighted(wellBeing).join(' ')).toContain('well-being');
  });

  it('highlights the word being typed from its first letters', () => {
    const [hit] = engine.search('apprent');
    expect(highlighted(hit)).toEqual(['apprenticeships']);
  });

  it('highlights matches in sub-measures with their index', () => {
    const [hit] = engine.search('care leavers');
    expect(hit?.indicator.id).toBe('protected');
    expect(hit?.matches.find((m) => m.key === 'subMeasures')?.refIndex).toBe(0);
    expect(highlighted(hit, 'subMeasures')).toEqual(['care leavers']);
  });

  it('keeps HTML in the wording as text: found, unchanged, highlighted by offsets', () => {
    const [hit] = engine.search('bold claims');
    expect(hit?.indicator.id).toBe('html');
    expect(hit?.indicator.text).toBe('Use of <b>bold</b> claims & <script>alert(1)</script> in bids.');
    expect(highlighted(hit)).toEqual(['bold', 'claims']);
    expect(() => engine.search('<script>alert(1)</script>')).not.toThrow();
    expect(ids(engine.search('<b>'))).not.toContain('apprentices');
  });
});

describe('createSearch on the Cheshire East framework', () => {
  const engine = createSearch(defaultFramework);

  it('is built once per framework and then shared', () => {
    expect(createSearch(defaultFramework)).toBe(engine);
    expect(engine.size).toBe(defaultFramework.indicators.length);
  });

  it('reads US spellings as the framework’s UK ones', () => {
    expect(ids(engine.search('organizational trauma')).slice(0, 3)).toContain('ace-trauma-informed');
    const [hit] = engine.search('digitization');
    expect(hit?.indicator.id).toBe('local-digital-care');
    expect(highlighted(hit)).toContain('digitisation');
  });

  it('does not highlight every "to" because a phrase contained one', () => {
    const hit = engine.search('returning to work').find((h) => h.indicator.id === 'women-returners');
    expect(highlighted(hit)).toContain('returning');
    expect(highlighted(hit)).not.toContain('to');
  });

  it('copes with a pasted paragraph', () => {
    const paragraph = 'Please describe how you will reduce carbon emissions from transport and buildings '.repeat(20);
    expect(ids(engine.search(paragraph)).slice(0, 3)).toEqual(expect.arrayContaining(['ghg-savings-transport']));
  });

  it('ranks an exact phrase above the same words scattered', () => {
    const hits = ids(engine.search('mental health first aid'));
    expect(hits[0]).toBe('mental-health-first-aid');
  });

  it('gives every highlight a half-open range inside the text it points into, sorted and apart', () => {
    for (const query of ['carbon', 'voluntary sector', 'apprent', 'living wage supply chain', 'NOx']) {
      for (const hit of engine.search(query)) {
        for (const match of hit.matches) {
          const value = match.key === 'text' ? hit.indicator.text : (hit.indicator.subMeasures?.[match.refIndex ?? -1] ?? '');
          let previousEnd = -1;
          for (const [start, end] of match.ranges) {
            expect(start).toBeGreaterThanOrEqual(0);
            expect(end).toBeLessThanOrEqual(value.length);
            expect(end).toBeGreaterThan(start);
            // Merged: neighbouring highlights are apart, never touching or overlapping.
            expect(start).toBeGreaterThan(previousEnd);
            previousEnd = end;
          }
        }
      }
    }
  });
});

describe('syntheticFramework', () => {
  it('is valid and deterministic for a seed', () => {
    const a = syntheticFramework(300, 7);
    expect(frameworkSchema.safeParse(a).success).toBe(true);
    expect(syntheticFramework(300, 7)).toEqual(a);
    expect(syntheticFramework(300, 8).indicators.map((i) => i.text)).not.toEqual(a.indicators.map((i) => i.text));
    expect(new Set(a.indicators.map((i) => i.id)).size).toBe(300);
  });

  it('can be searched like any imported framework', () => {
    const framework = syntheticFramework(2000, 3);
    const engine = createSearch(framework);
    const target = framework.indicators[1234] as Indicator;
    // The words an officer would remember of it: its distinctive (longest) ones.
    const words = target.text.match(/[A-Za-z]{7,}/g) ?? [];
    const query = [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, 4).join(' ');
    expect(ids(engine.search(query, { limit: 10 }))).toContain(target.id);
  });
});
