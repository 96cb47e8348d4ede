import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../framework/schema';
import {
  applySupplierTerm,
  fillWording,
  GENERIC_SCORING_NOTICE,
  renderIndicatorWording,
  renderKpi,
  renderOutcome,
  renderTenderQuestion,
  renderWording,
  SUPPLIER_TERMS,
  weightedScore,
} from '../../framework/render-wording';

function indicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'apprenticeship-weeks',
    text: 'No. of weeks of apprenticeships on the contract - Level 2,3, or 4+',
    themes: ['social', 'economic'],
    marmotPriorities: ['fair-employment'],
    outcomes: ['local-employment'],
    measureType: 'weeks',
    unit: 'weeks',
    keywords: ['apprentice'],
    wording: {
      planning: { outcome: 'The provider of {contractName} creates apprenticeships in {locality}.' },
      procurement: {
        question: 'Describe the apprenticeships you will offer on {contractName} over {contractTerm}, in no more than {responseLimit} words.',
        strongAnswer: ['Number of apprenticeship weeks by level', 'How apprentices are recruited in {locality}'],
        scoring: {
          0: 'No answer.',
          1: 'An intention only.',
          2: 'Numbers without levels.',
          3: 'Weeks by level, no provider.',
          4: 'Weeks by level with a named provider in {locality}.',
          5: 'As a 4, with jobs for apprentices who complete.',
        },
        responseLimitWords: 500,
      },
      contractManagement: {
        measure: 'Apprenticeship weeks completed or supported on {contractName}',
        unit: 'weeks',
        target: '{target} weeks a year',
        frequency: 'quarterly',
        evidence: 'Apprentice records & training provider confirmations',
      },
    },
    ...overrides,
  };
}

describe('placeholders', () => {
  it('fills the values the officer has set', () => {
    const out = renderOutcome(indicator(), { contractName: 'Highways Maintenance', locality: 'Crewe' });
    expect(out.text).toBe('The provider of Highways Maintenance creates apprenticeships in Crewe.');
  });

  it('shows unset values as their bracketed name instead of dropping them', () => {
    const out = renderOutcome(indicator(), { contractName: '  ' });
    expect(out.text).toBe('The provider of [contract name] creates apprenticeships in [locality].');
  });

  it('fills the response limit from the question’s suggested limit unless the officer sets one', () => {
    expect(renderTenderQuestion(indicator()).text).toContain('in no more than 500 words.');
    expect(renderTenderQuestion(indicator()).text).toContain('Response limit: 500 words');
    const custom = renderTenderQuestion(indicator(), { responseLimit: '750' });
    expect(custom.text).toContain('in no more than 750 words.');
    expect(custom.text).toContain('Response limit: 750 words');
    expect(renderTenderQuestion(indicator(), { responseLimit: '750 words' }).text).toContain('in no more than 750 words.');
  });

  it('leaves unknown brace text alone', () => {
    expect(fillWording('Keep {notAPlaceholder} but fill {target}', { target: '12' })).toBe('Keep {notAPlaceholder} but fill 12');
  });
});

describe('indicator wording', () => {
  it('is the verbatim text when there are no sub-measures', () => {
    const out = renderIndicatorWording(indicator());
    expect(out.text).toBe('No. of weeks of apprenticeships on the contract - Level 2,3, or 4+');
    expect(out.html).toBe('<p>No. of weeks of apprenticeships on the contract - Level 2,3, or 4+</p>');
  });

  it('lists sub-measures on their own lines and as an HTML list', () => {
    const out = renderIndicatorWording(indicator({ text: 'Jobs for people with protected characteristics:', subMeasures: ['% of people employed are carers', 'Single parents, ex armed forces etc.'] }));
    expect(out.text).toBe('Jobs for people with protected characteristics:\n- % of people employed are carers\n- Single parents, ex armed forces etc.');
    expect(out.html).toBe('<p>Jobs for people with protected characteristics:</p><ul><li>% of people employed are carers</li><li>Single parents, ex armed forces etc.</li></ul>');
  });
});

