import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

interface Manifest {
  manifest_version: number;
  name: string;
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  side_panel?: { default_path: string };
  sidebar_action?: { default_panel: string };
  icons?: Record<string, string>;
  commands?: Record<string, unknown>;
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required: string[] } } };
}

async function manifest(target: string): Promise<Manifest> {
  return JSON.parse(await readFile(resolve(import.meta.dirname, `../../.output/${target}/manifest.json`), 'utf8')) as Manifest;
}

const pkg = JSON.parse(await readFile(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };

describe('the shipped manifests', () => {
  it('Chrome: MV3 side panel, icons at every size, version from package.json, no host access at install', async () => {
    const m = await manifest('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    expect(m.name).toBe('Social Value Assistant');
    expect(m.version).toBe(pkg.version);
    expect(m.side_panel?.default_path).toBe('sidepanel.html');
    expect(Object.keys(m.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.commands).toHaveProperty('_execute_action');
  });

  it('Firefox: MV3 sidebar, gecko id and no data collection', async () => {
    const m = await manifest('firefox-mv3');
    expect(m.manifest_version).toBe(3);
    expect(m.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(m.side_panel).toBeUndefined();
    expect(m.permissions ?? []).not.toContain('sidePanel');
    expect(m.browser_specific_settings?.gecko?.id).toBeTruthy();
    expect(m.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.commands).toHaveProperty('_execute_sidebar_action');
  });
});
