/**
 * Validates a framework: the zod schema for shape and types, then a second
 * pass for what a schema cannot see (duplicate ids, references to themes,
 * outcomes and Marmot priorities that do not exist, unknown placeholders).
 *
 * Every problem becomes one line, `place: problem`, where place is a path
 * such as `indicators[12].themes[0]`, so an officer or a council's author can
 * find it in the file. Validation is pure: it never changes its input.
 */
import type { z } from 'zod';
import { FRAMEWORK_SCHEMA_VERSION, PLACEHOLDERS, frameworkSchema, type Framework } from './schema';
import { unknownPlaceholders } from './placeholders';
import { READABLE_VERSIONS, migrateFramework } from './migrations';
import { editDistance } from './text/edit-distance';
import { quoteForMessage, showInvisible } from './text/visible';
import { jsonErrorIndex, lineAndColumn, nestingProblem, shapeProblem, textProblems, type InputProblem } from './input-checks';

/**
 * `notices` are not problems: they say what a migration from an older
 * format changed (for example, scoring filled with a generic scale), for the
 * officer to read after a successful import.
 */
export type ParseResult = { ok: true; framework: Framework; notices: string[] } | { ok: false; errors: string[] };

/** Larger files are refused before parsing: the default framework is about a quarter of a megabyte. */
export const MAX_FRAMEWORK_FILE_BYTES = 5 * 1024 * 1024;

/** Past this many, the rest are summed up in one line. */
export const MAX_REPORTED_ERRORS = 50;

/** The place name used for problems with the file as a whole. */
const ROOT = 'file';

type Path = readonly PropertyKey[];
interface Problem {
  path: string;
  message: string;
  /** Computed only if the problem is reported (a "did you mean", which costs a scan of the known ids). */
  hint?: () => string;
  /** A schema format problem at this path (e.g. "must be a slug") is explained better by this one. */
  explainsFormat?: boolean;
  /** Set on schema problems about a value's format. */
  isFormat?: boolean;
}

/** `['indicators', 12, 'themes', 0]` → `indicators[12].themes[0]`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]{0,39}$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${quoteForMessage(String(key))}]`;
  }
  return out === '' ? ROOT : out;
}

const render = (problem: Problem): string => `${problem.path}: ${problem.message}${problem.hint?.() ?? ''}`;

// ---------------------------------------------------------------------------
// Plain-English wording for zod's issues

/** A short description of a value for messages: `text "abc"`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `text ${quoteForMessage(value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return 'missing';
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

const plural = (count: number | bigint, word: string) => `${String(count)} ${word}${Number(count) === 1 ? '' : 's'}`;

/**
 * Per-parse error map. Messages written in the schema itself (slugs, empty
 * text, addresses) take precedence over these, as zod gives schema-level
 * messages priority.
 */
const errorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}, but is ${describeValue(issue.input)}`;
    case 'invalid_value': {
      const options = issue.values.map((value) => (typeof value === 'string' ? quoteForMessage(value) : String(value)));
      const wanted = options.length === 1 ? options.join('') : `one of ${options.join(', ')}`;
      return `must be ${wanted}, but is ${describeValue(issue.input)}`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `must have at least ${plural(issue.minimum, 'item')}`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `must have at most ${plural(issue.maximum, 'item')}`;
      if (issue.origin === 'string') return `must be at most ${plural(issue.maximum, 'character')}`;
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return 'is not in the expected format';
    default:
      return undefined;
  }
};

/** One line per object naming its unknown fields (the first few), so a misspelt field is easy to find. */
function unknownFields(keys: string[]): string {
  const shown = keys.slice(0, 3).map((key) => quoteForMessage(key));
  const more = keys.length > shown.length ? ` and ${plural(keys.length - shown.length, 'more')}` : '';
  const what = keys.length === 1 ? 'unknown field' : 'unknown fields';
  return `${what} ${shown.join(', ')}${more} (check ${keys.length === 1 ? 'its' : 'their'} spelling, or remove ${keys.length === 1 ? 'it' : 'them'})`;
}

function schemaProblems(input: unknown): { problems: Problem[]; framework?: Framework } {
  const result = frameworkSchema.safeParse(input, { error: errorMap });
  if (result.success) return { problems: [], framework: result.data };
  const problems = result.error.issues.flatMap((issue): Problem[] =>
    issue.code === 'unrecognized_keys'
      ? [{ path: formatPath(issue.path), message: unknownFields(issue.keys) }]
      : [{ path: formatPath(issue.path), message: issue.message, isFormat: issue.code === 'invalid_format' }],
  );
  return { problems };
}

// ---------------------------------------------------------------------------
// Cross-reference checks. They read the raw input defensively, so they can
// run even when the schema found problems elsewhere, and every problem in a
// file is reported at once.

type Rec = Record<string, unknown>;
const isRecord = (value: unknown): value is Rec =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const records = (value: unknown): (Rec | undefined)[] =>
  Array.isArray(value) ? value.map((item) => (isRecord(item) ? item : undefined)) : [];
const strings = (value: unknown): (string | undefined)[] =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item : undefined)) : [];

/** " (did you mean …?)" naming the known id within two typos of `wrong`, if any. */
function suggestion(wrong: string, known: Iterable<string>): string {
  if (wrong.length > 64) return ''; // no id is this long: not a typo
  const target = wrong.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3; // further than two edits is a guess, not a typo
  for (const candidate of known) {
    const d = editDistance(target, candidate.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best === undefined ? '' : ` (did you mean ${quoteForMessage(best)}?)`;
}

/** Ids of a list of records; reports duplicates. */
function collectIds(list: (Rec | undefined)[], listPath: string, problems: Problem[]): Map<string, number> {
  const ids = new Map<string, number>();
  list.forEach((item, index) => {
    const id = item?.id;
    if (typeof id !== 'string') return;
    const first = ids.get(id);
    if (first === undefined) ids.set(id, index);
    else
      problems.push({
        path: `${listPath}[${index}].id`,
        message: `duplicate id ${quoteForMessage(id)} (also used by ${listPath}[${first}])`,
      });
  });
  return ids;
}

interface RefKind {
  /** "theme", "outcome", "Marmot priority" */
  noun: string;
  ids: Map<string, number>;
}

/**
 * Checks a list of references (`pathOf` names the place of each); reports
 * unknown and repeated ids, and returns the valid ones.
 */
function checkRefs(
  values: (string | undefined)[],
  pathOf: (index: number) => string,
  kind: RefKind,
  problems: Problem[],
): string[] {
  const seen = new Set<string>();
  // One message (and one hint) per unknown value, however often it is used.
  const unknown = new Map<string, Pick<Problem, 'message' | 'hint'>>();
  values.forEach((value, index) => {
    if (value === undefined) return;
    const path = pathOf(index);
    if (!kind.ids.has(value)) {
      let said = unknown.get(value);
      if (!said) {
        said = { message: `unknown ${kind.noun} ${quoteForMessage(value)}`, hint: () => suggestion(value, kind.ids.keys()) };
        unknown.set(value, said);
      }
      problems.push({ path, ...said, explainsFormat: true });
    } else if (seen.has(value)) {
      problems.push({ path, message: `${kind.noun} ${quoteForMessage(value)} is listed twice` });
    }
    seen.add(value);
  });
  return [...seen].filter((value) => kind.ids.has(value));
}

const inList = (listPath: string) => (index: number) => `${listPath}[${index}]`;

/** Every string under `value`, with its path, for placeholder checks. */
function* stringsWithin(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsWithin(item, `${path}[${i}]`);
  else if (isRecord(value)) for (const [key, item] of Object.entries(value)) yield* stringsWithin(item, `${path}.${key}`);
}

interface Context {
  theme: RefKind;
  marmot: RefKind;
  outcome: RefKind;
  /** What each theme row lists: an indicator's outcomes and Marmot priorities come from these. */
  themeOutcomes: Map<string, Set<string>>;
  themeMarmot: Map<string, Set<string>>;
  problems: Problem[];
}

const quote = (value: string) => quoteForMessage(value);

function checkThemes(themes: (Rec | undefined)[], ctx: Context): void {
  themes.forEach((item, i) => {
    if (!item) return;
    const marmotRefs = records(item.marmotPriorities).map((ref) => (typeof ref?.id === 'string' ? ref.id : undefined));
    const marmot = checkRefs(marmotRefs, (j) => `themes[${i}].marmotPriorities[${j}].id`, ctx.marmot, ctx.problems);
    const outcomes = checkRefs(strings(item.outcomes), inList(`themes[${i}].outcomes`), ctx.outcome, ctx.problems);
    if (typeof item.id === 'string') {
      ctx.themeOutcomes.set(item.id, new Set(outcomes));
      ctx.themeMarmot.set(item.id, new Set(marmot));
    }
  });
}

/** Outcomes name their themes and themes name their outcomes: both sides must agree. */
function checkOutcomes(outcomes: (Rec | undefined)[], themes: (Rec | undefined)[], ctx: Context): void {
  const outcomeThemes = new Map<string, Set<string>>();
  outcomes.forEach((item, i) => {
    if (!item) return;
    const refs = checkRefs(strings(item.themes), inList(`outcomes[${i}].themes`), ctx.theme, ctx.problems);
    if (typeof item.id !== 'string') return;
    const id = item.id;
    outcomeThemes.set(id, new Set(refs));
    strings(item.themes).forEach((ref, j) => {
      if (ref !== undefined && ctx.themeOutcomes.get(ref)?.has(id) === false)
        ctx.problems.push({
          path: `outcomes[${i}].themes[${j}]`,
          message: `theme ${quote(ref)} does not list this outcome in its outcomes`,
        });
    });
  });
  themes.forEach((item, i) => {
    if (typeof item?.id !== 'string') return;
    const id = item.id;
    strings(item.outcomes).forEach((ref, j) => {
      if (ref !== undefined && outcomeThemes.get(ref)?.has(id) === false)
        ctx.problems.push({
          path: `themes[${i}].outcomes[${j}]`,
          message: `outcome ${quote(ref)} does not list this theme in its themes`,
        });
    });
  });
}

function checkIndicator(item: Rec, at: string, ctx: Context): void {
  const themes = checkRefs(strings(item.themes), inList(`${at}.themes`), ctx.theme, ctx.problems);
  const shown = themes.join(', ');
  const outcomes = strings(item.outcomes);
  const marmot = strings(item.marmotPriorities);
  checkRefs(outcomes, inList(`${at}.outcomes`), ctx.outcome, ctx.problems);
  checkRefs(marmot, inList(`${at}.marmotPriorities`), ctx.marmot, ctx.problems);
  // Membership is only worth checking once the references themselves are sound.
  if (themes.length === 0) return;
  const allowedOutcomes = new Set(themes.flatMap((ref) => [...(ctx.themeOutcomes.get(ref) ?? [])]));
  const allowedMarmot = new Set(themes.flatMap((ref) => [...(ctx.themeMarmot.get(ref) ?? [])]));
  outcomes.forEach((ref, j) => {
    if (ref !== undefined && ctx.outcome.ids.has(ref) && !allowedOutcomes.has(ref))
      ctx.problems.push({
        path: `${at}.outcomes[${j}]`,
        message: `outcome ${quote(ref)} is not an outcome of this indicator's themes (${shown})`,
      });
  });
  marmot.forEach((ref, j) => {
    if (ref !== undefined && ctx.marmot.ids.has(ref) && !allowedMarmot.has(ref))
      ctx.problems.push({
        path: `${at}.marmotPriorities[${j}]`,
        message: `Marmot priority ${quote(ref)} is not one of the Marmot priorities of this indicator's themes (${shown})`,
      });
  });
}

