/**
 * Framework files: export any framework as JSON, and read one back with
 * every check of `parseFrameworkJson`. Both are pure: saving an imported
 * framework, or refusing it, is the caller's decision.
 */
import type { Framework } from './schema';
import { parseFrameworkJson, type ParseResult } from './validate';

/** Pretty JSON with a final newline: readable in any editor, and diffable. */
export function exportFramework(framework: Framework): string {
  return `${JSON.stringify(framework, null, 2)}\n`;
}

/** A file name for the export, e.g. `cheshire-east.framework.json`. */
export function exportFileName(framework: Framework): string {
  return `${framework.id}.framework.json`;
}

/** Reads a framework file's text; the result says what is wrong if it cannot be used. */
export function importFramework(text: string): ParseResult {
  return parseFrameworkJson(text);
}
