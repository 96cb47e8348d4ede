import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultFramework, exportFramework } from '../../framework';
import { deepList } from '../fixtures/hostile-files';
import {
  exportKeptAside,
  importCustomFramework,
  importCustomFrameworkFile,
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

  it('keeps a stored framework that fails to validate aside, for export, and offers to clear it', async () => {
    const broken = { schemaVersion: 1, id: 'broken', name: '\u200B' };
    await fakeBrowser.storage.local.set({ customFramework: broken });
    const active = await loadActiveFramework();
    expect(active).toMatchObject({ source: 'default', keptAside: true });
    expect(active.problem).toMatch(/Export it from Options|export it from Options/);
    expect(JSON.parse((await exportKeptAside()) ?? 'null')).toEqual(broken);
    await restoreDefaultFramework();
    const after = await loadActiveFramework();
    expect([after.source, after.keptAside, after.problem]).toEqual(['default', undefined, undefined]);
  });

  it('copes with stored data nested far too deep, keeping it for export', async () => {
    await fakeBrowser.storage.local.set({ customFramework: { schemaVersion: 1, name: deepList(2_000) } });
    const started = performance.now();
    const active = await loadActiveFramework();
    expect(performance.now() - started).toBeLessThan(800);
    expect(active.keptAside).toBe(true);
    expect(active.problem).toMatch(/could not be read \(name(\[0\])+: is nested more than 32 levels deep/);
    expect(active.problem?.length).toBeLessThan(600);
    expect(await exportKeptAside()).toContain('"bottom"');
  });

  it("checks a chosen file's size before reading it, and names read failures", async () => {
    const text = vi.fn(() => Promise.resolve('{}'));
    const huge = await importCustomFrameworkFile({ name: 'huge.json', size: 50 * 1024 * 1024, text });
    expect(huge).toEqual({ ok: false, errors: ['file: is 50 MB; the largest framework file Social Value Assistant reads is 5 MB'] });
    expect(text).not.toHaveBeenCalled();
    const unreadable = await importCustomFrameworkFile({ name: 'gone.json', size: 10, text: () => Promise.reject(new Error('NotReadableError')) });
    expect(unreadable).toEqual({ ok: false, errors: ['file: could not be read ("NotReadableError")'] });
  });
});
