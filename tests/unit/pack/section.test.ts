import { describe, expect, it } from 'vitest';
import { generateSection, missingValues } from '../../../framework/pack/section';
import { sectionToText } from '../../../framework/pack/render';
import { DEFAULTS, details, framework, PACK_IDS, realisticPack } from './realistic-pack';
import { resolveDetails } from '../../../framework/pack/section';

const headingTexts = (blocks: ReturnType<typeof generateSection>['blocks'], level: number) =>
  blocks.flatMap((b) => (b.kind === 'heading' && b.level === level ? [b.text] : []));

describe('the generated social value section', () => {
  const pack = realisticPack();
  const bidder = generateSection({ framework, pack, details: details(pack), version: 'bidder' });
  const evaluator = generateSection({ framework, pack, details: details(pack), version: 'evaluator' });

  it('has the introduction, priorities, weighting model, questions and KPI schedule, in that order', () => {
    expect(headingTexts(bidder.blocks, 2)).toEqual(['Introduction', 'Priorities this contract supports', 'How social value will be evaluated', 'Tender questions', 'KPI schedule']);
    expect(headingTexts(bidder.blocks, 1)).toEqual(['Social value: Highways Maintenance 2027 (for bidders)']);
    const intro = sectionToText(bidder).split('Priorities this contract supports')[0] ?? '';
    expect(intro).toContain('Cheshire East Social Value Framework');
    expect(intro).toMatch(/carbon neutral/);
  });

  it('numbers every chosen question in the pack order, with its response limit', () => {
    expect(bidder.questions.map((q) => q.indicatorId)).toEqual(PACK_IDS);
    const questionHeadings = headingTexts(bidder.blocks, 3).filter((h) => h.startsWith('Question'));
    expect(questionHeadings.map((h) => h.split(':')[0])).toEqual(['Question SV1', 'Question SV2', 'Question SV3', 'Question SV4', 'Question SV5']);
    expect(bidder.questions.map((q) => q.responseLimit)).toEqual(['500 words', '500 words', '500 words', '3000 characters', '500 words']);
    // The question text says the limit in the unit the portal counts.
    expect(bidder.questions[3]?.question).toContain('3000 characters');
    expect(bidder.questions[3]?.question).not.toContain('characters words');
  });

  it('states the weighting model once, with shares adding to 100% and weights as points of the total', () => {
    expect(bidder.weightsAddUp).toBe(true);
    expect(bidder.questions.reduce((sum, q) => sum + q.share, 0)).toBe(100);
    expect(bidder.questions.map((q) => q.weight)).toEqual([4.5, 3.75, 3, 2.25, 1.5]);
    const text = sectionToText(bidder);
    expect(text.match(/score ÷ 5 × the question's weight/g)).toHaveLength(1);
    expect(text).toContain('Social value carries 15% of the total evaluation score, shared between the social value questions.');
    expect(text).toContain('for example, a score of 4 on a question weighted 2% earns 1.6%.');
    expect(text).toContain('Minimum acceptable score: 2 of 5');
  });

  it('gives evaluators what a strong answer contains and six descriptors 0-5, bidders neither', () => {
    const bidderText = sectionToText(bidder);
    const evaluatorText = sectionToText(evaluator);
    expect(bidderText).not.toContain('What a strong answer contains');
    expect(evaluatorText.match(/What a strong answer contains/g)).toHaveLength(5);
    for (const q of evaluator.questions) expect(q.descriptors.map((d) => d.score)).toEqual([0, 1, 2, 3, 4, 5]);
    const tables = evaluator.blocks.filter((b) => b.kind === 'table' && b.caption.startsWith('Scoring descriptors'));
    expect(tables).toHaveLength(5);
    // The descriptors are the framework's own for each measure, not a general scale.
    const first = tables[0];
    if (first?.kind !== 'table') throw new Error('no descriptor table');
    expect(first.rows[0]).toEqual(['0', 'No answer, or apprenticeships with no link to the contract.']);
    expect(first.rows[5]).toEqual(['5', 'Everything in a 4, plus a job or progression offered to apprentices who complete, and achievement rates reported each year.']);
  });

  it('adds a measure’s scoring guidance where the framework has some, and marks a generic scale for replacing', () => {
    const withGuidance = { ...pack, items: [{ ...pack.items[0], indicatorId: 'time-to-change-pledge', weight: 100, values: {} }] };
    const text = sectionToText(generateSection({ framework, pack: withGuidance, details: details(withGuidance), version: 'bidder' }));
    expect(text).toContain('Scoring guidance: Time to Change closed in 2021. A pledge made before then, with no current commitment, scores no more than 2.');
    expect(sectionToText(bidder)).not.toContain('Scoring guidance');

    const generic = {
      ...framework,
      indicators: framework.indicators.map((i) =>
        i.id === 'apprenticeship-weeks' ? { ...i, wording: { ...i.wording, procurement: { ...i.wording.procurement, genericScoring: true as const } } } : i,
      ),
    };
    const marked = sectionToText(generateSection({ framework: generic, pack, details: details(pack), version: 'evaluator' }));
    expect(marked.match(/These descriptors are a generic scale, added when this framework was brought up to the current format; replace them with descriptors for this measure before publishing\./g)).toHaveLength(1);
    expect(sectionToText(evaluator)).not.toContain('generic scale');
  });

  it('has one KPI row per indicator with each target in its own KPI only, and the s.71 ratings', () => {
    const table = bidder.blocks.find((b) => b.kind === 'table' && b.caption === 'Social value KPIs');
    if (table?.kind !== 'table') throw new Error('no KPI table');
    expect(table.header).toEqual(['KPI', 'Measure', 'Unit', 'Target', 'Reporting frequency', 'Evidence']);
    expect(table.rows).toHaveLength(5);
    expect(table.rows[0]?.[3]).toMatch(/^52 /);
    expect(table.rows[2]?.[3]).toMatch(/^120 /);
    expect(table.rows[2]?.[3]).not.toContain('52');
    expect(sectionToText(bidder)).toContain('- Good\n- Approaching target\n- Requires improvement\n- Inadequate\n- Other');
  });

  it('applies the s.52 rule over £5m and says when the pack alone meets it', () => {
    expect(bidder.kpiDuty.applies).toBe(true);
    expect(bidder.kpiDuty.met).toBe(true);
    expect(sectionToText(bidder)).toContain('s.52');
  });

  it('leaves no unfilled placeholder and nothing missing when every value is filled', () => {
    for (const version of [bidder, evaluator]) {
      const text = sectionToText(version);
      expect(text).not.toMatch(/\{[a-zA-Z]+\}/);
      expect(text).not.toMatch(/\[(contract name|contract term|target|locality|organisation)\]/);
    }
    expect(missingValues(framework, pack, details(pack))).toEqual([]);
  });

  it('lists what is missing: the contract name and each KPI target (the term only where the wording uses it)', () => {
    const bare = { ...realisticPack(), details: {}, items: realisticPack().items.map((item) => ({ ...item, values: {} })) };
    const missing = missingValues(framework, bare, resolveDetails(bare.details, DEFAULTS));
    expect(missing.map((m) => m.field)).toEqual(['contractName', 'target', 'target', 'target', 'target', 'target']);
    expect(missing.filter((m) => m.field === 'target').map((m) => m.indicatorId)).toEqual(PACK_IDS);
    const section = generateSection({ framework, pack: bare, details: resolveDetails(bare.details, DEFAULTS), version: 'bidder' });
    expect(sectionToText(section)).toContain('[contract name]');
  });
});
