/**
 * Migrations of the framework file format: one per version, run in order
 * from the file's version up to the current one, before validation. Each is
 * pure and tested on its own; `migrateFramework` chains them.
 */
import { FRAMEWORK_SCHEMA_VERSION } from '../schema';
import type { Migration } from './types';
import { v1ToV2 } from './v1-to-v2';

export type { Migration } from './types';

/** Every migration, oldest first; the last one ends at FRAMEWORK_SCHEMA_VERSION. */
export const MIGRATIONS: readonly Migration[] = [v1ToV2];

/** The oldest version this build can read. */
export const OLDEST_READABLE_VERSION = MIGRATIONS[0]?.from ?? FRAMEWORK_SCHEMA_VERSION;

/** "version 2" or "versions 1 to 2": what this build reads, for messages. */
export const READABLE_VERSIONS =
  OLDEST_READABLE_VERSION === FRAMEWORK_SCHEMA_VERSION
    ? `version ${FRAMEWORK_SCHEMA_VERSION}`
    : `versions ${OLDEST_READABLE_VERSION} to ${FRAMEWORK_SCHEMA_VERSION}`;

export type MigrationResult =
  | { ok: true; file: Record<string, unknown>; notices: string[] }
  | { ok: false; problem: string };

/**
 * Brings a framework object of any readable version up to the current one.
 * A file already at the current version is returned as it is, with no notices.
 */
export function migrateFramework(file: Record<string, unknown>): MigrationResult {
  const version = file.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_READABLE_VERSION || version > FRAMEWORK_SCHEMA_VERSION)
    return { ok: false, problem: `this file is version ${String(version)}; this version of Social Value Assistant reads ${READABLE_VERSIONS}` };
  let current = file;
  const notices: string[] = [];
  for (const migration of MIGRATIONS) {
    if (current.schemaVersion !== migration.from) continue;
    const step = migration.migrate(current);
    current = step.file;
    notices.push(...step.notices);
  }
  return { ok: true, file: current, notices };
}
