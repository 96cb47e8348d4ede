import { describe, expect, it } from 'vitest';
import { pickFrame, type FrameTarget } from '../../components/insert/insert-client';
import { isRestrictedUrl, originPattern } from '../../components/insert/target-tab';
import { parseResponse, type ProbeResponse } from '../../entrypoints/content/contract/protocol';

function frame(frameId: number, probe: Partial<ProbeResponse>): FrameTarget {
  return { tabId: 1, frameId, probe: { hasTarget: true, lastActiveAt: 0, focused: false, isTop: false, needsPageWorld: false, ...probe } };
}

describe('choosing the frame that inserts', () => {
  it('takes the frame where the officer worked last', () => {
    expect(pickFrame([frame(0, { lastActiveAt: 100, isTop: true }), frame(3, { lastActiveAt: 200 })])?.frameId).toBe(3);
  });

  it('ignores frames without a field', () => {
    expect(pickFrame([frame(0, { hasTarget: false, lastActiveAt: 900 }), frame(4, { lastActiveAt: 1 })])?.frameId).toBe(4);
    expect(pickFrame([frame(0, { hasTarget: false })])).toBeUndefined();
  });

  it('just after injection (no activity seen), prefers the focused frame, then the top frame', () => {
    expect(pickFrame([frame(0, { isTop: true }), frame(2, { focused: true })])?.frameId).toBe(2);
    expect(pickFrame([frame(5, {}), frame(0, { isTop: true })])?.frameId).toBe(0);
  });
});

describe('sites', () => {
  it('asks for the whole site, any port', () => {
    expect(originPattern('https://portal.example.gov.uk:8443/tender/1?x=2')).toBe('https://portal.example.gov.uk/*');
    expect(originPattern('chrome://extensions')).toBeUndefined();
  });

  it('knows the pages no extension may change', () => {
    expect(isRestrictedUrl('chrome://settings')).toBe(true);
    expect(isRestrictedUrl('https://chromewebstore.google.com/detail/x')).toBe(true);
    expect(isRestrictedUrl('https://example.org/spec.pdf')).toBe(true);
    expect(isRestrictedUrl('https://in-tend.example/answer')).toBe(false);
    // Unknown (no access yet) is not the same as forbidden.
    expect(isRestrictedUrl(undefined)).toBe(false);
  });
});

describe('messages from the page are validated', () => {
  it('rejects malformed or foreign answers', () => {
    expect(parseResponse('probe', { hasTarget: 'yes' })).toBeUndefined();
    expect(parseResponse('insert', { status: 'done' })).toBeUndefined();
    expect(parseResponse('insert', { status: 'inserted', method: 'paste event (text)' })?.status).toBe('inserted');
  });
});
