/**
 * How validation words what it finds, piece by piece: where (the path), what
 * the value was, and what was expected. The officer reads these lines to
 * fix a file, so the exact wording is the behaviour.
 */
import { describe, expect, it } from 'vitest';
import { defaultFramework, exportFramework } from '../../framework';
import { importFramework } from '../../framework/import-export';
import { PLACEHOLDERS } from '../../framework/schema';
import { describeValue, formatPath, MAX_FRAMEWORK_FILE_BYTES, MAX_REPORTED_ERRORS, parseFramework } from '../../framework/validate';

type Json = Record<string, unknown>;

function errorsOf(data: unknown): string[] {
  const result = parseFramework(data);
  return result.ok ? [] : result.errors;
}

function copy(): Json {
  return JSON.parse(exportFramework(defaultFramework)) as Json;
}

function at(data: Json, path: (string | number)[]): Json {
  let node: unknown = data;
  for (const key of path) node = (node as Json)[key];
  return node as Json;
}

describe('places and values in messages', () => {
  it('writes paths as a reader would type them', () => {
    expect(formatPath([])).toBe('file');
    expect(formatPath(['indicators', 12, 'themes', 0])).toBe('indicators[12].themes[0]');
    expect(formatPath(['guidance', 'notes'])).toBe('guidance.notes');
    expect(formatPath(['a-b', 'c d', '$ok', '_x1'])).toBe('["a-b"]["c d"].$ok._x1');
    expect(formatPath([Symbol('s')])).toBe('["Symbol(s)"]');
    expect(formatPath(['9lives'])).toBe('["9lives"]');
  });

  it('describes values briefly', () => {
    expect(describeValue(null)).toBe('null');
    expect(describeValue([1])).toBe('a list');
    expect(describeValue('abc')).toBe('text "abc"');
    expect(describeValue('x'.repeat(40))).toBe(`text "${'x'.repeat(40)}"`);
    expect(describeValue('y'.repeat(41))).toBe(`text "${'y'.repeat(40)}…"`);
    expect(describeValue(3.5)).toBe('the number 3.5');
    expect(describeValue(false)).toBe('false');
    expect(describeValue({})).toBe('an object');
    expect(describeValue(undefined)).toBe('missing');
  });
});

describe('what the schema finds, in plain English', () => {
  it('names the type expected and the type found', () => {
    const data = copy();
    at(data, ['indicators', 0]).text = true;
    at(data, ['indicators', 1]).keywords = 'carbon';
    at(data, ['indicators', 2]).themes = { social: true };
    at(data, ['indicators', 3, 'wording', 'procurement']).responseLimitWords = null;
    expect(errorsOf(data)).toEqual([
      'indicators[0].text: must be text, but is true',
      'indicators[1].keywords: must be a list, but is text "carbon"',
      'indicators[2].themes: must be a list, but is an object',
      'indicators[3].wording.procurement.responseLimitWords: must be a number, but is null',
    ]);
  });

  it('says how many items a list needs, in the singular and plural', () => {
    const data = copy();
    at(data, ['indicators', 0]).themes = [];
    expect(errorsOf(data)).toEqual(['indicators[0].themes: must have at least 1 item']);
    const data2 = copy();
    at(data2, ['indicators', 0, 'wording', 'procurement']).strongAnswer = [];
    expect(errorsOf(data2)[0]).toMatch(/^indicators\[0\]\.wording\.procurement\.strongAnswer: must have at least \d+ items$/);
  });

  it('gives the range of a number out of bounds', () => {
    const data = copy();
    at(data, ['indicators', 0, 'wording', 'procurement']).responseLimitWords = 9000;
    expect(errorsOf(data)).toEqual(['indicators[0].wording.procurement.responseLimitWords: must be at most 5000']);
    at(data, ['indicators', 0, 'wording', 'procurement']).responseLimitWords = 10;
    expect(errorsOf(data)).toEqual(['indicators[0].wording.procurement.responseLimitWords: must be at least 50']);
  });

  it('lists the allowed values of a fixed list', () => {
    const data = copy();
    at(data, ['indicators', 0, 'wording', 'contractManagement']).frequency = 'weekly';
    expect(errorsOf(data)).toEqual([
      'indicators[0].wording.contractManagement.frequency: must be one of "monthly", "quarterly", "six-monthly", "annually", "end of contract", but is text "weekly"',
    ]);
  });
});

