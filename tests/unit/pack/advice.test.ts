import { describe, expect, it } from 'vitest';
import { environmentalAdvice, kpiDuty, weightingAdvice } from '../../../framework/pack/advice';
import { evenShares, questionWeight, sharesAddUp, weightedScore } from '../../../framework/pack/weights';
import { framework } from './realistic-pack';

const byId = (id: string) => {
  const found = framework.indicators.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('pack advice and weights', () => {
  it('advises below 10% citing PPN 002, and says nothing at 10% or more', () => {
    expect(weightingAdvice(5)?.text).toMatch(/PPN 002 is 10%/);
    expect(weightingAdvice(10)).toBeUndefined();
  });

  it('notes a pack with no environmental indicator', () => {
    expect(environmentalAdvice([byId('apprenticeship-weeks')])?.text).toMatch(/carbon/i);
    expect(environmentalAdvice([byId('apprenticeship-weeks'), byId('ghg-savings-non-transport')])).toBeUndefined();
  });

  it('applies s.52 only over £5m, and not to exempt contracts', () => {
    expect(kpiDuty({ estimatedValue: 5_000_000 }, 0).applies).toBe(false);
    expect(kpiDuty({ estimatedValue: 5_000_001 }, 2)).toMatchObject({ applies: true, met: false });
    expect(kpiDuty({ estimatedValue: 9e6 }, 3)).toMatchObject({ applies: true, met: true });
    expect(kpiDuty({ estimatedValue: 9e6, kpiExemption: 'light-touch' }, 0)).toMatchObject({ applies: false });
    expect(kpiDuty({ estimatedValue: 9e6, kpiExemption: 'framework' }, 0).text).toContain('a framework');
    expect(kpiDuty({}, 0).applies).toBeUndefined();
  });

  it('shares evenly to 100 and works the weighted score out as score ÷ 5 × weight', () => {
    expect(evenShares(3)).toEqual([34, 33, 33]);
    expect(sharesAddUp(evenShares(7))).toBe(true);
    expect(sharesAddUp([50, 40])).toBe(false);
    expect(sharesAddUp([33.33, 33.33, 33.34])).toBe(true);
    expect(questionWeight(10, 20)).toBe(2);
    expect(weightedScore(4, 2)).toBeCloseTo(1.6);
  });
});
