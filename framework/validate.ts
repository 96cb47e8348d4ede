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
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === '' ? ROOT : out;
}

const render = (problem: Problem): string => `${problem.path}: ${problem.message}`;

// ---------------------------------------------------------------------------
// Plain-English wording for zod's issues

/** A short description of a value for messages: `text "abc"`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return `text ${JSON.stringify(shown)}`;
    }
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
      const options = issue.values.map((value) => JSON.stringify(value));
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

function schemaProblems(input: unknown): { problems: Problem[]; framework?: Framework } {
  const result = frameworkSchema.safeParse(input, { error: errorMap });
  if (result.success) return { problems: [], framework: result.data };
  const problems = result.error.issues.flatMap((issue): Problem[] =>
    issue.code === 'unrecognized_keys'
      ? // One line per field, naming it, so a misspelt field is easy to find.
        issue.keys.map((key) => ({
          path: formatPath(issue.path),
          message: `unknown field ${JSON.stringify(key)} (check its spelling, or remove it)`,
        }))
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
  const target = wrong.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3; // further than two edits is a guess, not a typo
  for (const candidate of known) {
    const d = editDistance(target, candidate.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best === undefined ? '' : ` (did you mean ${JSON.stringify(best)}?)`;
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
        message: `duplicate id ${JSON.stringify(id)} (also used by ${listPath}[${first}])`,
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
  values.forEach((value, index) => {
    if (value === undefined) return;
    const path = pathOf(index);
    if (!kind.ids.has(value)) {
      const message = `unknown ${kind.noun} ${JSON.stringify(value)}${suggestion(value, kind.ids.keys())}`;
      problems.push({ path, message, explainsFormat: true });
    } else if (seen.has(value)) {
      problems.push({ path, message: `${kind.noun} ${JSON.stringify(value)} is listed twice` });
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

const quote = (value: string) => JSON.stringify(value);

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
      const hint = suggestion(`{${name}}`, KNOWN_PLACEHOLDERS) || ` (known placeholders: ${KNOWN_PLACEHOLDERS.join(', ')})`;
      problems.push({ path, message: `unknown placeholder ${quote(`{${name}}`)}${hint}` });
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

function summarise(problems: Problem[]): string[] {
  const lines = problems.map(render);
  if (lines.length <= MAX_REPORTED_ERRORS) return lines;
  const rest = lines.length - MAX_REPORTED_ERRORS;
  return [
    ...lines.slice(0, MAX_REPORTED_ERRORS),
    `${ROOT}: ${plural(rest, 'more problem')} not listed; fix the ones above and try again`,
  ];
}

/**
 * Validates an already-parsed framework object, first migrating one of an
 * older format version (from a file or from storage). Never changes `input`.
 */
export function parseFramework(input: unknown): ParseResult {
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
  const { problems: shape, framework } = schemaProblems(input);
  const references = referenceProblems(input);
  // "unknown theme" says more than "must be a lower-case slug" about the same value.
  const explained = new Set(references.filter((problem) => problem.explainsFormat).map((problem) => problem.path));
  const problems = [...shape.filter((problem) => !(problem.isFormat && explained.has(problem.path))), ...references];
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
 * `JSON.parse`'s message, tidied: browsers word it differently (Chromium
 * gives a character position, which becomes a line and column; Firefox
 * gives the line and column itself).
 */
function jsonProblem(error: unknown, text: string): string {
  const raw = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(raw)?.[1];
  let detail = raw
    .replace(/^JSON\.parse: /, '')
    .replace(/\s*in JSON at position \d+.*$/s, '')
    .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '')
    .replace(/ of the JSON data$/, '');
  detail = detail.charAt(0).toLowerCase() + detail.slice(1);
  if (position === undefined) return `is not valid JSON: ${detail}`;
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `is not valid JSON: ${detail} at line ${line}, column ${column}`;
}

/**
 * Validates the text of a framework file: size, JSON syntax and format
 * version first (each with its own message), then everything
 * `parseFramework` checks.
 */
export function parseFrameworkJson(text: string): ParseResult {
  // Characters never outnumber UTF-8 bytes, so a long string fails before encoding it.
  const bytes = text.length > MAX_FRAMEWORK_FILE_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > MAX_FRAMEWORK_FILE_BYTES)
    return fail(ROOT, `is ${formatMegabytes(bytes)}; the largest framework file Social Value Assistant reads is ${formatMegabytes(MAX_FRAMEWORK_FILE_BYTES)}`);
  // Editors on Windows often save a byte order mark, which JSON.parse rejects.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail(ROOT, 'is empty');

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return fail(ROOT, jsonProblem(error, body));
  }
  if (!isRecord(data))
    return fail(ROOT, `must contain one framework (a JSON object with schemaVersion, themes, outcomes, indicators and so on), but contains ${describeValue(data)}`);

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
