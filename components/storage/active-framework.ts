/**
 * Which framework the extension uses: the shipped Cheshire East one, or a
 * council's own imported from a file. The imported framework is kept in
 * extension storage and validated again every time it is read (storage is a
 * boundary: it may be corrupt or from an older version). A framework that
 * cannot be read is never deleted: the default is used and the officer is
 * told, so nothing they imported is lost silently.
 */
import { defaultFramework, parseFramework, parseFrameworkJson, type Framework, type ParseResult } from '../../framework';
import { customFrameworkItem } from './items';
import { loadPolicy, watchPolicy, type Policy } from './policy';

export interface ActiveFramework {
  framework: Framework;
  /** 'policy': set by the organisation (managed storage), which comes before anything the officer imports. */
  source: 'default' | 'custom' | 'policy';
  /** Set when a stored custom framework could not be used. */
  problem?: string;
}

function resolveStored(stored: unknown): ActiveFramework {
  if (stored === null || stored === undefined) return { framework: defaultFramework, source: 'default' };
  const result = parseFramework(stored);
  if (result.ok) return { framework: result.framework, source: 'custom' };
  return {
    framework: defaultFramework,
    source: 'default',
    problem: `Your imported framework could not be read (${result.errors[0] ?? 'unknown problem'}), so the Cheshire East framework is in use. Import your file again to replace it.`,
  };
}

/** The organisation's framework, when its policy sets one that is valid (an invalid one is ignored: the officer's choice stands). */
function fromPolicy(policy: Policy): ActiveFramework | undefined {
  if (policy.customFramework === undefined) return undefined;
  const result = parseFrameworkJson(policy.customFramework);
  return result.ok ? { framework: result.framework, source: 'policy' } : undefined;
}

export async function loadActiveFramework(): Promise<ActiveFramework> {
  const [{ policy }, stored] = await Promise.all([loadPolicy(), customFrameworkItem.getValue()]);
  return fromPolicy(policy) ?? resolveStored(stored);
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
 * framework in use. On any problem nothing is stored.
 */
export async function importCustomFramework(text: string): Promise<ParseResult> {
  const result = parseFrameworkJson(text);
  if (result.ok) await customFrameworkItem.setValue(result.framework);
  return result;
}

/** Goes back to the shipped Cheshire East framework. */
export async function restoreDefaultFramework(): Promise<void> {
  await customFrameworkItem.removeValue();
}
