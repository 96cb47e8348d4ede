/**
 * The organisation's policy: values a council's IT team sets for every
 * officer (managed storage; see POLICY.md beside this file). Chrome and
 * Edge read it through `storage.managed_schema` (public/managed-schema.json)
 * and say when it changes; Firefox reads policies.json, with no schema and
 * no change events, so every page reads it when it opens.
 *
 * Precedence, everywhere: policy, then the pack's own values, then the
 * officer's settings, then the defaults (`effectiveSettings`). Each policy
 * value is validated on its own: one bad value is reported and ignored, the
 * rest still apply.
 */
import * as z from 'zod';
import { browser } from 'wxt/browser';
import { STAGES } from '../../framework';
import type { Settings } from './settings';

export const POLICY_FEATURES = ['custom-wording', 'framework-import'] as const;
export type PolicyFeature = (typeof POLICY_FEATURES)[number];

const weighting = z.number().min(0).max(100);

/** Each key as IT may set it (the same names as public/managed-schema.json, which a test keeps in step). */
export const POLICY_FIELDS = {
  organisation: z.string().trim().min(1).max(200),
  locality: z.string().trim().min(1).max(200),
  defaultWeighting: weighting,
  minimumWeighting: weighting,
  defaultStage: z.enum(STAGES),
  customFramework: z.string().min(2).max(20_000_000),
  disabledFeatures: z.array(z.enum(POLICY_FEATURES)),
} as const;

export type Policy = { [K in keyof typeof POLICY_FIELDS]?: z.infer<(typeof POLICY_FIELDS)[K]> };

export interface LoadedPolicy {
  policy: Policy;
  /** Values IT set that could not be used (named for support, never shown as an error to officers). */
  problems: string[];
}

export const NO_POLICY: LoadedPolicy = { policy: {}, problems: [] };

/** Validates what managed storage holds, key by key. */
export function resolvePolicy(raw: unknown): LoadedPolicy {
  if (typeof raw !== 'object' || raw === null) return NO_POLICY;
  const policy: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, schema] of Object.entries(POLICY_FIELDS)) {
    if (!Object.hasOwn(raw, key)) continue;
    const value: unknown = (raw as Record<string, unknown>)[key];
    const parsed = schema.safeParse(value);
    if (parsed.success) policy[key] = parsed.data;
    else problems.push(`Policy “${key}” was ignored: ${parsed.error.issues[0]?.message ?? 'not valid'}`);
  }
  return { policy, problems };
}

/** Reads the policy now. No policy (or a browser without managed storage) is an empty policy. */
export async function loadPolicy(): Promise<LoadedPolicy> {
  try {
    return resolvePolicy(await browser.storage.managed.get());
  } catch {
    return NO_POLICY; // Firefox without a policies.json entry rejects; so do browsers without managed storage
  }
}

/** Calls back when IT changes the policy (Chrome and Edge; Firefox never says, so pages read it as they open). */
export function watchPolicy(callback: (loaded: LoadedPolicy) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') void loadPolicy().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    browser.storage.onChanged.removeListener(listener);
  };
}

/** The settings a policy may fix; when it does, the officer cannot change them. */
export const POLICY_SETTINGS = ['organisation', 'locality', 'defaultWeighting', 'defaultStage'] as const satisfies readonly (keyof Settings & keyof Policy)[];
export type LockableSetting = (typeof POLICY_SETTINGS)[number];

export interface EffectiveSettings {
  settings: Settings;
  /** Settings fixed by the organisation's policy: shown as "Set by your organisation", read-only. */
  locked: ReadonlySet<keyof Settings>;
  /** The lowest weighting allowed (0 unless the policy sets a minimum). */
  minimumWeighting: number;
}

/**
 * Layers the values: policy over the pack's own values over the officer's
 * settings (which already fall back to the defaults). A weighting below the
 * organisation's minimum is raised to it.
 */
export function effectiveSettings(settings: Settings, policy: Policy, pack: Partial<Settings> = {}): EffectiveSettings {
  const merged: Settings = { ...settings, ...pack };
  const locked = new Set<keyof Settings>();
  for (const key of POLICY_SETTINGS) {
    const value = policy[key];
    if (value === undefined) continue;
    // Each key's type is the same in Policy and Settings; TypeScript cannot pair them through the loop.
    (merged as Record<LockableSetting, unknown>)[key] = value;
    locked.add(key);
  }
  const minimumWeighting = policy.minimumWeighting ?? 0;
  if (merged.defaultWeighting < minimumWeighting) merged.defaultWeighting = minimumWeighting;
  return { settings: merged, locked, minimumWeighting };
}

/** Whether the organisation leaves a feature on (everything is on unless the policy turns it off). */
export function featureAllowed(policy: Policy, feature: PolicyFeature): boolean {
  return !(policy.disabledFeatures ?? []).includes(feature);
}
