/**
 * Settings as a file the officer can keep or pass to a colleague: export
 * writes them as JSON, with the officer's own wording (version 2; version 1
 * files, settings only, still import); import validates the whole file first
 * (zod) and changes nothing unless every value is good, saying in plain
 * words what is wrong.
 */
import * as z from 'zod';
import { OwnWordingSchema, type OwnWording } from '../../framework/pack/own-wording';
import { SettingsSchema, type Settings } from './settings';

export const SETTINGS_FILE_FORMAT = 'social-value-assistant-settings';
/** Settings files are small, own wording included: anything larger is not one. */
export const MAX_SETTINGS_FILE_BYTES = 5_000_000;

const SettingsFileSchema = z.strictObject({
  format: z.literal(SETTINGS_FILE_FORMAT),
  version: z.union([z.literal(1), z.literal(2)]),
  settings: SettingsSchema.strict(),
  /** The officer's own wording (version 2). */
  ownWording: OwnWordingSchema.optional(),
});

export function exportSettingsFile(settings: Settings, ownWording: OwnWording = {}): string {
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: 2, settings, ownWording }, null, 2)}\n`;
}

export type SettingsFileResult = { ok: true; settings: Settings; ownWording?: OwnWording } | { ok: false; errors: string[] };

const FIELD_NAMES: Record<string, string> = {
  organisation: 'Organisation',
  locality: 'Locality',
  supplierTerm: 'Supplier term',
  defaultStage: 'Default stage',
  defaultWeighting: 'Default weighting',
  defaultResponseLimit: 'Default response limit',
};

const PIECES: Record<string, string> = { outcome: 'outcome statement', question: 'tender question', measure: 'KPI measure' };

function describeIssue(issue: z.core.$ZodIssue): string {
  const [first, ...rest] = issue.path.map(String);
  if (first === undefined) return issue.message;
  if (first === 'settings' && rest[0] !== undefined) {
    const name = FIELD_NAMES[rest[0]] ?? `“${rest[0]}”`;
    return `${name}${rest.length > 1 ? ` (${rest.slice(1).join('.')})` : ''}: ${issue.message}`;
  }
  if (first === 'ownWording') {
    const [indicator, piece] = rest;
    const what = piece === undefined ? '' : ` ${PIECES[piece] ?? `“${piece}”`}`;
    return `Your wording${indicator === undefined ? '' : ` of “${indicator}”`}${what}: ${issue.message}`;
  }
  return `“${issue.path.join('.')}”: ${issue.message}`;
}

export function parseSettingsFile(text: string): SettingsFileResult {
  if (text.length > MAX_SETTINGS_FILE_BYTES) return { ok: false, errors: ['This file is too large to be a settings file.'] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['This file is not a settings file: it is not valid JSON.'] };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== SETTINGS_FILE_FORMAT) {
    return { ok: false, errors: ['This file is not a Social Value Assistant settings file (a framework file is imported under “Framework”).'] };
  }
  const parsed = SettingsFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.slice(0, 10).map(describeIssue) };
  return { ok: true, settings: parsed.data.settings, ownWording: parsed.data.ownWording };
}

export function settingsFileName(date = new Date()): string {
  return `social-value-assistant-settings-${date.toISOString().slice(0, 10)}.json`;
}