const KNOWN_PLACEHOLDERS = PLACEHOLDERS.map((name) => `{${name}}`);

function checkPlaceholders(wording: unknown, at: string, problems: Problem[]): void {
  for (const [path, text] of stringsWithin(wording, at)) {
    for (const name of unknownPlaceholders(text)) {
      const hint = () => suggestion(`{${name}}`, KNOWN_PLACEHOLDERS) || ` (known placeholders: ${KNOWN_PLACEHOLDERS.join(', ')})`;
      problems.push({ path, message: `unknown placeholder ${quote(`{${name}}`)}`, hint });
    }
  }
}

function referenceProblems(input: unknown): Problem[] {
  if (!isRecord(input)) return [];
  const problems: Problem[] = [];
  const themes = records(input.themes);
  const outcomes = records(input.outcomes);
  const indicators = records(input.indicators);
  const guidance = isRecord(input.guidance) ? input.guidance : {};

  const ctx: Context = {
    theme: { noun: 'theme', ids: collectIds(themes, 'themes', problems) },
    marmot: { noun: 'Marmot priority', ids: collectIds(records(input.marmotPriorities), 'marmotPriorities', problems) },
    outcome: { noun: 'outcome', ids: collectIds(outcomes, 'outcomes', problems) },
    themeOutcomes: new Map(),
    themeMarmot: new Map(),
    problems,
  };
  collectIds(indicators, 'indicators', problems);
  for (const list of ['paragraphs', 'references', 'notes']) {
    collectIds(records(guidance[list]), `guidance.${list}`, problems);
  }

  checkThemes(themes, ctx);
  checkOutcomes(outcomes, themes, ctx);
  indicators.forEach((item, i) => {
    if (!item) return;
    checkIndicator(item, `indicators[${i}]`, ctx);
    checkPlaceholders(item.wording, `indicators[${i}].wording`, problems);
  });
  return problems;
}

