import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../framework/schema';
import {
  fillWording,
  renderIndicatorWording,
  renderKpi,
  renderOutcome,
  renderTenderQuestion,
  renderWording,
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
        scoring: 'Scored out of 5; social value carries {weighting} of the total.',
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
  it('sets out the question, a strong answer, scoring and the limit with bold labels', () => {
    const out = renderTenderQuestion(indicator(), { contractName: 'Home Care', contractTerm: '3 years', locality: 'Macclesfield', weighting: '10%' });
    expect(out.text).toBe(
      'Describe the apprenticeships you will offer on Home Care over 3 years, in no more than 500 words.\n\n' +
        'What a strong answer contains:\n- Number of apprenticeship weeks by level\n- How apprentices are recruited in Macclesfield\n\n' +
        'How it will be scored:\nScored out of 5; social value carries 10% of the total.\n\n' +
        'Response limit: 500 words',
    );
    expect(out.html).toBe(
      '<p>Describe the apprenticeships you will offer on Home Care over 3 years, in no more than 500 words.</p>' +
        '<p><strong>What a strong answer contains:</strong></p>' +
        '<ul><li>Number of apprenticeship weeks by level</li><li>How apprentices are recruited in Macclesfield</li></ul>' +
        '<p><strong>How it will be scored:</strong> Scored out of 5; social value carries 10% of the total.</p>' +
        '<p><strong>Response limit:</strong> 500 words</p>',
    );
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
