/**
 * What WXT's fake browser leaves unimplemented and the panel's views touch:
 * the permissions API (site access) and a side panel that is no tab of its
 * own. Call after `fakeBrowser.reset()`.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Sites granted already, and what a permission request answers. */
export function stubPermissions(origins: string[] = [], grant = true): void {
  const noop = () => undefined;
  const event = { addListener: noop, removeListener: noop, hasListener: () => false };
  Object.assign(fakeBrowser.permissions, {
    getAll: vi.fn(() => Promise.resolve({ origins, permissions: [] })),
    request: vi.fn(() => Promise.resolve(grant)),
    onAdded: event,
    onRemoved: event,
  });
}

/** A web page the officer works in, focused, with the panel beside it (not a tab). */
export async function openWorkPage(url: string): Promise<void> {
  await fakeBrowser.windows.create({ focused: true });
  await fakeBrowser.tabs.create({ url, active: true });
  vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined);
}
