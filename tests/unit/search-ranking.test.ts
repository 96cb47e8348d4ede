/**
 * The order of the whole results list, not only its top: officers
 * scroll the panel, so the tail must be ordered and free of noise.
 *  1. Hits matched in the indicator's own fields (text, sub-measures,
 *     keywords, outcomes) rank above hits matched only in the stage wording.
 *  2. The word as typed ranks above its synonyms, which rank above related
 *     topics and guesses.
 *  3. Scores are graded: non-decreasing, below 1, and different where the
 *     match is.
 *  4. Noise is dropped: a synonym, typo or completion found only in the stage
 *     wording, one word of a multi-word query found only there, one word of a
 *     known phrase ("care" of "care leavers"), completions of a word already
 *     complete as typed ("EV": "evidence"). Everything about the topic stays.
 */
import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../framework';
import type { Framework, Indicator } from '../../framework/schema';
import { createSearch, type SearchHit } from '../../framework/search';
import { relatedGroups, SYNONYM_GROUPS } from '../../framework/search/synonyms';
import { searchQueries } from './fixtures/search-queries';
import { smallFramework, testIndicator } from './fixtures/small-framework';

interface Parts {
  keywords?: string[];
  subMeasures?: string[];
  /** Put into the planning outcome: the stage wording. */
  stage?: string;
}

function indicator(id: string, text: string, { keywords = [], subMeasures, stage }: Parts = {}): Indicator {
  const base = testIndicator(id, text, { keywords, ...(subMeasures ? { subMeasures } : {}) });
  return stage ? { ...base, wording: { ...base.wording, planning: { outcome: stage } } } : base;
}

const framework = (indicators: Indicator[]): Framework => smallFramework('ranking', indicators);

const ids = (hits: SearchHit[]): string[] => hits.map((hit) => hit.indicator.id);
const position = (hits: SearchHit[], id: string): number => {
  const at = ids(hits).indexOf(id);
  expect(at, `${id} in ${ids(hits).join(', ')}`).toBeGreaterThanOrEqual(0);
  return at;
};

/** The indicator's own fields, as an officer reads them on the card and in the detail. */
function ownText(indicator: Indicator): string {
  const outcomes = indicator.outcomes.map((id) => defaultFramework.outcomes.find((o) => o.id === id)?.text ?? '');
  return [indicator.text, ...(indicator.subMeasures ?? []), ...indicator.keywords, ...outcomes].join(' \n ');
}

/** The stage wording (and notes) of an indicator. */
function stageText(indicator: Indicator): string {
  const { planning, procurement, contractManagement: kpi } = indicator.wording;
  return [planning.outcome, procurement.question, ...procurement.strongAnswer, ...Object.values(procurement.scoring), kpi.measure, kpi.unit, kpi.target, kpi.evidence, indicator.unit, ...(indicator.notes ?? [])].join(' \n ');
}

function expectGraded(hits: SearchHit[]): void {
  const scores = hits.map((hit) => hit.score);
  expect(scores).toEqual([...scores].sort((a, b) => a - b));
  for (const score of scores) {
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThan(0.995); // never shown as 1.00
  }
}

describe('ranking on a small imported framework', () => {
  const engine = createSearch(
    framework([
      indicator('both-in-text', 'Canal litter picking days.'),
      indicator('keyword', 'Canal towpath repairs.', { keywords: ['litter'] }),
      indicator('one-in-stage', 'Canal bank planting.', { stage: 'The Provider will plant the bank and remove litter.' }),
      indicator('one-word', 'Canal boat trips for older residents.'),
      indicator('both-in-stage', 'Community clean-up days.', { stage: 'Volunteers will work along the canal, collecting litter.' }),
      indicator('one-word-in-stage', 'Street sweeping.', { stage: 'The Provider will keep streets free of litter.' }),
      indicator('unrelated', 'Apprenticeship weeks on the contract.'),
      indicator('tree', 'Tree planting on estates.'),
      indicator('wildlife', 'Wildlife habitat created on estates.'),
      indicator('charity-in-stage', 'Shop floor space given free.', { stage: 'The Provider will give space to a local charity.' }),
      indicator('vcse-in-stage', 'Room hire at no cost.', { stage: 'The Provider will offer rooms to VCSEs.' }),
      indicator('typo-in-stage', 'Reuse of office furniture.', { stage: 'Furniture will be given to a hedgerow trust.' }),
      indicator('hedgerow', 'Hedgerow planting.'),
    ]),
  );

  it('ranks hits that match every word above hits that match one', () => {
    const hits = engine.search('canal litter');
    expectGraded(hits);
    const allWords = ['both-in-text', 'keyword', 'one-in-stage'];
    for (const id of allWords) expect(position(hits, id)).toBeLessThan(position(hits, 'one-word'));
    expect(ids(hits).slice(0, 3)).toEqual(allWords);
  });

  it('ranks a match in the indicator’s own fields above the same word only in the stage wording', () => {
    const hits = engine.search('canal litter');
    // "litter" in the keywords beats "litter" in the stage wording.
    expect(position(hits, 'keyword')).toBeLessThan(position(hits, 'one-in-stage'));
    // Every hit with a match in its own fields comes before the one matched only in its stage wording.
    expect(ids(hits).at(-1)).toBe('both-in-stage');
    const literal = engine.search('charity');
    expect(ids(literal)).toEqual(['charity-in-stage']);
  });

  it('drops noise: one word of the query only in the stage wording, synonyms and typos only there', () => {
    expect(ids(engine.search('canal litter'))).not.toContain('one-word-in-stage');
    expect(ids(engine.search('canal litter'))).not.toContain('unrelated');
    // "charity" is a synonym of VCSE, but a synonym in the stage wording says too little.
    expect(ids(engine.search('charity'))).not.toContain('vcse-in-stage');
    // A typo corrected to a word of the stage wording only, likewise.
    const typo = engine.search('hedgrow');
    expect(ids(typo)).toEqual(['hedgerow']);
  });

  it('ranks the word as typed above its synonyms', () => {
    const hits = engine.search('tree');
    expectGraded(hits);
    expect(ids(hits)).toEqual(['tree', 'wildlife']);
    expect(hits[0]?.score).toBeLessThan(hits[1]?.score ?? 0);
  });

  it('still finds everything through a typo, the corrected word first', () => {
    const hits = engine.search('treee');
    expect(ids(hits)[0]).toBe('tree');
  });
});