// ---------------------------------------------------------------------------

/**
 * The lines to show: the same problem in many places (one wrong id used a
 * thousand times) is one line naming the first place and counting the
 * rest; at most MAX_REPORTED_ERRORS lines, then one summing up the others.
 * Hints are computed for the lines shown only.
 */
function summarise(problems: Problem[]): string[] {
  const groups = new Map<string, { first: Problem; others: number }>();
  for (const problem of problems) {
    // The same message at the same field of different items: `indicators[].unit is missing`.
    const key = `${problem.path.replace(/\[\d+\]/g, '[]')}\n${problem.message}`;
    const group = groups.get(key);
    if (group) group.others++;
    else groups.set(key, { first: problem, others: 0 });
  }
  const all = [...groups.values()];
  const lines = all.slice(0, MAX_REPORTED_ERRORS).map(({ first, others }) =>
    others === 0 ? render(first) : `${render(first)} (and in ${plural(others, 'other place')})`,
  );
  const rest = all.slice(MAX_REPORTED_ERRORS).reduce((sum, group) => sum + group.others + 1, 0);
  if (rest > 0) lines.push(`${ROOT}: ${plural(rest, 'more problem')} not listed; fix the ones above and try again`);
  return lines;
}

const fromInput = (problem: InputProblem): Problem => ({ path: formatPath(problem.path), message: problem.message, explainsFormat: true });

/**
 * Validates an already-parsed framework object, first migrating one of an
 * older format version (from a file or from storage). Never changes `input`.
 */
export function parseFramework(input: unknown): ParseResult {
  // Size and depth first, in one bounded pass: nothing else (not even a migration) runs on a value that cannot be a framework.
  const tooBig = shapeProblem(input);
  if (tooBig) return { ok: false, errors: [render(fromInput(tooBig))] };
  if (isRecord(input) && typeof input.schemaVersion === 'number' && input.schemaVersion < FRAMEWORK_SCHEMA_VERSION) {
    const migrated = migrateFramework(input);
    if (!migrated.ok) return fail('schemaVersion', migrated.problem);
    return withNotices(validate(migrated.file), migrated.notices);
  }
  return validate(input);
}

function withNotices(result: ParseResult, notices: string[]): ParseResult {
  return result.ok ? { ...result, notices: [...notices, ...result.notices] } : result;
}

function validate(input: unknown): ParseResult {
  const unseen = textProblems(input, MAX_REPORTED_ERRORS).map(fromInput);
  const { problems: shape, framework } = schemaProblems(input);
  const references = referenceProblems(input);
  // "unknown theme" (or "contains a bidirectional control character") says more than "must be a lower-case slug" about the same value.
  const explained = new Set([...unseen, ...references].filter((problem) => problem.explainsFormat).map((problem) => problem.path));
  const problems = [...unseen, ...shape.filter((problem) => !(problem.isFormat && explained.has(problem.path))), ...references];
  if (problems.length > 0 || framework === undefined) return { ok: false, errors: summarise(problems) };
  return { ok: true, framework, notices: [] };
}

const fail = (path: string, message: string): ParseResult => ({ ok: false, errors: [render({ path, message })] });

