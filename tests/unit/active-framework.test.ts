import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultFramework, exportFramework } from '../../framework';
import {
  importCustomFramework,
  loadActiveFramework,
  restoreDefaultFramework,
  watchActiveFramework,
} from '../../components/storage/active-framework';

function customFrameworkText(): string {
  const custom = structuredClone(defaultFramework);
  custom.id = 'borsetshire';
  custom.name = 'Borsetshire Social Value Framework';
  const [first, ...rest] = custom.indicators.slice(0, 3);
  if (!first) throw new Error('the default framework has no indicators');
  custom.indicators = [{ ...first, text: 'Number of Borsetshire <b>residents</b> trained.' }, ...rest];
  return exportFramework(custom);
}

describe('the framework in use', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('is Cheshire East until a council imports its own', async () => {
    const active = await loadActiveFramework();
    expect(active.source).toBe('default');
    expect(active.framework.id).toBe('cheshire-east');
    expect(active.problem).toBeUndefined();
  });

  it('becomes an imported framework, text kept as text, and goes back on request', async () => {
    const result = await importCustomFramework(customFrameworkText());
    expect(result.ok).toBe(true);
    const active = await loadActiveFramework();
    expect(active.source).toBe('custom');
    expect(active.framework.name).toBe('Borsetshire Social Value Framework');
    expect(active.framework.indicators[0]?.text).toBe('Number of Borsetshire <b>residents</b> trained.');
    await restoreDefaultFramework();
    expect((await loadActiveFramework()).framework.id).toBe('cheshire-east');
  });

  it('refuses a bad file with a message and keeps the framework that was in use', async () => {
    await importCustomFramework(customFrameworkText());
    const result = await importCustomFramework('{"schemaVersion": 1, "id": "x"');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^file: is not valid JSON/);
    expect((await loadActiveFramework()).framework.id).toBe('borsetshire');
  });

  it('falls back to the default when storage is corrupt, says so, and does not delete what was stored', async () => {
    await fakeBrowser.storage.local.set({ customFramework: { schemaVersion: 1, id: 'broken' } });
    const active = await loadActiveFramework();
    expect(active.framework.id).toBe('cheshire-east');
    expect(active.problem).toMatch(/could not be read .*Cheshire East framework is in use/);
    expect(await fakeBrowser.storage.local.get('customFramework')).toEqual({
      customFramework: { schemaVersion: 1, id: 'broken' },
    });
  });

  it('tells watchers when another page imports a framework', async () => {
    const seen: string[] = [];
    const unwatch = watchActiveFramework((active) => seen.push(active.framework.id));
    await importCustomFramework(customFrameworkText());
    await restoreDefaultFramework();
    unwatch();
    expect(seen).toEqual(['borsetshire', 'cheshire-east']);
  });
});