describe('ranking on the Cheshire East framework', () => {
  const engine = createSearch(defaultFramework);

  it('"carbon": indicators about carbon, then emissions, transport and energy, then passing mentions in stage wording', () => {
    const hits = engine.search('carbon');
    expectGraded(hits);
    expect(ids(hits).slice(0, 2).sort()).toEqual(['ghg-savings-non-transport', 'ghg-savings-transport']);
    const ownMatch = /carbon|greenhouse|\bghg\b|co2|net zero|climate|emission|energy|miles/i;
    const inOwnFields = hits.filter((hit) => ownMatch.test(ownText(hit.indicator)));
    const stageOnly = hits.filter((hit) => !ownMatch.test(ownText(hit.indicator)));
    expect(stageOnly.length).toBeGreaterThan(0);
    for (const hit of stageOnly) expect(stageText(hit.indicator)).toMatch(/carbon/i);
    const lastOwn = Math.max(...inOwnFields.map((hit) => hits.indexOf(hit)));
    const firstStageOnly = Math.min(...stageOnly.map((hit) => hits.indexOf(hit)));
    expect(lastOwn).toBeLessThan(firstStageOnly);
    // Recall: the emissions, transport and energy indicators are all there, before the passing mentions.
    for (const id of ['nox-savings', 'pm25-savings', 'car-miles-saved', 'low-emission-vehicles', 'energy-advice-fuel-poverty']) {
      expect(position(hits, id)).toBeLessThan(position(hits, 'smoking-initiatives'));
    }
    // A synonym in the indicator's own fields beats a related topic.
    expect(hits[1]?.score).toBeLessThan(hits[2]?.score ?? 0);
  });

  it('"EV": the vehicles first, related emissions next, and no "evidence" or "every"', () => {
    const hits = engine.search('EV');
    expectGraded(hits);
    expect(ids(hits)[0]).toBe('low-emission-vehicles');
    expect(ids(hits)).not.toContain('local-producers');
    expect(ids(hits)).not.toContain('tartan-rug-innovation');
    const vehicles = /\bEVs?\b|electric|emission|vehicle|fleet|carbon|ghg|co2|miles/i;
    for (const hit of hits) expect(ownText(hit.indicator), hit.indicator.id).toMatch(vehicles);
  });

  it('"care leavers": the phrase, never "care" alone', () => {
    const hits = engine.search('care leavers');
    expectGraded(hits);
    expect(ids(hits)[0]).toBe('jobs-protected-characteristics');
    expect(ids(hits)).not.toContain('waste-reduction');
    const phrase = /care leavers?|looked after child|children in care|care experienced|corporate parenting/i;
    for (const hit of hits) expect(`${ownText(hit.indicator)} ${stageText(hit.indicator)}`, hit.indicator.id).toMatch(phrase);
  });

  it('"local people": the local employment indicators first, and only indicators about local people', () => {
    const hits = engine.search('local people');
    expectGraded(hits);
    expect(ids(hits).slice(0, 2).sort()).toEqual(['local-people-employed', 'local-people-employed-percent']);
    const phrase = /local (people|residents|workforce|jobs|labour|recruitment|staff)/i;
    for (const hit of hits) expect(`${ownText(hit.indicator)} ${stageText(hit.indicator)}`, hit.indicator.id).toMatch(phrase);
    // Said in the indicator's own fields before said only in the stage wording.
    const own = hits.map((hit) => phrase.test(ownText(hit.indicator)));
    expect(own).toEqual([...own].sort((a, b) => Number(b) - Number(a)));
  });

  it('grades every labelled query’s whole list', () => {
    for (const { query } of searchQueries) {
      const hits = engine.search(query);
      expectGraded(hits);
      // A long list of equal scores would be an arbitrary order.
      if (hits.length >= 4) expect(new Set(hits.map((hit) => hit.score.toFixed(4))).size, query).toBeGreaterThan(hits.length / 3);
    }
  });
});

describe('synonym table relations', () => {
  it('name only groups that exist, and work both ways', () => {
    const known = new Set(SYNONYM_GROUPS.map((group) => group.id));
    for (const group of SYNONYM_GROUPS) for (const id of group.related ?? []) expect(known, `${group.id} -> ${id}`).toContain(id);
    const related = relatedGroups(SYNONYM_GROUPS);
    for (const [id, others] of related) for (const other of others) expect(related.get(other), `${other} <- ${id}`).toContain(id);
    expect(related.get('greenhouse-gas')).toContain('emissions');
  });
});
