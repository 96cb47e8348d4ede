import { describe, expect, it } from 'vitest';
import {
  MAX_FRAMEWORK_FILE_BYTES,
  MAX_REPORTED_ERRORS,
  assertValidFramework,
  defaultFramework,
  exportFramework,
  importFramework,
  parseFramework,
  parseFrameworkJson,
  type ParseResult,
} from '../../framework';

type Key = string | number;

/** A plain JSON copy of the default framework, free to break. */
const copy = (): unknown => JSON.parse(exportFramework(defaultFramework)) as unknown;

/** The object or list at `path` inside `root`. */
function nodeAt(root: unknown, path: Key[]): Record<Key, unknown> {
  let node = root;
  for (const key of path) node = (node as Record<Key, unknown>)[key];
  return node as Record<Key, unknown>;
}

const container = (root: unknown, path: Key[]) => nodeAt(root, path.slice(0, -1));

/** The default framework as a file, with the value at `path` replaced. */
function fileWith(path: Key[], value: unknown): string {
  const data = copy();
  container(data, path)[path.at(-1) ?? ''] = value;
  return JSON.stringify(data);
}

/** The default framework as a file, without the field at `path`. */
function fileWithout(path: Key[]): string {
  const data = copy();
  const parent = container(data, path);
  const key = path.at(-1) ?? '';
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else Reflect.deleteProperty(parent, key);
  return JSON.stringify(data);
}

function errorsOf(result: ParseResult): string[] {
  if (result.ok) throw new Error('expected the framework to be rejected');
  return result.errors;
}

const indicatorIndex = (id: string) => defaultFramework.indicators.findIndex((indicator) => indicator.id === id);

