import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { handleMenuClick, intentForClick, MENUS } from '../../../entrypoints/background/context-menus';
import { sendPanelIntent, takePanelIntent } from '../../../components/storage/panel-intent';

const click = (menuItemId: string, selectionText?: string) => ({ menuItemId, selectionText, editable: false, pageUrl: 'https://portal.example/', frameId: 0 });
const tab = { id: 7, index: 0, pinned: false, highlighted: false, windowId: 1, active: true, incognito: false, selected: true, discarded: false, autoDiscardable: true, groupId: -1, frozen: false };

describe('context menus', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('shows each menu only where it makes sense', () => {
    expect(Object.fromEntries(MENUS.map((menu) => [menu.id, menu.contexts]))).toEqual({
      'sva-lookup': ['selection'],
      'sva-check': ['selection'],
      'sva-insert-here': ['editable'],
    });
    expect(MENUS[0]?.title).toBe('Look up ‘%s’ in the Social Value Framework');
  });

  it('looks up the selection, tidied and cut to a search-sized query', () => {
    expect(intentForClick(click('sva-lookup', '  carbon\n  emissions '))).toEqual({ kind: 'lookup', query: 'carbon emissions' });
    expect(intentForClick(click('sva-lookup', 'word '.repeat(100)))).toMatchObject({ kind: 'lookup', query: expect.stringMatching(/^(word ){39}word$/) as unknown });
    expect(intentForClick(click('sva-lookup', '   '))).toBeUndefined();
  });

  it('checks the whole selection and aims at the field right-clicked', () => {
    const long = 'We will employ local apprentices. '.repeat(50).trim();
    expect(intentForClick(click('sva-check', long))).toEqual({ kind: 'check', text: long });
    expect(intentForClick(click('sva-insert-here'))).toEqual({ kind: 'insert-here' });
    expect(intentForClick(click('someone-elses-menu', 'x'))).toBeUndefined();
  });

  it('opens the panel inside the click, then the panel finds the intent waiting', async () => {
    const open = vi.fn(() => Promise.resolve());
    // The fake browser has no side panel: stand in for Chrome's.
    (browser as unknown as { sidePanel: { open: typeof open } }).sidePanel = { open };
    handleMenuClick(click('sva-lookup', 'social value'), tab);
    // Called before anything was awaited: Chrome refuses sidePanel.open() after an await.
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
    await vi.waitFor(async () => {
      expect((await takePanelIntent())?.intent).toEqual({ kind: 'lookup', query: 'social value' });
    });
  });
});

describe('an intent from a right-click', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('is taken only by the panel of the window it came from', async () => {
    await sendPanelIntent({ kind: 'lookup', query: 'carbon' }, 2);
    expect(await takePanelIntent(1)).toBeUndefined();
    expect((await takePanelIntent(2))?.intent).toEqual({ kind: 'lookup', query: 'carbon' });
    expect(await takePanelIntent(2)).toBeUndefined();
  });

  it('from the menu carries the window of the tab clicked', async () => {
    handleMenuClick(click('sva-lookup', 'apprentices'), { ...tab, windowId: 5 });
    await vi.waitFor(async () => {
      expect((await takePanelIntent(5))?.intent).toEqual({ kind: 'lookup', query: 'apprentices' });
    });
  });
});
