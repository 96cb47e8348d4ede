/**
 * Migrations of the stored packs, one per version: MIGRATIONS[n] turns a
 * version n-1 value into version n. `@wxt-dev/storage` runs them in order
 * when it finds an older value (packsItem in items.ts takes them from here),
 * and `migratePacks` runs the same chain for a value of any version (an
 * imported backup, a test).
 *
 * Version 1 is the first stored shape, so the chain is empty today. When the
 * shape changes: raise PACKS_VERSION, add MIGRATIONS[PACKS_VERSION] and a
 * version PACKS_VERSION-1 sample to tests/unit/pack-migrations.test.ts (that
 * test fails until each version has both).
 */
export const PACKS_VERSION = 1;

export type Migration = (value: unknown) => unknown;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** Brings a stored value from `fromVersion` up to PACKS_VERSION, one migration at a time. */
export function migratePacks(value: unknown, fromVersion: number): unknown {
  let current = value;
  for (let version = fromVersion + 1; version <= PACKS_VERSION; version++) {
    const migration = MIGRATIONS[version];
    if (!migration) throw new Error(`No migration to packs version ${String(version)}`);
    current = migration(current);
  }
  return current;
}