/** Rounded up, so a file just over the limit never reads as equal to it. */
function formatMegabytes(bytes: number): string {
  const tenths = Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
  return `${String(tenths)} MB`;
}

/**
 * Firefox's "unexpected character at line L column C" says the same as
 * Chromium's "unexpected token 'c'" without naming the character: name it,
 * so the officer reads one message in either browser.
 */
function nameUnexpectedCharacter(detail: string, text: string): string {
  const at = /^unexpected character (at line (\d+) column (\d+))$/.exec(detail);
  if (!at) return detail;
  const [, where = '', line = '', column = ''] = at;
  let lineStart = 0;
  for (let n = 1; n < Number(line) && lineStart !== -1; n++) lineStart = text.indexOf('\n', lineStart) + 1 || -1;
  const character = lineStart === -1 ? undefined : text.codePointAt(lineStart + Number(column) - 1);
  return character === undefined ? detail : `unexpected token '${String.fromCodePoint(character)}' ${where}`;
}

/**
 * `JSON.parse`'s message, tidied: browsers word it differently (Chromium
 * gives a character position, which becomes a line and column; Firefox
 * gives the line and column itself).
 */
function jsonProblem(error: unknown, text: string): string {
  const raw = error instanceof Error ? error.message : String(error);
  let detail = raw
    .replace(/^JSON\.parse: /, '')
    .replace(/\s*in JSON at position \d+.*$/s, '')
    .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '')
    .replace(/ of the JSON data$/, '');
  detail = nameUnexpectedCharacter(detail.charAt(0).toLowerCase() + detail.slice(1), text);
  detail = showInvisible(detail).slice(0, 200);
  if (/at line \d+ column \d+/.test(detail)) return `is not valid JSON: ${detail.replace(/ column/, ', column')}`;
  const { line, column } = lineAndColumn(text, jsonErrorIndex(text, raw));
  return `is not valid JSON: ${detail.replace(/\s*\(line \d+ column \d+\)$/, '')} at line ${line}, column ${column}`;
}

/**
 * Validates the text of a framework file: size, JSON syntax and format
 * version first (each with its own message), then everything
 * `parseFramework` checks.
 */
/** The message for a file of `bytes` bytes if it is too large to read (check a file's size before reading it). */
export function frameworkFileSizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_FRAMEWORK_FILE_BYTES) return undefined;
  return render({
    path: ROOT,
    message: `is ${formatMegabytes(bytes)}; the largest framework file Social Value Assistant reads is ${formatMegabytes(MAX_FRAMEWORK_FILE_BYTES)}`,
  });
}

export function parseFrameworkJson(text: string): ParseResult {
  // Characters never outnumber UTF-8 bytes, so a long string fails before encoding it.
  const bytes = text.length > MAX_FRAMEWORK_FILE_BYTES ? text.length : new TextEncoder().encode(text).length;
  const tooLarge = frameworkFileSizeProblem(bytes);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  // Editors on Windows often save a byte order mark, which JSON.parse rejects.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail(ROOT, 'is empty');
  const tooDeep = nestingProblem(body);
  if (tooDeep) return fail(ROOT, tooDeep);

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return fail(ROOT, jsonProblem(error, body));
  }
  if (!isRecord(data))
    return fail(ROOT, `must contain one framework (a JSON object with schemaVersion, themes, outcomes, indicators and so on), but contains ${describeValue(data)}`);
  const tooBig = shapeProblem(data);
  if (tooBig) return { ok: false, errors: [render(fromInput(tooBig))] };

  const reads = `this version of Social Value Assistant reads ${READABLE_VERSIONS}`;
  const version = data.schemaVersion;
  if (version === undefined)
    return fail('schemaVersion', `is missing; a framework file must say which version of the format it uses (${reads})`);
  if (typeof version !== 'number') return fail('schemaVersion', `must be the number ${FRAMEWORK_SCHEMA_VERSION}, but is ${describeValue(version)}`);
  // An older version is migrated; an unknown one is a different format, and listing its differences would only confuse.
  const migrated = migrateFramework(data);
  if (!migrated.ok) return fail('schemaVersion', migrated.problem);

  return withNotices(validate(migrated.file), migrated.notices);
}