describe('a bad framework file is rejected with a message naming the place and the problem', () => {

  it('the default framework itself passes, so each case below fails for its own reason', () => {
    expect(importFramework(exportFramework(defaultFramework)).ok).toBe(true);
  });

  it('1. text that is not JSON', () => {
    expect(errorsOf(importFramework('{\n  "schemaVersion": 1,\n  "id": "x",,\n}'))).toEqual([
      expect.stringMatching(/^file: is not valid JSON: .+ at line 3, column \d+$/),
    ]);
  });

  it('2. an empty file', () => {
    expect(errorsOf(importFramework('  \n'))).toEqual(['file: is empty']);
  });

  it('3. JSON that is not a framework object', () => {
    expect(errorsOf(importFramework('[1, 2, 3]'))).toEqual([
      'file: must contain one framework (a JSON object with schemaVersion, themes, outcomes, indicators and so on), but contains a list',
    ]);
  });

  it('4. a file over the size limit, refused before it is read', () => {
    const huge = ' '.repeat(MAX_FRAMEWORK_FILE_BYTES + 100_000) + exportFramework(defaultFramework);
    expect(errorsOf(importFramework(huge))).toEqual([
      expect.stringMatching(/^file: is 5\.\d MB; the largest framework file Social Value Assistant reads is 5 MB$/),
    ]);
  });

  it('4b. the size limit counts bytes, not characters', () => {
    const pounds = '£'.repeat(MAX_FRAMEWORK_FILE_BYTES / 2 + 1); // 2 bytes each in UTF-8
    expect(errorsOf(importFramework(pounds))[0]).toMatch(/^file: is 5\.1 MB; the largest/);
  });

  it('5. an unknown schemaVersion', () => {
    expect(errorsOf(importFramework(fileWith(['schemaVersion'], 3)))).toEqual([
      'schemaVersion: this file is version 3; this version of Social Value Assistant reads versions 1 to 2',
    ]);
  });

  it('6. a missing or mistyped schemaVersion', () => {
    expect(errorsOf(importFramework(fileWithout(['schemaVersion'])))).toEqual([
      'schemaVersion: is missing; a framework file must say which version of the format it uses (this version of Social Value Assistant reads versions 1 to 2)',
    ]);
    expect(errorsOf(importFramework(fileWith(['schemaVersion'], '1')))).toEqual([
      'schemaVersion: must be the number 2, but is text "1"',
    ]);
  });

  it('7. a value of the wrong type', () => {
    expect(errorsOf(importFramework(fileWith(['indicators', 4, 'wording', 'procurement', 'responseLimitWords'], '500')))).toEqual([
      'indicators[4].wording.procurement.responseLimitWords: must be a number, but is text "500"',
    ]);
    expect(errorsOf(importFramework(fileWith(['indicators', 0, 'themes'], 'social')))).toEqual([
      'indicators[0].themes: must be a list, but is text "social"',
    ]);
    expect(errorsOf(importFramework(fileWith(['indicators', 1, 'wording', 'procurement', 'responseLimitWords'], 312.5)))).toEqual([
      'indicators[1].wording.procurement.responseLimitWords: must be a whole number, but is the number 312.5',
    ]);
  });

  it('8. a missing field', () => {
    expect(errorsOf(importFramework(fileWithout(['indicators', 3, 'text'])))).toEqual(['indicators[3].text: is missing']);
    expect(errorsOf(importFramework(fileWithout(['guidance'])))).toEqual(['guidance: is missing']);
  });

  it('9. an empty field, a list too short, a value out of range', () => {
    expect(errorsOf(importFramework(fileWith(['outcomes', 2, 'text'], '   ')))).toEqual(['outcomes[2].text: must not be empty']);
    expect(errorsOf(importFramework(fileWith(['indicators', 7, 'wording', 'procurement', 'strongAnswer'], ['Only one point.'])))).toEqual([
      'indicators[7].wording.procurement.strongAnswer: must have at least 2 items',
    ]);
    expect(errorsOf(importFramework(fileWith(['indicators', 7, 'wording', 'procurement', 'responseLimitWords'], 10)))).toEqual([
      'indicators[7].wording.procurement.responseLimitWords: must be at least 50',
    ]);
  });

  it('10. a value outside a fixed list (measure type, reporting frequency)', () => {
    expect(errorsOf(importFramework(fileWith(['indicators', 2, 'measureType'], 'FTE')))).toEqual([
      'indicators[2].measureType: must be one of "fte", "number", "weeks", "gbp", "percent", "hours", "kg", "tco2e", "miles", "yes-no", "narrative", but is text "FTE"',
    ]);
    expect(errorsOf(importFramework(fileWith(['indicators', 2, 'wording', 'contractManagement', 'frequency'], 'weekly')))[0]).toBe(
      'indicators[2].wording.contractManagement.frequency: must be one of "monthly", "quarterly", "six-monthly", "annually", "end of contract", but is text "weekly"',
    );
  });

  it('11. a misspelt or unknown field', () => {
    const data = copy();
    const indicator = nodeAt(data, ['indicators', 2]);
    indicator.txt = indicator.text;
    Reflect.deleteProperty(indicator, 'text');
    expect(errorsOf(importFramework(JSON.stringify(data)))).toEqual([
      'indicators[2].text: is missing',
      'indicators[2]: unknown field "txt" (check its spelling, or remove it)',
    ]);
  });

  it('12. duplicate ids of indicators, outcomes, themes and Marmot priorities', () => {
    const first = defaultFramework.indicators[0]?.id;
    expect(errorsOf(importFramework(fileWith(['indicators', 5, 'id'], first)))).toEqual([
      `indicators[5].id: duplicate id "${first}" (also used by indicators[0])`,
    ]);
    const errors = (path: Key[], value: unknown) => errorsOf(importFramework(fileWith(path, value)));
    expect(errors(['outcomes', 3, 'id'], defaultFramework.outcomes[1]?.id)).toContain(
      `outcomes[3].id: duplicate id "${defaultFramework.outcomes[1]?.id}" (also used by outcomes[1])`,
    );
    expect(errors(['themes', 3, 'id'], 'social')).toContain('themes[3].id: duplicate id "social" (also used by themes[0])');
    expect(errors(['marmotPriorities', 4, 'id'], 'best-start')).toContain(
      'marmotPriorities[4].id: duplicate id "best-start" (also used by marmotPriorities[1])',
    );
  });

  it('13. a reference to a theme, outcome or Marmot priority that does not exist', () => {
    const at = indicatorIndex('single-use-plastics');
    expect(errorsOf(importFramework(fileWith(['indicators', at, 'themes', 0], 'Enviromental')))).toEqual([
      `indicators[${at}].themes[0]: unknown theme "Enviromental" (did you mean "environmental"?)`,
    ]);
    expect(errorsOf(importFramework(fileWith(['indicators', at, 'outcomes', 0], 'clean-air')))).toEqual([
      `indicators[${at}].outcomes[0]: unknown outcome "clean-air"`,
    ]);
    expect(errorsOf(importFramework(fileWith(['indicators', 0, 'marmotPriorities', 0], 'best-starts')))).toEqual([
      'indicators[0].marmotPriorities[0]: unknown Marmot priority "best-starts" (did you mean "best-start"?)',
    ]);
    expect(errorsOf(importFramework(fileWith(['themes', 0, 'outcomes', 0], 'nowhere')))).toContain(
      'themes[0].outcomes[0]: unknown outcome "nowhere"',
    );
    expect(errorsOf(importFramework(fileWith(['outcomes', 0, 'themes', 0], 'socail')))).toContain(
      'outcomes[0].themes[0]: unknown theme "socail" (did you mean "social"?)',
    );
  });

  it('14. a reference that exists but does not belong to the indicator’s themes', () => {
    const at = indicatorIndex('single-use-plastics');
    expect(errorsOf(importFramework(fileWith(['indicators', at, 'outcomes', 0], 'mental-health-promoted')))).toEqual([
      `indicators[${at}].outcomes[0]: outcome "mental-health-promoted" is not an outcome of this indicator's themes (environmental)`,
    ]);
    expect(errorsOf(importFramework(fileWith(['indicators', at, 'marmotPriorities'], ['best-start'])))).toEqual([
      `indicators[${at}].marmotPriorities[0]: Marmot priority "best-start" is not one of the Marmot priorities of this indicator's themes (environmental)`,
    ]);
  });

  it('15. an unknown placeholder in stage wording', () => {
    const path = ['indicators', 9, 'wording', 'procurement', 'question'];
    const question = defaultFramework.indicators[9]?.wording.procurement.question ?? '';
    expect(errorsOf(importFramework(fileWith(path, `${question} On {contractname}.`)))).toEqual([
      'indicators[9].wording.procurement.question: unknown placeholder "{contractname}" (did you mean "{contractName}"?)',
    ]);
    expect(errorsOf(importFramework(fileWith(['indicators', 9, 'wording', 'procurement', 'strongAnswer', 1], 'Named {budget holder}.')))).toEqual([
      'indicators[9].wording.procurement.strongAnswer[1]: unknown placeholder "{budget holder}" (known placeholders: {contractName}, {contractTerm}, {locality}, {organisation}, {responseLimit}, {weighting}, {questionWeighting}, {target})',
    ]);
  });

  it('16. an id that is not a slug, and an address that is not http(s)', () => {
    expect(errorsOf(importFramework(fileWith(['indicators', 0, 'id'], 'Independent Living')))).toEqual([
      'indicators[0].id: must be a lower-case slug such as "real-living-wage"',
    ]);
    expect(errorsOf(importFramework(fileWith(['guidance', 'references', 0, 'url'], 'javascript:alert(1)')))).toEqual([
      'guidance.references[0].url: must be an http(s) address',
    ]);
  });

  it('17. a file that tries to pollute object prototypes', () => {
    const text = exportFramework(defaultFramework).replace('{', '{"__proto__": {"polluted": true},');
    expect(errorsOf(importFramework(text))).toEqual(['file: unknown field "__proto__" (check its spelling, or remove it)']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Deeper down, and by way of constructor.prototype: each is refused where it stands.
    const data = copy();
    const indicator = nodeAt(data, ['indicators', 2]);
    Object.defineProperty(indicator, '__proto__', { value: { polluted: true }, enumerable: true });
    Reflect.set(indicator, 'constructor', { prototype: { polluted: true } });
    expect(errorsOf(importFramework(JSON.stringify(data)))).toEqual([
      'indicators[2]: unknown field "__proto__" (check its spelling, or remove it)',
      'indicators[2]: unknown field "constructor" (check its spelling, or remove it)',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports every problem of a file at once, in one line each', () => {
    const data = copy();
    nodeAt(data, ['indicators', 0]).measureType = 'jobs';
    nodeAt(data, ['indicators', 3]).themes = ['social', 'Economic'];
    nodeAt(data, ['outcomes', 0]).text = '';
    expect(errorsOf(importFramework(JSON.stringify(data)))).toEqual([
      expect.stringMatching(/^outcomes\[0\]\.text: must not be empty$/),
      expect.stringMatching(/^indicators\[0\]\.measureType: must be one of .+, but is text "jobs"$/),
      'indicators[3].themes[1]: unknown theme "Economic" (did you mean "economic"?)',
    ]);
  });

  it('caps a flood of problems and says how many more there are', () => {
    const data = copy();
    const indicators = nodeAt(data, ['indicators']) as unknown as Record<string, unknown>[];
    for (const indicator of indicators) Reflect.deleteProperty(indicator, 'unit');
    const errors = errorsOf(importFramework(JSON.stringify(data)));
    expect(errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(errors[0]).toBe('indicators[0].unit: is missing');
    expect(errors.at(-1)).toBe(
      `file: ${indicators.length - MAX_REPORTED_ERRORS} more problems not listed; fix the ones above and try again`,
    );
  });
});

describe('validation changes nothing', () => {
  it('leaves the object it checks untouched, valid or not', () => {
    const valid = copy();
    const validBefore = structuredClone(valid);
    expect(parseFramework(valid).ok).toBe(true);
    expect(valid).toEqual(validBefore);

    const invalid = JSON.parse(fileWith(['indicators', 0, 'themes', 0], 'nowhere')) as unknown;
    const invalidBefore = structuredClone(invalid);
    expect(parseFramework(invalid).ok).toBe(false);
    expect(invalid).toEqual(invalidBefore);
  });

  it('a rejected result carries no framework', () => {
    const result = importFramework('not json');
    expect(result).toEqual({ ok: false, errors: [expect.any(String)] });
    expect('framework' in result).toBe(false);
  });

  it('the default framework cannot be changed in place by any module', () => {
    // Frozen at every depth, so no import, rejected or not, can change the framework in use.
    const unfrozen: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value !== 'object' || value === null) return;
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
    };
    walk(defaultFramework, 'framework');
    expect(unfrozen).toEqual([]);
    expect(() => {
      (defaultFramework.indicators as unknown[]).push({});
    }).toThrow(TypeError);
    const first = defaultFramework.indicators[0];
    expect(() => {
      if (first) first.text = 'changed';
    }).toThrow(TypeError);
  });
});

describe('the files editors save are accepted', () => {
  it('reads a file with a byte order mark and Windows line endings', () => {
    const text = `\uFEFF${exportFramework(defaultFramework).replace(/\n/g, '\r\n')}`;
    const result = parseFrameworkJson(text);
    expect(result.ok && result.framework).toEqual(defaultFramework);
  });
});

describe('build-time check', () => {
  it('returns the framework when it is valid', () => {
    expect(assertValidFramework()).toEqual(defaultFramework);
  });

  it('throws one error listing every problem when it is not', () => {
    const broken = JSON.parse(fileWith(['indicators', 0, 'themes', 0], 'nowhere')) as Record<string, unknown>;
    broken.publisher = '';
    expect(() => assertValidFramework(broken)).toThrow(
      'The framework is not valid:\n  publisher: must not be empty\n  indicators[0].themes[0]: unknown theme "nowhere"',
    );
  });
});
