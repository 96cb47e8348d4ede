/**
 * The machine-checkable rules of framework/WORDING.md, for every indicator of
 * the shipped framework. Each rule names the indicators that break it, so a
 * failure says what to fix.
 */
import { describe, expect, it } from 'vitest';
import { defaultFramework as framework } from '../../framework';
import { unknownPlaceholders } from '../../framework/placeholders';
import { SCORES, type Indicator } from '../../framework/schema';

const LIMIT = ' (Maximum {responseLimit} words.)';

/** Every piece of stage wording of an indicator, with where it is. */
function stageTexts(indicator: Indicator): [string, string][] {
  const { planning, procurement, contractManagement: kpi } = indicator.wording;
  return [
    ['outcome', planning.outcome],
    ['question', procurement.question],
    ...procurement.strongAnswer.map((item, i): [string, string] => [`strongAnswer[${i}]`, item]),
    ...SCORES.map((score): [string, string] => [`scoring ${score}`, procurement.scoring[score]]),
    ...(procurement.scoringGuidance ? [['scoringGuidance', procurement.scoringGuidance] as [string, string]] : []),
    ['kpi measure', kpi.measure],
    ['kpi unit', kpi.unit],
    ['kpi target', kpi.target],
    ['kpi evidence', kpi.evidence],
  ];
}

/** `indicator-id place: text` for every piece of stage wording that `broken` flags. */
function offenders(broken: (text: string, place: string) => boolean): string[] {
  return framework.indicators.flatMap((indicator) =>
    stageTexts(indicator)
      .filter(([place, text]) => broken(text, place))
      .map(([place, text]) => `${indicator.id} ${place}: ${text.slice(0, 60)}`),
  );
}

describe('scoring', () => {
  it('has six descriptors for every question, each a sentence of its own', () => {
    const problems = framework.indicators.flatMap((indicator) => {
      const { scoring } = indicator.wording.procurement;
      const keys = Object.keys(scoring).sort();
      const wrong = keys.join() === SCORES.join() ? [] : [`${indicator.id}: scores ${keys.join()}`];
      const short = SCORES.filter((score) => scoring[score].length < 45).map((score) => `${indicator.id} ${score}: too short to be specific`);
      const repeated = new Set(SCORES.map((score) => scoring[score])).size === SCORES.length ? [] : [`${indicator.id}: two scores share a descriptor`];
      return [...wrong, ...short, ...repeated];
    });
    expect(problems).toEqual([]);
  });

  it('builds each scale the same way: 0 names what fails, 5 adds to a 4', () => {
    expect(offenders((text, place) => place === 'scoring 0' && !text.startsWith('No '))).toEqual([]);
    expect(offenders((text, place) => place === 'scoring 5' && !text.startsWith('Everything in a 4, plus '))).toEqual([]);
  });

  it('is written for the measure, not the generic scale a migration fills in', () => {
    expect(framework.indicators.filter((indicator) => indicator.wording.procurement.genericScoring).map((i) => i.id)).toEqual([]);
    expect(offenders((text, place) => place.startsWith('scoring') && /\b(top|middle|half|full|low) marks\b/i.test(text))).toEqual([]);
  });

  it('shares no descriptor with another indicator', () => {
    const seen = new Map<string, string>();
    const shared: string[] = [];
    for (const indicator of framework.indicators)
      for (const score of SCORES) {
        const text = indicator.wording.procurement.scoring[score];
        const first = seen.get(text);
        if (first) shared.push(`${indicator.id} ${score} = ${first}`);
        else seen.set(text, `${indicator.id} ${score}`);
      }
    expect(shared).toEqual([]);
  });

  it('never states a weighting inside an indicator (the rendered question states the model once)', () => {
    expect(offenders((text) => /\{(?:question)?[wW]eighting\}|\bweighting\b|\bweighted\b|\bmarks\b|÷/i.test(text))).toEqual([]);
  });
});

