// @vitest-environment happy-dom
/**
 * The Insert button's status views, as the officer sees and hears them:
 * over a limit the browser does not enforce it offers "Insert anyway" and
 * "Copy instead"; over one it enforces (maxlength) only "Copy instead".
 * The frames are stubbed at the insertion client (what a content script
 * would answer); the browser is WXT's fake one; the clipboard is happy-dom's.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FieldLimit, InsertResponse, ProbeResponse } from '../../../entrypoints/content/contract/protocol';
import type { RenderedWording } from '../../../framework/render-wording';
import { InsertButton } from '../../../components/insert/InsertButton';
import { insertInto, reachTab, type FrameTarget, type Reach } from '../../../components/insert/insert-client';
import { openWorkPage, stubPermissions } from './browser-stubs';

vi.mock('../../../components/insert/insert-client', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../components/insert/insert-client')>();
  return { ...original, reachTab: vi.fn(), insertInto: vi.fn() };
});

const WORDING: RenderedWording = {
  text: 'Number of apprenticeships created on the contract.',
  html: '<p>Number of apprenticeships created on the contract.</p>',
};

function target(limit?: FieldLimit, used = 0): FrameTarget {
  const probe: ProbeResponse = {
    hasTarget: true,
    lastActiveAt: 1,
    focused: true,
    isTop: true,
    kind: 'textarea',
    needsPageWorld: false,
    limit,
    used,
    label: 'Social value answer',
  };
  return { tabId: 1, frameId: 0, probe };
}

function frameAnswers(reach: Reach, insert: InsertResponse = { status: 'inserted', method: 'execCommand' }) {
  vi.mocked(reachTab).mockResolvedValue(reach);
  vi.mocked(insertInto).mockResolvedValue(insert);
}

function status(): HTMLElement {
  return screen.getByRole('status');
}

async function pressInsert() {
  render(<InsertButton label="Insert indicator wording" content={WORDING} />);
  fireEvent.click(screen.getByRole('button', { name: 'Insert indicator wording' }));
  await waitFor(() => {
    expect(status().textContent).not.toBe('Inserting…');
    expect(status().textContent).not.toBe('');
  });
}

async function clipboardText(): Promise<string> {
  const [item] = await navigator.clipboard.read();
  if (!item) return '';
  return (await item.getType('text/plain')).text();
}

beforeEach(async () => {
  fakeBrowser.reset();
  stubPermissions(['https://portal.example/*']);
  await openWorkPage('https://portal.example/tender/42');
  vi.mocked(reachTab).mockReset();
  vi.mocked(insertInto).mockReset();
  await navigator.clipboard.writeText('');
});
afterEach(() => {
  cleanup();
});

describe('the Insert button', () => {
  it('inserts when the text fits and says where, with the counts', async () => {
    frameAnswers({ state: 'ready', target: target({ max: 2000, unit: 'characters', source: 'label', enforced: false }) });
    await pressInsert();
    expect(status().textContent).toBe('Inserted into the field the page labels “Social value answer”. 50 characters, 7 words. 1,950 of 2,000 characters are left after this insert.');
    expect(insertInto).toHaveBeenCalledWith(expect.objectContaining({ frameId: 0 }), WORDING, false);
    expect(screen.queryByRole('button', { name: 'Copy instead' })).toBeNull();
  });

  it('over a limit the page only states, offers Insert anyway and Copy instead', async () => {
    frameAnswers({ state: 'ready', target: target({ max: 250, unit: 'characters', source: 'label', enforced: false }, 220) });
    await pressInsert();
    expect(status().textContent).toContain('Too long for this field: the text is 50 characters, 7 words. The field’s label sets a limit of 250 characters; 30 characters are left.');
    expect(insertInto).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Copy instead' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Insert anyway' }));
    await waitFor(() => {
      expect(status().textContent).toMatch(/^Inserted into the field the page labels “Social value answer”\./);
    });
    // Only now, and only because the officer chose it, past the limit.
    expect(insertInto).toHaveBeenCalledTimes(1);
    expect(insertInto).toHaveBeenCalledWith(expect.objectContaining({ frameId: 0 }), WORDING, true);
  });

  it('over a limit the browser enforces, offers only Copy instead, and says why', async () => {
    frameAnswers({ state: 'ready', target: target({ max: 40, unit: 'characters', source: 'maxlength', enforced: true }) });
    await pressInsert();
    expect(status().textContent).toContain('The field allows 40 characters; 40 characters are left.');
    expect(status().textContent).toContain('The field would cut the text off at its limit, so it was not inserted.');
    expect(screen.queryByRole('button', { name: 'Insert anyway' })).toBeNull();
    expect(insertInto).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Copy instead' }));
    await waitFor(() => {
      expect(status().textContent).toBe('Copied. Click where the text should go and press Ctrl+V.');
    });
    expect(await clipboardText()).toBe(WORDING.text);
  });

  it('counts words against a limit in words', async () => {
    frameAnswers({ state: 'ready', target: target({ max: 10, unit: 'words', source: 'label', enforced: false }, 4) });
    await pressInsert();
    expect(status().textContent).toContain('Too long for this field');
    expect(status().textContent).toContain('limit of 10 words; 6 words are left.');
  });

  it('copies instead when the editor cannot take text from an extension, and says which editor', async () => {
    frameAnswers({ state: 'ready', target: target() }, { status: 'needs-paste', kind: 'google-docs' });
    await pressInsert();
    expect(status().textContent).toBe(
      'Google Docs does not accept text from extensions, so the text is copied instead: click back where it should go and press Ctrl+V.',
    );
    expect(await clipboardText()).toBe(WORDING.text);
  });

  it('says there is nowhere to insert when no frame holds a caret, and copies nothing', async () => {
    frameAnswers({ state: 'no-target' });
    await pressInsert();
    expect(status().textContent).toMatch(/^Nothing was inserted: there is no field with a cursor on the page\./);
    expect(screen.queryByRole('button', { name: 'Copy instead' })).toBeNull();
    expect(await clipboardText()).toBe('');
  });

  it('asks for a frame from another site by name, and offers Copy instead', async () => {
    frameAnswers({ state: 'needs-frame-access', origin: 'https://forms.example', pattern: 'https://forms.example/*' });
    await pressInsert();
    expect(status().textContent).toContain('The field is inside a part of the page from another site (https://forms.example).');
    expect(screen.getByRole('button', { name: 'Allow access to https://forms.example' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy instead' })).toBeTruthy();
  });
});
