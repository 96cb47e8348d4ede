// @vitest-environment happy-dom
/**
 * The contract's edges: a page listening for one push hears no other
 * message, even a well-formed request; a push from another extension or a
 * frame without a tab is dropped; a frame's answer to the page-world bridge
 * must be a string of valid JSON in the answer's shape.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askFrame, onPush, push } from '../../entrypoints/content/contract/messaging';
import { ANSWER_SUFFIX } from '../../entrypoints/content/contract/page-world';
import { envelope } from '../../entrypoints/content/contract/protocol';
import { callPageWorld } from '../../entrypoints/content/page-bridge';

const send = (message: unknown, from: Browser.runtime.MessageSender) =>
  fakeBrowser.runtime.onMessage.trigger(message, from, () => undefined) as unknown as Promise<unknown[]>;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('pushes', () => {
  it('reach only the listener for their name, from a tab of this extension', async () => {
    const seen = vi.fn();
    onPush('targetChanged', seen);
    const fromTab = { id: fakeBrowser.runtime.id, tab: { id: 4 } } as Browser.runtime.MessageSender;
    await send(envelope('probe', {}), fromTab);
    await send({ name: 'targetChanged', data: { hasTarget: true } }, fromTab);
    await send(envelope('targetChanged', { hasTarget: true }), { ...fromTab, id: 'another-extension' });
    expect(seen).not.toHaveBeenCalled();
    await send(envelope('targetChanged', { hasTarget: true }), fromTab);
    // A frame that does not say which it is counts as the top frame.
    expect(seen).toHaveBeenCalledWith({ hasTarget: true }, { tabId: 4, frameId: 0 });
  });

  it('are sent in the contract’s envelope', () => {
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    push('targetChanged', { hasTarget: false });
    expect(sendMessage).toHaveBeenCalledWith(envelope('targetChanged', { hasTarget: false }));
  });
});

describe('asking a frame', () => {
  it('asks that one frame, in the envelope, and has no answer when the frame is gone', async () => {
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('No frame with id 9'));
    expect(await askFrame(2, 9, 'probe', {})).toBeUndefined();
    expect(sendMessage).toHaveBeenCalledWith(2, envelope('probe', {}), { frameId: 9 });
  });
});

describe('the page-world bridge', () => {
  let calls = 0;

  /** A page that answers `detail` on a fresh channel; calling the result sends the request from an element. */
  function answering(detail: unknown): () => ReturnType<typeof callPageWorld> {
    document.body.innerHTML = '<div id="editor"></div>';
    const editor = document.getElementById('editor');
    if (!editor) throw new Error('no editor');
    calls += 1;
    const channel = `sva-test-${String(calls)}`;
    document.addEventListener(channel, (event) => {
      event.target?.dispatchEvent(new CustomEvent(`${channel}${ANSWER_SUFFIX}`, { detail }));
    });
    return () => callPageWorld(editor, channel, { op: 'quill', text: 'x', html: 'x' });
  }

  it('reaches a listener on the document from the element, and ignores answers that are not text', () => {
    expect(answering('{"ok":true}')()).toEqual({ ok: true });
    expect(answering({ ok: true })()).toBeUndefined();
  });

  it('calls unreadable and misshapen answers failures, with the reason', () => {
    expect(answering('{not json')()).toEqual({ ok: false, reason: 'unreadable answer' });
    expect(answering('{"ok":"yes"}')()).toEqual({
      ok: false,
      reason: 'malformed answer',
    });
  });
});
