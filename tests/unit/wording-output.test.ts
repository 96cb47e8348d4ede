/**
 * The exact plain text and HTML an officer gets for each stage, built from
 * an indicator written here (so the expected output is stated by the test,
 * not read from the framework data), and the escaping every piece goes
 * through.
 */
import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../framework';
import { escapeHtml } from '../../framework/escape';
import { exportFileName, exportFramework, importFramework } from '../../framework/import-export';
import { fillPlaceholders } from '../../framework/placeholders';
import {
  blocksToHtml,
  blocksToText,
  fillWording,
  renderKpi,
  renderOutcome,
  renderTenderQuestion,
  renderIndicatorWording,
  type WordingBlock,
} from '../../framework/render-wording';
import type { Indicator } from '../../framework/schema';

function indicator(changes: Partial<Indicator> = {}): Indicator {
  const base = defaultFramework.indicators[0];
  if (!base) throw new Error('no indicators');
  return {
    ...structuredClone(base),
    text: 'Number of local people <employed> on the contract.',
    subMeasures: undefined,
    wording: {
      planning: { outcome: 'The Provider will employ local people on {contractName} in {locality}.' },
      procurement: {
        question: 'How will you employ people from {locality} on {contractName}? (maximum {responseLimit} words)',
        strongAnswer: ['Named roles & numbers.', 'A plan for {contractTerm}.'],
        scoring: {
          0: 'No answer.',
          1: 'Intentions only.',
          2: 'Numbers, no plan.',
          3: 'Numbers and a plan.',
          4: 'A plan for {locality} with named roles.',
          5: 'Everything in a 4 & reported yearly.',
        },
        responseLimitWords: 500,
      },
      contractManagement: {
        measure: 'Local people employed on {contractName}',
        unit: 'FTE',
        target: '{target} FTE',
        frequency: 'six-monthly',
        evidence: 'Payroll records from {organisation}.',
      },
    },
    ...changes,
  };
}

describe('the plain text and HTML of each stage', () => {
  it('indicator wording: the text alone, or with its sub-measures as a list', () => {
    expect(renderIndicatorWording(indicator())).toEqual({
      text: 'Number of local people <employed> on the contract.',
      html: '<p>Number of local people &lt;employed&gt; on the contract.</p>',
    });
    expect(renderIndicatorWording(indicator({ subMeasures: ['Under 25s', 'Care leavers'] }))).toEqual({
      text: 'Number of local people <employed> on the contract.\n- Under 25s\n- Care leavers',
      html: '<p>Number of local people &lt;employed&gt; on the contract.</p><ul><li>Under 25s</li><li>Care leavers</li></ul>',
    });
    expect(renderIndicatorWording(indicator({ subMeasures: [] })).text).toBe('Number of local people <employed> on the contract.');
  });

  it('outcome statement, filled and unfilled', () => {
    expect(renderOutcome(indicator()).text).toBe('The Provider will employ local people on [contract name] in [locality].');
    expect(renderOutcome(indicator(), { contractName: 'Crewe Leisure', locality: 'Crewe' })).toEqual({
      text: 'The Provider will employ local people on Crewe Leisure in Crewe.',
      html: '<p>The Provider will employ local people on Crewe Leisure in Crewe.</p>',
    });
  });

  it('tender question: the question, a strong answer, scoring and the limit', () => {
    const weighting =
      'Social value carries 10% of the total evaluation score, shared between the social value questions. This question carries [question weighting] of the total. Weighted score = score ÷ 5 × [question weighting]; for example, a score of 4 on a question weighted 2% earns 1.6%.';
    expect(renderTenderQuestion(indicator(), { locality: 'Crewe', weighting: '10%' })).toEqual({
      text: [
        'How will you employ people from Crewe on [contract name]? (maximum 500 words)',
        '',
        'What a strong answer contains:',
        '- Named roles & numbers.',
        '- A plan for [contract term].',
        '',
        'How it will be scored:',
        '- 0: No answer.',
        '- 1: Intentions only.',
        '- 2: Numbers, no plan.',
        '- 3: Numbers and a plan.',
        '- 4: A plan for Crewe with named roles.',
        '- 5: Everything in a 4 & reported yearly.',
        '',
        `Weighting: ${weighting}`,
        'Response limit: 500 words',
      ].join('\n'),
      html:
        '<p>How will you employ people from Crewe on [contract name]? (maximum 500 words)</p>' +
        '<p><strong>What a strong answer contains:</strong></p>' +
        '<ul><li>Named roles &amp; numbers.</li><li>A plan for [contract term].</li></ul>' +
        '<p><strong>How it will be scored:</strong></p>' +
        '<ul><li>0: No answer.</li><li>1: Intentions only.</li><li>2: Numbers, no plan.</li><li>3: Numbers and a plan.</li>' +
        '<li>4: A plan for Crewe with named roles.</li><li>5: Everything in a 4 &amp; reported yearly.</li></ul>' +
        `<p><strong>Weighting:</strong> ${weighting}</p>` +
        '<p><strong>Response limit:</strong> 500 words</p>',
    });
  });

  it('tender question: the officer’s limit, with or without the word "words", or a limit in other terms', () => {
    expect(renderTenderQuestion(indicator(), { responseLimit: ' 750 Words ' }).text).toContain('(maximum 750 words)');
    expect(renderTenderQuestion(indicator(), { responseLimit: '750 words' }).text.endsWith('Response limit: 750 words')).toBe(true);
    expect(renderTenderQuestion(indicator(), { responseLimit: '300' }).text.endsWith('Response limit: 300 words')).toBe(true);
    expect(renderTenderQuestion(indicator(), { responseLimit: 'two sides of A4' }).text.endsWith('Response limit: two sides of A4')).toBe(true);
    expect(renderTenderQuestion(indicator(), { responseLimit: '   ' }).text.endsWith('Response limit: 500 words')).toBe(true);
    expect(renderTenderQuestion(indicator(), { responseLimit: '750words' }).text).toContain('(maximum 750 words)');
    expect(renderTenderQuestion(indicator(), { responseLimit: '1 word' }).text).toContain('(maximum 1 words)');
    // Not a plain number of words: kept as the officer wrote it, "words" not added.
    const pages = renderTenderQuestion(indicator(), { responseLimit: 'about 300' }).text;
    expect(pages).toContain('(maximum about 300 words)');
    expect(pages.endsWith('Response limit: about 300')).toBe(true);
    expect(renderTenderQuestion(indicator(), { responseLimit: '300 words or fewer' }).text.endsWith('Response limit: 300 words or fewer')).toBe(true);
    expect(renderTenderQuestion(indicator(), { responseLimit: '300 pages' }).text.endsWith('Response limit: 300 pages')).toBe(true);
  });

  it('KPI: one labelled line each, the frequency capitalised', () => {
    expect(renderKpi(indicator(), { target: '12', organisation: 'Acme <Care>' })).toEqual({
      text: [
        'Measure: Local people employed on [contract name]',
        'Unit: FTE',
        'Target: 12 FTE',
        'Reporting frequency: Six-monthly',
        'Evidence: Payroll records from Acme <Care>.',
      ].join('\n'),
      html:
        '<p><strong>Measure:</strong> Local people employed on [contract name]</p>' +
        '<p><strong>Unit:</strong> FTE</p>' +
        '<p><strong>Target:</strong> 12 FTE</p>' +
        '<p><strong>Reporting frequency:</strong> Six-monthly</p>' +
        '<p><strong>Evidence:</strong> Payroll records from Acme &lt;Care&gt;.</p>',
    });
  });
});