describe('limits', () => {
  it('ends every question with the one limit, written one way, and states no other', () => {
    const problems = framework.indicators
      .filter((indicator) => {
        const { question } = indicator.wording.procurement;
        return !question.endsWith(LIMIT) || (question.match(/maximum|no more than|words/gi) ?? []).length !== 2;
      })
      .map((indicator) => indicator.id);
    expect(problems).toEqual([]);
    expect(offenders((text, place) => place !== 'question' && /\{responseLimit\}|\bmaximum of \d+ words\b/i.test(text))).toEqual([]);
  });
});

describe('placeholders', () => {
  it('uses only known placeholders, and every KPI target has {target}', () => {
    expect(offenders((text) => unknownPlaceholders(text).length > 0)).toEqual([]);
    expect(offenders((text, place) => place === 'kpi target' && !text.includes('{target}'))).toEqual([]);
  });
});

describe('bullet points', () => {
  it('starts every point of a strong answer with a capital and ends it with a full stop', () => {
    expect(offenders((text, place) => place.startsWith('strongAnswer') && !/^[A-Z£].*\.$/su.test(text))).toEqual([]);
  });

  it('names what the answer contains, rather than opening with a verb ("Commits to …")', () => {
    const verb =
      /^(?:Names|Gives|Commits|Uses|Sets|Shows|Explains|Makes|Targets|Describes|Works|Provides|Offers|Identifies|Covers|Includes|States|Tracks|Recruits|Removes|Follows|Holds|Reaches|Refers|Trains|Focuses|Distinguishes|Matches|Involves|Agrees|Breaks|Designs|Estimates|Actively|Advertises|Defines|Demonstrates|Ensures)\b/;
    expect(offenders((text, place) => place.startsWith('strongAnswer') && verb.test(text))).toEqual([]);
  });

  it('writes every descriptor and the scoring guidance as sentences', () => {
    expect(offenders((text, place) => place.startsWith('scoring') && !/^[A-Z].*\.$/su.test(text))).toEqual([]);
  });
});

describe('voice and the defined term', () => {
  it('opens every outcome statement with "The Provider will"', () => {
    expect(offenders((text, place) => place === 'outcome' && !text.startsWith('The Provider will '))).toEqual([]);
  });

  it('uses capitalised "Provider" only as the defined term, so the supplier term can be swapped safely', () => {
    expect(offenders((text) => /\bProvider (?:Selection|of)\b|\bProviders\b/.test(text))).toEqual([]);
  });
});

describe('spelling and punctuation', () => {
  const US =
    /\b\w*(?:organiz|prioritiz|recogniz|utiliz|analyz|minimiz|maximiz|emphasiz|optimiz|behavior|labor\b|color|favor|honor|neighbor|center\b|centers\b|program\b|programs\b|fulfill\b|enroll\b|catalog\b|defense\b|modeling|traveling|traveled)\w*/i;

  it('uses UK spelling', () => {
    expect(offenders((text) => US.test(text))).toEqual([]);
  });

  it('uses typographic apostrophes and writes out "for example" and "that is"', () => {
    expect(offenders((text) => text.includes("'") || /\b(?:e\.g|i\.e)\./i.test(text))).toEqual([]);
  });

  it('writes "the council" in lower case', () => {
    expect(offenders((text) => /\bthe Council\b/.test(text))).toEqual([]);
  });
});

describe('no repeated sentences across indicators', () => {
  /** Sentences of five words or more; a short KPI target may repeat. */
  const ALLOWANCE = 3;

  it(`shares at most ${ALLOWANCE} sentences between indicators`, () => {
    const owners = new Map<string, Set<string>>();
    for (const indicator of framework.indicators)
      for (const [, text] of stageTexts(indicator))
        for (const sentence of text.split(/(?<=[.?!])\s+(?=[A-Z{])/)) {
          const key = sentence.trim().toLowerCase();
          if (key.split(/\s+/).length < 5) continue;
          const set = owners.get(key) ?? new Set<string>();
          set.add(indicator.id);
          owners.set(key, set);
        }
    const shared = [...owners].filter(([, ids]) => ids.size > 1).map(([sentence, ids]) => `${sentence} (${[...ids].join(', ')})`);
    expect(shared.length, shared.join('\n')).toBeLessThanOrEqual(ALLOWANCE);
  });
});
