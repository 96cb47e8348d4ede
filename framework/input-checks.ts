/**
 * Checks that run before a file or a stored value reaches the schema, each
 * in one pass without recursion, so their cost is bounded whatever the input
 * (stack depth is much smaller in an extension page than in Node):
 * - `nestingProblem`: a JSON text nested deeper than any framework is
 *   refused before `JSON.parse` (which slows down sharply on deep input);
 * - `shapeProblem`: a parsed value too deep, too large, or with a text or
 *   field name too long to be a framework, refused with one message;
 * - `textProblems`: what people cannot see in the text (invisible-only
 *   names, bidi controls in names and ids, lone surrogates).
 */
import { hasBidiControl, isInvisibleOnly, loneSurrogateAt } from './text/visible';

export type Path = readonly PropertyKey[];

export interface InputProblem {
  path: Path;
  message: string;
}

export const INPUT_LIMITS = {
  /** A framework is about ten levels deep; anything past this is not one. */
  maxDepth: 32,
  /** Values of every kind (objects, lists, texts, numbers); the default framework has about 3,700. */
  maxValues: 100_000,
  /**
   * Objects (the default framework has about 900). Each missing field of an
   * object is one problem for the schema to word, so this bounds its work.
   */
  maxObjects: 3_000,
  /** Characters in one text: the longest wording is a few thousand. */
  maxTextLength: 20_000,
  /** Characters in one field name: every real one is under 30. */
  maxKeyLength: 100,
} as const;

/** 1-based line and column of character `index` in `text`. */
export function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}

/** Refuses JSON text nested deeper than `maxDepth` (strings are skipped, so brackets inside them do not count). */
export function nestingProblem(text: string, maxDepth: number = INPUT_LIMITS.maxDepth): string | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) {
        const { line, column } = lineAndColumn(text, i);
        return `is nested more than ${maxDepth} levels deep (at line ${line}, column ${column}); a framework file is never nested that deeply`;
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return undefined;
}

interface Visit {
  value: unknown;
  key: PropertyKey;
  parent: Visit | undefined;
  depth: number;
}

function pathOf(visit: Visit | undefined): PropertyKey[] {
  const keys: PropertyKey[] = [];
  for (let at = visit; at?.parent; at = at.parent) keys.push(at.key);
  return keys.reverse();
}

/**
 * Visits every value under `root` once, depth first, without recursion;
 * `visit` returns a problem to stop at. Objects and lists deeper than
 * `maxDepth` are not entered (`shapeProblem` refuses them first).
 */
function walk(root: unknown, visit: (node: Visit) => InputProblem | 'stop' | undefined): InputProblem | undefined {
  const stack: Visit[] = [{ value: root, key: '', parent: undefined, depth: 0 }];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const result = visit(node);
    if (result === 'stop') return undefined;
    if (result) return result;
    const { value } = node;
    if (typeof value !== 'object' || value === null || node.depth >= INPUT_LIMITS.maxDepth) continue;
    const entries: [PropertyKey, unknown][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i] ?? ['', undefined];
      stack.push({ value: item, key, parent: node, depth: node.depth + 1 });
    }
  }
  return undefined;
}

const counted = (count: number) => count.toLocaleString('en-GB');
const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first reason `root` cannot be a framework by its size and shape alone. */
export function shapeProblem(root: unknown): InputProblem | undefined {
  let values = 0;
  let objects = 0;
  return walk(root, (node) => {
    if (++values > INPUT_LIMITS.maxValues || (Array.isArray(node.value) && node.value.length > INPUT_LIMITS.maxValues))
      return { path: [], message: `has more than ${counted(INPUT_LIMITS.maxValues)} values; a framework is much smaller` };
    const { value } = node;
    if (isObject(value) && ++objects > INPUT_LIMITS.maxObjects)
      return { path: [], message: `has more than ${counted(INPUT_LIMITS.maxObjects)} objects (sets of fields in braces); a framework is much smaller` };
    if (typeof node.key === 'string' && node.key.length > INPUT_LIMITS.maxKeyLength)
      return { path: pathOf(node.parent), message: `has a field name ${counted(node.key.length)} characters long; field names are short words such as "indicators"` };
    if (typeof value === 'string' && value.length > INPUT_LIMITS.maxTextLength)
      return { path: pathOf(node), message: `is ${counted(value.length)} characters long; the longest text a framework may hold is ${counted(INPUT_LIMITS.maxTextLength)}` };
    if (typeof value === 'number' && !Number.isFinite(value))
      return { path: pathOf(node), message: 'must be an ordinary number, but is too large to use (or not a number at all)' };
    if (typeof value === 'object' && value !== null && node.depth >= INPUT_LIMITS.maxDepth)
      return { path: pathOf(node), message: `is nested more than ${INPUT_LIMITS.maxDepth} levels deep; a framework is never nested that deeply` };
    return undefined;
  });
}

/** Fields whose text is a name or id: what people recognise a thing by. */
const NAME_FIELDS = new Set(['id', 'name', 'title', 'publisher', 'heading', 'alias']);

/**
 * What people cannot see, for every text and field name under `root`: at
 * most `limit` problems (the walk stops there, so the cost is one pass).
 * Run after `shapeProblem` has passed.
 */
export function textProblems(root: unknown, limit: number): InputProblem[] {
  const problems: InputProblem[] = [];
  const add = (problem: InputProblem) => (problems.push(problem) >= limit ? 'stop' : undefined);
  walk(root, (node) => {
    if (typeof node.key === 'string' && loneSurrogateAt(node.key) !== -1)
      return add({ path: pathOf(node.parent), message: 'has a field name containing half a character (a lone surrogate); save the file again as UTF-8' });
    const { value } = node;
    if (typeof value !== 'string') return undefined;
    const at = loneSurrogateAt(value);
    if (at !== -1)
      return add({
        path: pathOf(node),
        message: `contains half a character (a lone surrogate) at character ${at + 1}, which would be changed when stored; save the file again as UTF-8`,
      });
    if (isInvisibleOnly(value)) return add({ path: pathOf(node), message: 'must not be empty (it contains only invisible characters)' });
    if (typeof node.key === 'string' && NAME_FIELDS.has(node.key) && hasBidiControl(value))
      return add({
        path: pathOf(node),
        message: 'contains a bidirectional control character, which changes the order in which text is shown; remove it',
      });
    return undefined;
  });
  return problems;
}

const INCOMPLETE = /end of (JSON )?(input|data)/i;

/** Where a prefix of `text` fails to parse, if the failure is inside it (not merely at its end). */
function failsWithin(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (INCOMPLETE.test(message)) return false;
    const position = /at position (\d+)/.exec(message)?.[1];
    return position === undefined || Number(position) < prefix.length;
  }
}

/**
 * The index of the character where `JSON.parse(text)` fails. Engines name
 * it in most messages ("at position 7"), but not all ("Unexpected token
 * '}'"): then the shortest failing prefix is found by halving, about 23
 * parses for the largest file read.
 */
export function jsonErrorIndex(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return Number(position);
  let good = 0; // the prefix of this length does not fail within itself
  let bad = text.length; // this one does
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (failsWithin(text.slice(0, middle))) bad = middle;
    else good = middle;
  }
  return bad - 1;
}