describe('what the cross-checks find', () => {
  it('suggests the id meant only when it is within two edits', () => {
    const near = copy();
    at(near, ['indicators', 0]).themes = ['socail'];
    expect(errorsOf(near)).toEqual(['indicators[0].themes[0]: unknown theme "socail" (did you mean "social"?)']);
    const far = copy();
    at(far, ['indicators', 0]).themes = ['planet'];
    expect(errorsOf(far)).toEqual(['indicators[0].themes[0]: unknown theme "planet"']);
    const upper = copy();
    at(upper, ['indicators', 0]).themes = ['SOCIAL'];
    expect(errorsOf(upper)).toEqual(['indicators[0].themes[0]: unknown theme "SOCIAL" (did you mean "social"?)']);
  });

  it('reports a reference listed twice', () => {
    const data = copy();
    const indicator = at(data, ['indicators', 0]);
    const [theme] = indicator.themes as string[];
    indicator.themes = [theme, theme];
    expect(errorsOf(data)).toEqual([`indicators[0].themes[1]: theme "${String(theme)}" is listed twice`]);
  });

  it('lists the known placeholders when a wrong one is nothing like them', () => {
    const data = copy();
    const planning = at(data, ['indicators', 0, 'wording', 'planning']);
    planning.outcome = `${String(planning.outcome)} {budget}`;
    const [error] = errorsOf(data);
    expect(error).toBe(
      `indicators[0].wording.planning.outcome: unknown placeholder "{budget}" (known placeholders: ${PLACEHOLDERS.map((name) => `{${name}}`).join(', ')})`,
    );
  });

  it('checks both sides of a theme and its outcomes', () => {
    const data = copy();
    const theme = at(data, ['themes', 0]);
    const outcomes = theme.outcomes as string[];
    const dropped = outcomes[0];
    theme.outcomes = outcomes.slice(1);
    const errors = errorsOf(data);
    const index = (data.outcomes as Json[]).findIndex((outcome) => outcome.id === dropped);
    expect(errors).toContain(`outcomes[${index}].themes[0]: theme "${String(theme.id)}" does not list this outcome in its outcomes`);
  });

  it('says which outcome forgot its theme, from the theme’s side', () => {
    const data = copy();
    const outcome = at(data, ['outcomes', 0]);
    const [theme, ...others] = outcome.themes as string[];
    outcome.themes = others.length > 0 ? others : ['economic', 'environmental'].filter((id) => id !== theme).slice(0, 1);
    const themeIndex = (data.themes as Json[]).findIndex((item) => item.id === theme);
    const outcomeIndex = (at(data, ['themes', themeIndex]).outcomes as string[]).indexOf(String(outcome.id));
    expect(errorsOf(data)).toContain(
      `themes[${themeIndex}].outcomes[${outcomeIndex}]: outcome "${String(outcome.id)}" does not list this theme in its themes`,
    );
  });

  it('reports malformed entries by their shape only, without cross-check noise', () => {
    const data = copy();
    (data.themes as unknown[]).push(null);
    (data.outcomes as unknown[]).push(7);
    (data.indicators as unknown[]).push('an indicator');
    at(data, ['outcomes', 0]).id = 12;
    at(data, ['themes', 0]).marmotPriorities = [{ id: 3 }];
    const errors = errorsOf(data);
    const themes = (data.themes as unknown[]).length - 1;
    const outcomes = (data.outcomes as unknown[]).length - 1;
    const indicators = (data.indicators as unknown[]).length - 1;
    expect(errors).toContain(`themes[${themes}]: must be an object, but is null`);
    expect(errors).toContain(`outcomes[${outcomes}]: must be an object, but is the number 7`);
    expect(errors).toContain(`indicators[${indicators}]: must be an object, but is text "an indicator"`);
    expect(errors).toContain('outcomes[0].id: must be text, but is the number 12');
    expect(errors).toContain('themes[0].marmotPriorities[0].id: must be text, but is the number 3');
    expect(errors.filter((error) => /duplicate|listed twice|does not list/.test(error))).toEqual([]);
  });

  it('lists up to the cap in full, and summarises only beyond it', () => {
    const withProblems = (count: number) => {
      const data = copy();
      const indicators = data.indicators as Json[];
      for (let i = 0; i < count; i++) {
        const indicator = indicators[i];
        if (!indicator) throw new Error('too few indicators');
        delete indicator.unit;
      }
      return errorsOf(data);
    };
    const atCap = withProblems(MAX_REPORTED_ERRORS);
    expect(atCap).toHaveLength(MAX_REPORTED_ERRORS);
    expect(atCap.at(-1)).toBe(`indicators[${MAX_REPORTED_ERRORS - 1}].unit: is missing`);
    const over = withProblems(MAX_REPORTED_ERRORS + 1);
    expect(over).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(over.at(-1)).toBe('file: 1 more problem not listed; fix the ones above and try again');
  });

  it('finds duplicate ids in the guidance too', () => {
    const data = copy();
    const notes = at(data, ['guidance']).notes as Json[];
    const [first, second] = notes;
    if (!first || !second) throw new Error('the guidance has fewer than two notes');
    second.id = first.id;
    expect(errorsOf(data)).toEqual([`guidance.notes[1].id: duplicate id ${JSON.stringify(first.id)} (also used by guidance.notes[0])`]);
  });
});

