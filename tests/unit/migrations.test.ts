/**
 * Framework file migrations: each step on its own, and the chain from
 * version 1 (a file exported by the last version 1 build, trimmed to three
 * indicators) to the current format, through the same import the Options
 * page uses.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportFramework, importFramework } from '../../framework/import-export';
import { parseFramework } from '../../framework/validate';
import { MIGRATIONS, OLDEST_READABLE_VERSION, migrateFramework } from '../../framework/migrations';
import { GENERIC_SCORING, v1ToV2 } from '../../framework/migrations/v1-to-v2';
import { GENERIC_SCORING_NOTICE, fillWording, renderTenderQuestion } from '../../framework/render-wording';
import { FRAMEWORK_SCHEMA_VERSION, SCORES } from '../../framework/schema';

const here = dirname(fileURLToPath(import.meta.url));
const v1Text = readFileSync(join(here, 'fixtures', 'framework-v1.json'), 'utf8');
const v1 = (): Record<string, unknown> => JSON.parse(v1Text) as Record<string, unknown>;

interface V1Indicator {
  id: string;
  wording: { procurement: { scoring: string } };
}
const v1Indicators = (v1() as { indicators: V1Indicator[] }).indicators;

describe('the chain of migrations', () => {
  it('has one migration per version, each one step, ending at the current version', () => {
    expect(OLDEST_READABLE_VERSION).toBe(1);
    MIGRATIONS.forEach((migration, index) => {
      expect(migration.from).toBe(OLDEST_READABLE_VERSION + index);
      expect(migration.to).toBe(migration.from + 1);
    });
    expect(MIGRATIONS.at(-1)?.to).toBe(FRAMEWORK_SCHEMA_VERSION);
  });

  it('runs every migration from version 1 and the result passes full validation', () => {
    const result = importFramework(v1Text);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.framework.schemaVersion).toBe(FRAMEWORK_SCHEMA_VERSION);
    expect(result.framework.indicators.map((indicator) => indicator.id)).toEqual(v1Indicators.map((indicator) => indicator.id));
  });

  it('migrates a version 1 framework read back from storage as well as from a file', () => {
    const fromStorage = parseFramework(v1());
    const fromFile = importFramework(v1Text);
    expect(fromStorage.ok && fromFile.ok).toBe(true);
    expect(fromStorage).toEqual(fromFile);
  });

  it('leaves a current file alone, with nothing to tell the officer', () => {
    const current = importFramework(v1Text);
    if (!current.ok) throw new Error('version 1 fixture did not import');
    const again = importFramework(exportFramework(current.framework));
    expect(again).toEqual({ ok: true, framework: current.framework, notices: [] });
  });

  it('refuses versions it does not know, naming what it reads', () => {
    expect(migrateFramework({ ...v1(), schemaVersion: 0 })).toEqual({
      ok: false,
      problem: `this file is version 0; this version of Social Value Assistant reads versions 1 to ${FRAMEWORK_SCHEMA_VERSION}`,
    });
    expect(migrateFramework({ ...v1(), schemaVersion: 1.5 }).ok).toBe(false);
    expect(migrateFramework({ ...v1(), schemaVersion: FRAMEWORK_SCHEMA_VERSION + 1 }).ok).toBe(false);
  });
});

describe('version 1 to 2: one scoring text becomes six descriptors', () => {
  const migrated = importFramework(v1Text);
  if (!migrated.ok) throw new Error(migrated.errors.join('\n'));
  const { framework, notices } = migrated;

  it('gives every question the generic scale, marked generic, and invents nothing for the measure', () => {
    for (const indicator of framework.indicators) {
      const { procurement } = indicator.wording;
      expect(procurement.genericScoring, indicator.id).toBe(true);
      expect(procurement.scoring, indicator.id).toEqual(GENERIC_SCORING);
    }
  });

  it('keeps each file’s own scoring text, word for word, as guidance', () => {
    framework.indicators.forEach((indicator, index) => {
      expect(indicator.wording.procurement.scoringGuidance).toBe(v1Indicators[index]?.wording.procurement.scoring);
    });
  });

  it('tells the officer how many questions were given the generic scale and what to do', () => {
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('3 tender questions have a generic 0 to 5 scoring scale');
    expect(notices[0]).toContain('Replace it with descriptors for each measure');
  });

  it('marks the generic scale in the wording the officer copies', () => {
    const [first] = framework.indicators;
    if (!first) throw new Error('no indicators');
    const text = renderTenderQuestion(first).text;
    expect(text).toContain(GENERIC_SCORING_NOTICE);
    expect(text).toContain(`Scoring guidance: ${fillWording(v1Indicators[0]?.wording.procurement.scoring ?? '', {})}`);
    for (const score of SCORES) expect(text).toContain(`- ${score}: `);
  });

  it('is pure and leaves anything it cannot convert for validation to report', () => {
    const input = v1();
    const before = JSON.stringify(input);
    v1ToV2.migrate(input);
    expect(JSON.stringify(input)).toBe(before);

    const broken = v1() as { indicators: { wording: { procurement: Record<string, unknown> } }[] };
    const first = broken.indicators[0];
    if (!first) throw new Error('no indicators');
    first.wording.procurement.scoring = 42;
    const result = importFramework(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContain('indicators[0].wording.procurement.scoring: must be an object, but is the number 42');
  });

  it('says nothing when no question needed converting', () => {
    expect(v1ToV2.migrate({ schemaVersion: 1, indicators: [] })).toEqual({ file: { schemaVersion: 2, indicators: [] }, notices: [] });
  });
});
