/**
 * Which framework the extension uses: the shipped Cheshire East one, or a
 * council's own imported from a file. The imported framework is kept in
 * extension storage and validated again every time it is read (storage is a
 * boundary: it may be corrupt or from an older version). A framework that
 * cannot be read is never deleted: the default is used and the officer is
 * told, so nothing they imported is lost silently.
 */
import {
  defaultFramework,
  frameworkFileSizeProblem,
  parseFramework,
  parseFrameworkJson,
  quoteForMessage,
  type Framework,
  type ParseResult,
} from '../../framework';
import { customFrameworkItem } from './items';
import { loadPolicy, watchPolicy, type Policy } from './policy';

export interface ActiveFramework {
  framework: Framework;
  /** 'policy': set by the organisation (managed storage), which comes before anything the officer imports. */
  source: 'default' | 'custom' | 'policy';
  /** Set when a stored custom framework could not be used. */
  problem?: string;
  /** A stored framework could not be used and is kept aside, for export (`exportKeptAside`) or to be cleared. */
  keptAside?: boolean;
}

const unusable = (why: string): ActiveFramework => ({
  framework: defaultFramework,
  source: 'default',
  keptAside: true,
  problem: `Your imported framework could not be read (${why}), so the Cheshire East framework is in use. It is kept aside: export it from Options to correct it, or choose “Use the Cheshire East framework” there to clear it.`,
});

const errorText = (error: unknown): string => quoteForMessage(error instanceof Error ? error.message : String(error), 80);

function resolveStored(stored: unknown): ActiveFramework {
  if (stored === null || stored === undefined) return { framework: defaultFramework, source: 'default' };
  try {
    const result = parseFramework(stored);
    if (result.ok) return { framework: result.framework, source: 'custom' };
    return unusable(result.errors[0] ?? 'unknown problem');
  } catch (error) {
    // Validation is meant never to throw; if it does, the pages must still work.
    return unusable(`checking it failed: ${errorText(error)}`);
  }
}

/** The organisation's framework, when its policy sets one that is valid (an invalid one is ignored: the officer's choice stands). */
function fromPolicy(policy: Policy): ActiveFramework | undefined {
  if (policy.customFramework === undefined) return undefined;
  const result = parseFrameworkJson(policy.customFramework);
  return result.ok ? { framework: result.framework, source: 'policy' } : undefined;
}

export async function loadActiveFramework(): Promise<ActiveFramework> {
  let stored: unknown;
  let policy: Policy;
  try {
    [{ policy }, stored] = await Promise.all([loadPolicy(), customFrameworkItem.getValue()]);
  } catch (error) {
    return { ...unusable(`storage could not be read: ${errorText(error)}`), keptAside: false };
  }
  return fromPolicy(policy) ?? resolveStored(stored);
}

/**
 * The stored framework that could not be used, as JSON text for the
 * officer to save and correct; undefined when there is none or it cannot
 * be written out (a value too deeply nested to turn into text).
 */
export async function exportKeptAside(): Promise<string | undefined> {
  try {
    const stored = await customFrameworkItem.getValue();
    return stored === null || stored === undefined ? undefined : JSON.stringify(stored, null, 2);
  } catch {
    return undefined;
  }
}

/** Calls back whenever the framework in use changes (for example, from the options page). */
export function watchActiveFramework(callback: (active: ActiveFramework) => void): () => void {
  const refresh = () => {
    void loadActiveFramework().then(callback);
  };
  const stopStored = customFrameworkItem.watch(refresh);
  const stopPolicy = watchPolicy(refresh);
  return () => {
    stopStored();
    stopPolicy();
  };
}

/**
 * Checks a framework file and, only if it is valid in full, makes it the
 * framework in use. On any problem nothing is stored. Never throws.
 */
export async function importCustomFramework(text: string): Promise<ParseResult> {
  let result: ParseResult;
  try {
    result = parseFrameworkJson(text);
  } catch (error) {
    return { ok: false, errors: [`file: could not be checked (${errorText(error)})`] };
  }
  if (result.ok) {
    try {
      await customFrameworkItem.setValue(result.framework);
    } catch (error) {
      return { ok: false, errors: [`file: could not be saved in the browser's storage (${errorText(error)})`] };
    }
  }
  return result;
}

/** What a file chooser gives: enough to check the size before reading. */
export interface ChosenFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

/** `importCustomFramework` for a chosen file: its size is checked before it is read. Never throws. */
export async function importCustomFrameworkFile(file: ChosenFile): Promise<ParseResult> {
  const tooLarge = frameworkFileSizeProblem(file.size);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, errors: [`file: could not be read (${errorText(error)})`] };
  }
  return importCustomFramework(text);
}

/** Goes back to the shipped Cheshire East framework. */
export async function restoreDefaultFramework(): Promise<void> {
  await customFrameworkItem.removeValue();
}
