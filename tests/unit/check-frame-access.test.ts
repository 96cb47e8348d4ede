/**
 * "Allow access to …" for a frame of another site the check could not read:
 * the access asked for is kept only when a frame of that site then answers
 * (the site came from the page's own address for the frame, which a page
 * may write to mislead); otherwise it is given back at once. The frames are
 * stubbed where the panel meets them (injection and the contract's
 * askFrame); the browser is WXT's fake one.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageTextResponse } from '../../entrypoints/content/contract/protocol';
import { askFrame } from '../../entrypoints/content/contract/messaging';
import { injectIntoTab } from '../../components/insert/inject-tab';
import { allowFrameThenRead } from '../../components/check/page-source';
import { openWorkPage, stubPermissions } from './components/browser-stubs';

vi.mock('../../components/insert/inject-tab', () => ({ injectIntoTab: vi.fn() }));
vi.mock('../../entrypoints/content/contract/messaging', () => ({ askFrame: vi.fn() }));

const PORTAL = 'https://portal.example.gov.uk';
const DOCS = 'https://docs.example.com';

const top: PageTextResponse = {
  segments: [{ path: [], text: 'Question 4. Every member of staff will be paid the Real Living Wage.' }],
  isTop: true,
  canvasDocument: false,
  truncated: false,
  origin: PORTAL,
  frameOrigins: [DOCS],
};
const framed = (origin: string): PageTextResponse => ({
  segments: [{ path: [], text: 'We will create 4 apprenticeships on the contract.' }],
  isTop: false,
  canvasDocument: false,
  truncated: false,
  origin,
  frameOrigins: [],
});

/** The frames that answer once the script is in: the top page, and the frame if the browser let the script in. */
function frames(...answers: PageTextResponse[]): void {
  vi.mocked(injectIntoTab).mockResolvedValue({ state: 'injected', tabId: 1, frameIds: answers.map((_, i) => i) });
  vi.mocked(askFrame).mockImplementation((_tab, frameId) => Promise.resolve(answers[frameId]));
}

beforeEach(async () => {
  fakeBrowser.reset();
  await openWorkPage(`${PORTAL}/evaluation/42`);
});

afterEach(() => {
  vi.clearAllMocks();
});

describe('allowing a frame of another site', () => {
  it('keeps the access when a frame of that site answers, and reads its text with the page', async () => {
    stubPermissions([], true);
    frames(top, framed(DOCS));
    const { read, kept } = await allowFrameThenRead(DOCS, 'page');
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://docs.example.com/*'] });
    expect(kept).toBe(true);
    expect(read.state === 'ok' && read.source.text).toContain('We will create 4 apprenticeships');
    expect(read.state === 'ok' && read.source.unreadFrames).toEqual([]);
  });

  it('gives the access back when no frame of that site answers (the page’s address for it was not true)', async () => {
    stubPermissions([], true);
    const remove = vi.fn(() => Promise.resolve(true));
    Object.assign(fakeBrowser.permissions, { remove });
    frames(top, framed('https://elsewhere.example.net'));
    const { kept } = await allowFrameThenRead(DOCS, 'page');
    expect(kept).toBe(false);
    expect(remove).toHaveBeenCalledWith({ origins: ['https://docs.example.com/*'] });
  });

  it('reads the page as it was when the officer says no, giving nothing back', async () => {
    stubPermissions([]);
    const remove = vi.fn(() => Promise.resolve(true));
    // The portal itself was allowed before; the frame's site is refused.
    const request = vi.fn(({ origins }: { origins: string[] }) => Promise.resolve(origins[0] === `${PORTAL}/*`));
    Object.assign(fakeBrowser.permissions, { remove, request });
    frames(top);
    const { read, kept } = await allowFrameThenRead(DOCS, 'page');
    expect(request).toHaveBeenCalledWith({ origins: ['https://docs.example.com/*'] });
    expect(kept).toBe(false);
    expect(remove).not.toHaveBeenCalled();
    expect(read.state === 'ok' && read.source.unreadFrames).toEqual([DOCS]);
  });
});
