/**
 * Stored values that failed validation are never deleted: a copy is kept
 * aside here (with what was wrong and when), the panel tells the officer,
 * and the rest of the panel goes on working on defaults. The officer can
 * export what was kept aside as a JSON file.
 */
import * as z from 'zod';
import { keptAsideItem } from './items';

const KeptAsideSchema = z.record(z.string(), z.object({ raw: z.unknown(), problem: z.string(), at: z.string() }));
export type KeptAside = z.infer<typeof KeptAsideSchema>;

export async function loadKeptAside(): Promise<KeptAside> {
  const parsed = KeptAsideSchema.safeParse(await keptAsideItem.getValue());
  return parsed.success ? parsed.data : {};
}

/** Keeps a copy of an unreadable value under its name (a later copy of the same name replaces it only if it differs). */
export async function keepAside(name: string, raw: unknown, problem: string): Promise<void> {
  const current = await loadKeptAside();
  if (JSON.stringify(current[name]?.raw) === JSON.stringify(raw)) return;
  await keptAsideItem.setValue({ ...current, [name]: { raw, problem, at: new Date().toISOString() } });
}

/** What was kept aside, as a file to download. */
export async function exportKeptAside(): Promise<string> {
  return JSON.stringify(await loadKeptAside(), null, 2);
}

export interface Validated<T> {
  value: T;
  /** Set when the stored value could not be read; it stays in storage and is kept aside. */
  problem?: string;
}

/**
 * Validates a stored value: a missing one gives the fallback quietly, an
 * unreadable one gives the fallback with a problem to show, after keeping a
 * copy aside.
 */
export async function readStored<T>(name: string, what: string, raw: unknown, schema: z.ZodType<T>, fallback: () => T): Promise<Validated<T>> {
  if (raw === null || raw === undefined) return { value: fallback() };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { value: parsed.data };
  await keepAside(name, raw, z.prettifyError(parsed.error));
  return {
    value: fallback(),
    problem: `Your saved ${what} could not be read, so the panel started afresh. A copy is kept: export it from the Pack view ("Export unreadable data").`,
  };
}
