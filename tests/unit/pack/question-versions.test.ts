import { describe, expect, it } from 'vitest';
import { renderQuestionVersion, STAGE_WORDING } from '../../../framework/pack/question-versions';
import { framework } from './realistic-pack';

const indicator = framework.indicators.find((i) => i.id === 'apprenticeship-weeks');

describe('tender question versions', () => {
  it('gives bidders the question, how it is scored and the limit, and evaluators what a strong answer contains too', () => {
    if (!indicator) throw new Error('no indicator');
    const bidders = renderQuestionVersion(indicator, 'bidders', { contractName: 'Highways' });
    const evaluators = renderQuestionVersion(indicator, 'evaluators', { contractName: 'Highways' });
    expect(bidders.text).not.toContain('What a strong answer contains');
    expect(bidders.html).not.toContain('What a strong answer contains');
    expect(bidders.text).toContain('How it will be scored:\n- 0: No answer, or apprenticeships with no link to the contract.\n- 1: Intentions linked only to apprenticeship levy spend.');
    expect(bidders.text).toContain('- 5: Everything in a 4, plus a job or progression offered to apprentices who complete, and achievement rates reported each year.');
    expect(bidders.text).toMatch(/Response limit: \d+ words$/);
    expect(evaluators.text).toContain('What a strong answer contains:\n- ');
    expect(evaluators.text.startsWith(bidders.text.split('\n\n')[0] ?? 'x')).toBe(true);
  });

  it('names each stage’s wording as the card buttons say it', () => {
    expect([STAGE_WORDING.planning.name, STAGE_WORDING.procurement.name, STAGE_WORDING.contractManagement.name]).toEqual(['outcome statement', 'tender question for bidders', 'KPI']);
  });
});