describe('blocks to text', () => {
  const p = (text: string): WordingBlock => ({ kind: 'paragraph', text });
  const line = (label: string, text: string): WordingBlock => ({ kind: 'labelled', label, text });

  it('keeps groups together and separates the rest with a blank line', () => {
    expect(blocksToText([])).toBe('');
    expect(blocksToText([p('One.'), p('Two.')])).toBe('One.\n\nTwo.');
    expect(blocksToText([p('Intro'), { kind: 'list', items: ['a', 'b'] }, p('After')])).toBe('Intro\n- a\n- b\n\nAfter');
    expect(blocksToText([{ kind: 'heading', label: 'Points' }, p('not a list, still kept with its heading')])).toBe(
      'Points:\nnot a list, still kept with its heading',
    );
    expect(blocksToText([line('Unit', 'weeks'), line('Target', '5')])).toBe('Unit: weeks\nTarget: 5');
    expect(blocksToText([line('Unit', 'weeks'), { kind: 'labelled', label: 'Notes', text: 'Long', block: true }])).toBe(
      'Unit: weeks\n\nNotes:\nLong',
    );
    expect(blocksToText([{ kind: 'list', items: ['a'] }, { kind: 'list', items: ['b'] }])).toBe('- a\n\n- b');
    expect(blocksToText([line('Unit', 'weeks'), p('Then a paragraph')])).toBe('Unit: weeks\n\nThen a paragraph');
    expect(blocksToText([line('Unit', 'weeks'), { kind: 'list', items: ['a'] }])).toBe('Unit: weeks\n\n- a');
  });

  it('escapes every label and text in HTML', () => {
    expect(blocksToHtml([{ kind: 'heading', label: 'A & B' }, line('<i>', '"x"')])).toBe(
      '<p><strong>A &amp; B:</strong></p><p><strong>&lt;i&gt;:</strong> &quot;x&quot;</p>',
    );
  });
});

describe('escaping and placeholders', () => {
  it('escapes the five characters that matter in HTML, and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
    expect(escapeHtml('£10 – 50% of “jobs”')).toBe('£10 – 50% of “jobs”');
  });

  it('fills in one pass, never expanding a value that contains braces', () => {
    expect(fillPlaceholders('{contractName} and {locality}', { contractName: '{locality}', locality: 'Crewe' })).toBe('{locality} and Crewe');
    expect(fillWording('{unknown} {contractName}', {})).toBe('{unknown} [contract name]');
    expect(fillWording('{contractName}', { contractName: '' })).toBe('[contract name]');
  });
});

describe('framework files', () => {
  it('are named after the framework and written as indented JSON ending in a new line', () => {
    const custom = { ...structuredClone(defaultFramework), id: 'borsetshire' };
    expect(exportFileName(custom)).toBe('borsetshire.framework.json');
    const text = exportFramework(custom);
    expect(text.startsWith('{\n  "')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('}\n\n')).toBe(false);
    const back = importFramework(text);
    expect(back.ok && back.framework.id).toBe('borsetshire');
  });
});
