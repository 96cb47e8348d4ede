/**
 * The framework module's public face: the validated Cheshire East framework,
 * the types (from the zod schema), validation, placeholders, import/export
 * and HTML escaping. The rest of the extension imports from here.
 */
import { cheshireEastFramework } from './data/cheshire-east';
import type { Framework } from './schema';
import { parseFramework } from './validate';

export * from './schema';
export { THEME_IDS } from './data/taxonomy';
export { NO_LOCAL_PRIORITIES_NOTE, NO_LOCAL_VOICES_NOTE } from './data/themes';
export {
  MAX_FRAMEWORK_FILE_BYTES,
  MAX_REPORTED_ERRORS,
  describeValue,
  formatPath,
  frameworkFileSizeProblem,
  parseFramework,
  parseFrameworkJson,
  type ParseResult,
} from './validate';
export {
  fillPlaceholders,
  findPlaceholders,
  isPlaceholder,
  knownPlaceholders,
  unknownPlaceholders,
  type PlaceholderValues,
} from './placeholders';
export { exportFileName, exportFramework, importFramework } from './import-export';
export { escapeHtml } from './escape';
export { cutForMessage, quoteForMessage, showInvisible } from './text/visible';
export { csvCell, csvDocument, csvRow, type CsvValue } from './text/csv';
export { DOCX_LIMITS, checkZipSizes, type ZipLimits, type ZipSizeCheck } from './files/zip-size';

/**
 * Validates a framework (by default the shipped Cheshire East one) and
 * returns it, or throws one error listing every problem. Called at build
 * time so that an invalid framework fails the build.
 */
export function assertValidFramework(framework: unknown = cheshireEastFramework): Framework {
  const result = parseFramework(framework);
  if (!result.ok) {
    throw new Error(`The framework is not valid:\n${result.errors.map((error) => `  ${error}`).join('\n')}`);
  }
  return result.framework;
}

/** Freezes a value and everything in it, so no module can change shared data by accident. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

/**
 * The Cheshire East Social Value Framework, validated when this module loads
 * and frozen: copy it (e.g. `structuredClone`) before changing anything.
 */
export const defaultFramework: Framework = deepFreeze(assertValidFramework());

export { checkDraft, splitSentences } from './check';
export type {
  CheckOptions,
  CoveredIndicator,
  CoverageStrength,
  DraftCheck,
  DraftKind,
  Evidence,
  Gap,
  GapKind,
  Served,
  ThemeSummary,
  VagueCommitment,
} from './check';