describe('tender question', () => {
  it('sets out the question, a strong answer, a descriptor for each score, the weighting and the limit', () => {
    const out = renderTenderQuestion(indicator(), { contractName: 'Home Care', contractTerm: '3 years', locality: 'Macclesfield', weighting: '10%', questionWeighting: '2%' });
    const weighting =
      'Social value carries 10% of the total evaluation score, shared between the social value questions. This question carries 2% of the total. Weighted score = score ÷ 5 × 2%; for example, a score of 4 on a question weighted 2% earns 1.6%.';
    expect(out.text).toBe(
      'Describe the apprenticeships you will offer on Home Care over 3 years, in no more than 500 words.\n\n' +
        'What a strong answer contains:\n- Number of apprenticeship weeks by level\n- How apprentices are recruited in Macclesfield\n\n' +
        'How it will be scored:\n- 0: No answer.\n- 1: An intention only.\n- 2: Numbers without levels.\n- 3: Weeks by level, no provider.\n' +
        '- 4: Weeks by level with a named provider in Macclesfield.\n- 5: As a 4, with jobs for apprentices who complete.\n\n' +
        `Weighting: ${weighting}\n` +
        'Response limit: 500 words',
    );
    expect(out.html).toBe(
      '<p>Describe the apprenticeships you will offer on Home Care over 3 years, in no more than 500 words.</p>' +
        '<p><strong>What a strong answer contains:</strong></p>' +
        '<ul><li>Number of apprenticeship weeks by level</li><li>How apprentices are recruited in Macclesfield</li></ul>' +
        '<p><strong>How it will be scored:</strong></p>' +
        '<ul><li>0: No answer.</li><li>1: An intention only.</li><li>2: Numbers without levels.</li><li>3: Weeks by level, no provider.</li>' +
        '<li>4: Weeks by level with a named provider in Macclesfield.</li><li>5: As a 4, with jobs for apprentices who complete.</li></ul>' +
        `<p><strong>Weighting:</strong> ${weighting}</p>` +
        '<p><strong>Response limit:</strong> 500 words</p>',
    );
  });

  it('states the weighting model once, with unset weightings left for the officer to fill', () => {
    const text = renderTenderQuestion(indicator()).text;
    expect(text.match(/Weighted score/g)).toHaveLength(1);
    expect(text).toContain('Social value carries [social value weighting] of the total evaluation score');
    expect(text).toContain('Weighted score = score ÷ 5 × [question weighting]');
  });

  it('computes a weighted score as score ÷ 5 × the question’s weighting', () => {
    expect(weightedScore(4, 2)).toBeCloseTo(1.6);
    expect(weightedScore(5, 2)).toBe(2);
    expect(weightedScore(0, 2)).toBe(0);
  });

  it('marks a generic scale and shows the framework’s own scoring guidance after it', () => {
    const base = indicator();
    const migrated = indicator({
      wording: { ...base.wording, procurement: { ...base.wording.procurement, genericScoring: true, scoringGuidance: 'Scored out of 5 on credibility.' } },
    });
    const text = renderTenderQuestion(migrated).text;
    expect(text).toContain(`- 5: As a 4, with jobs for apprentices who complete.\n\n${GENERIC_SCORING_NOTICE}`);
    expect(text).toContain('Scoring guidance: Scored out of 5 on credibility.');
    expect(renderTenderQuestion(base).text).not.toContain(GENERIC_SCORING_NOTICE);
  });
});

describe('supplier term', () => {
  const provider = indicator({
    wording: { ...indicator().wording, planning: { outcome: 'The Provider will report; the Provider’s staff and the local treatment provider.' } },
  });

  it('is "Provider" by default and can be Supplier or Contractor', () => {
    expect(SUPPLIER_TERMS).toEqual(['Provider', 'Supplier', 'Contractor']);
    expect(renderOutcome(provider).text).toBe('The Provider will report; the Provider’s staff and the local treatment provider.');
    expect(renderOutcome(provider, {}, { supplierTerm: 'Contractor' }).text).toBe(
      'The Contractor will report; the Contractor’s staff and the local treatment provider.',
    );
    expect(renderWording(provider, 'outcome', {}, { supplierTerm: 'Supplier' }).html).toBe(
      '<p>The Supplier will report; the Supplier’s staff and the local treatment provider.</p>',
    );
  });

  it('changes only the capitalised defined term, never words that contain it', () => {
    expect(applySupplierTerm('Providers, ProviderX and provider', 'Supplier')).toBe('Providers, ProviderX and provider');
    expect(applySupplierTerm('the Provider.', 'Supplier')).toBe('the Supplier.');
  });

  it('leaves the verbatim indicator wording alone', () => {
    const seed = indicator({ text: 'Provider of care' });
    expect(renderWording(seed, 'indicator', {}, { supplierTerm: 'Contractor' }).text).toBe('Provider of care');
  });
});

describe('KPI', () => {
  it('lists measure, unit, target, reporting frequency and evidence', () => {
    const out = renderKpi(indicator(), { target: '52' });
    expect(out.text).toBe(
      'Measure: Apprenticeship weeks completed or supported on [contract name]\n' +
        'Unit: weeks\nTarget: 52 weeks a year\nReporting frequency: Quarterly\n' +
        'Evidence: Apprentice records & training provider confirmations',
    );
    expect(out.html).toContain('<p><strong>Reporting frequency:</strong> Quarterly</p>');
    expect(out.html).toContain('<p><strong>Evidence:</strong> Apprentice records &amp; training provider confirmations</p>');
  });
});

describe('HTML safety', () => {
  const hostile = indicator({
    text: 'Wording with <script>alert(1)</script> & "quotes"',
    subMeasures: ['<img src=x onerror=alert(1)>', 'ok'],
    wording: {
      ...indicator().wording,
      planning: { outcome: '<b>bold?</b> {contractName}' },
    },
  });

  it('keeps markup in framework text as text', () => {
    const html = renderIndicatorWording(hostile).html;
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(renderIndicatorWording(hostile).text).toContain('<script>alert(1)</script>');
  });

  it('escapes placeholder values as well', () => {
    const out = renderOutcome(hostile, { contractName: '<script>x</script>' });
    expect(out.html).toBe('<p>&lt;b&gt;bold?&lt;/b&gt; &lt;script&gt;x&lt;/script&gt;</p>');
  });

  it('produces only the tags the renderer itself writes', () => {
    for (const kind of ['indicator', 'outcome', 'question', 'kpi'] as const) {
      const html = renderWording(hostile, kind, { contractName: '<i>x</i>', target: '<u>' }).html;
      const tags = new Set([...html.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]));
      for (const tag of tags) expect(['p', 'ul', 'li', 'strong']).toContain(tag);
    }
  });
});
