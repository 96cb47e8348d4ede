import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migratePacks, PACKS_VERSION } from '../../../components/storage/pack-migrations';
import { PackStoreSchema } from '../../../components/storage/packs';

/**
 * A stored sample of every version before the current one, oldest first:
 * add one (and a migration) each time PACKS_VERSION goes up. Version 1 is
 * the current shape.
 */
const SAMPLES: Record<number, unknown> = {
  1: { packs: [{ id: 'default', name: 'My tender pack', details: { contractName: 'Care' }, items: [{ indicatorId: 'vcse-spend', weight: 100, values: { target: '5' } }] }], openId: 'default' },
};

describe('pack migrations', () => {
  it('has one migration for each version after the first, and a sample of every version', () => {
    for (let version = 2; version <= PACKS_VERSION; version++) expect(MIGRATIONS[version], `migration to ${String(version)}`).toBeTypeOf('function');
    for (let version = 1; version <= PACKS_VERSION; version++) expect(SAMPLES[version], `sample of ${String(version)}`).toBeDefined();
    expect(Object.keys(MIGRATIONS).map(Number).every((v) => v >= 2 && v <= PACKS_VERSION)).toBe(true);
  });

  it('brings every version from 1 up to the current shape, losing nothing', () => {
    for (let version = 1; version <= PACKS_VERSION; version++) {
      const migrated = PackStoreSchema.parse(migratePacks(SAMPLES[version], version));
      expect(migrated.packs[0]?.details.contractName).toBe('Care');
      expect(migrated.packs[0]?.items[0]).toMatchObject({ indicatorId: 'vcse-spend', weight: 100, values: { target: '5' } });
    }
  });

  it('refuses a version it has no migration for', () => {
    expect(() => migratePacks({}, -1)).toThrow(/No migration/);
  });
});