describe('reading a framework file', () => {
  it('gives the line and column of a JSON mistake where the browser gives its position', () => {
    expect(importFramework('{\n  "a": 1,\n  "b": 2,\n}')).toEqual({
      ok: false,
      errors: ['file: is not valid JSON: expected double-quoted property name at line 4, column 1'],
    });
  });

  it('leaves out the browser’s quoted excerpt of the file, short or cut short', () => {
    const short = importFramework('{"a": ]}');
    const long = importFramework('{\n  "a": 1,\n  "b": ]\n}');
    const both = importFramework(`{"a": 1, "${'b'.repeat(60)}": ], "${'c'.repeat(60)}": 2}`);
    for (const result of [short, long, both]) {
      expect(result).toEqual({ ok: false, errors: ["file: is not valid JSON: unexpected token ']'"] });
    }
  });

  it('refuses a file of the wrong kind, naming what it holds', () => {
    expect(importFramework('"just text"')).toEqual({
      ok: false,
      errors: [
        'file: must contain one framework (a JSON object with schemaVersion, themes, outcomes, indicators and so on), but contains text "just text"',
      ],
    });
    expect(importFramework('null')).toMatchObject({ ok: false, errors: [expect.stringMatching(/but contains null$/)] });
  });

  it('accepts a file exactly at the size limit boundary and refuses one byte more', () => {
    const over = importFramework(' '.repeat(MAX_FRAMEWORK_FILE_BYTES + 1));
    expect(over).toEqual({ ok: false, errors: ['file: is 5.1 MB; the largest framework file Social Value Assistant reads is 5 MB'] });
    const exactly = importFramework(' '.repeat(MAX_FRAMEWORK_FILE_BYTES));
    expect(exactly).toEqual({ ok: false, errors: ['file: is empty'] });
  });

  it('says a file with a byte order mark and nothing else is empty', () => {
    expect(importFramework('\uFEFF')).toEqual({ ok: false, errors: ['file: is empty'] });
  });
});
