/**
 * Hostile framework files are refused quickly with a short, readable
 * message: each of the pathological files in tests/fixtures/hostile-files.ts
 * (also fed to the options page in Chromium by the end-to-end tests), and
 * stored values that no file could hold (NaN, nesting deeper than JSON
 * text would be allowed).
 */
import { describe, expect, it, vi } from 'vitest';
import { MAX_REPORTED_ERRORS, importFramework, parseFramework, type ParseResult } from '../../framework';
import { HOSTILE_FILES, MAX_MESSAGE_LENGTH, UNSEEN, deepList, frameworkCopy } from '../fixtures/hostile-files';

/** A second at most, even on a loaded two-core machine (measured unloaded: mostly under 300 ms). */
const TIME_LIMIT_MS = 1_000;

/**
 * Runs `run` three times and keeps the fastest: the bound is there to catch
 * work that grows with the input (seconds to minutes before this was
 * fixed), not the noise of a shared two-core machine or a cold JIT.
 */
function timed(run: () => ParseResult): { errors: string[]; ms: number } {
  let ms = Infinity;
  let result: ParseResult | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    const started = performance.now();
    result = run();
    ms = Math.min(ms, performance.now() - started);
  }
  if (!result || result.ok) throw new Error('expected the file to be refused');
  return { errors: result.errors, ms };
}

function expectBounded(errors: string[]): void {
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.length).toBeLessThanOrEqual(MAX_REPORTED_ERRORS + 1);
  for (const line of errors) {
    expect(line.length, line.slice(0, 400)).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(line).not.toMatch(UNSEEN);
  }
}

const timings: string[] = [];

describe('a hostile framework file is refused quickly with a short message', () => {
  it('has at least twenty of them', () => {
    expect(HOSTILE_FILES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(HOSTILE_FILES.map((file) => [file.name, file] as const))('%s', (_name, file) => {
    const text = file.text();
    const { errors, ms } = timed(() => importFramework(text));
    timings.push(`${file.name}: ${ms.toFixed(0)} ms (${(text.length / 1024).toFixed(0)} KB)`);
    expect(errors[0]).toMatch(file.expect);
    expectBounded(errors);
    expect(ms).toBeLessThan(TIME_LIMIT_MS);
  });

  it('still reads a valid file whose text contains brackets and quotes', () => {
    const data = frameworkCopy();
    data.name = 'A [[[[{{{{ "quoted" \\ ]]]] framework';
    const result = importFramework(JSON.stringify(data));
    expect(result.ok && result.framework.name).toBe(data.name);
  });

  it('says the same of a JSON mistake in Firefox as in Chromium, naming the character', () => {
    const text = '{\n  "a": 1,\n  "b": }\n}';
    const chromium = importFramework(text);
    // Firefox's JSON.parse names the line and column but not the character.
    const parse = vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new SyntaxError('JSON.parse: unexpected character at line 3 column 8 of the JSON data');
    });
    const firefox = importFramework(text);
    parse.mockRestore();
    const expected = { ok: false, errors: ["file: is not valid JSON: unexpected token '}' at line 3, column 8"] };
    expect(chromium).toEqual(expected);
    expect(firefox).toEqual(expected);
  });

  it('prints the timings when asked (SVA_TIMINGS=1)', () => {
    if (process.env.SVA_TIMINGS) console.log(timings.join('\n'));
    expect(timings).toHaveLength(HOSTILE_FILES.length);
  });
});

describe('stored values no file could hold are refused the same way', () => {
  it('a value nested 100,000 deep (JSON.stringify of it would overflow the stack)', () => {
    const data = frameworkCopy();
    data.name = deepList(100_000);
    const { errors, ms } = timed(() => parseFramework(data));
    expect(errors).toEqual([expect.stringMatching(/^name(\[0\])+: is nested more than 32 levels deep/)]);
    expectBounded(errors);
    expect(ms).toBeLessThan(TIME_LIMIT_MS);
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('%s as a response limit', (_name, value) => {
    const data = frameworkCopy();
    const indicator = (data.indicators as Record<string, Record<string, Record<string, unknown>>>[])[0];
    if (indicator?.wording?.procurement) indicator.wording.procurement.responseLimitWords = value;
    const { errors } = timed(() => parseFramework(data));
    expect(errors).toEqual([expect.stringMatching(/^indicators\[0\]\.wording\.procurement\.responseLimitWords: must be an ordinary number/)]);
  });

  it('a list of a million empty stubs', () => {
    const data = frameworkCopy();
    data.indicators = Array.from({ length: 1_000_000 }, () => ({}));
    const { errors, ms } = timed(() => parseFramework(data));
    expect(errors).toEqual([expect.stringMatching(/^file: has more than 100,000 values/)]);
    expect(ms).toBeLessThan(TIME_LIMIT_MS);
  });

  it('a list of a hundred thousand empty stubs', () => {
    const data = frameworkCopy();
    data.indicators = Array.from({ length: 100_000 }, () => ({}));
    const { errors, ms } = timed(() => parseFramework(data));
    expect(errors).toEqual([expect.stringMatching(/^file: has more than 3,000 objects/)]);
    expect(ms).toBeLessThan(TIME_LIMIT_MS);
  });
});
