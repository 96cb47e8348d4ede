/**
 * The panel's side of insertion, free of React: find the tab, make sure we
 * may reach it, inject the content script into its frames (only now, on the
 * first Insert), ask each frame whether it holds the caret, and ask that one
 * frame to insert. Every answer from the page is validated.
 */
import { browser } from 'wxt/browser';
import type { RenderedWording } from '../../framework/render-wording';
import { askFrame } from '../../entrypoints/content/contract/messaging';
import { newPageChannel, pageWorldInsert } from '../../entrypoints/content/contract/page-world';
import { editorScript, type EditorPart, type InsertResponse, type ProbeResponse } from '../../entrypoints/content/contract/protocol';
import { injectIntoTab } from './inject-tab';
import { findTargetTab, originPattern, type TabInfo } from './target-tab';

export interface FrameTarget {
  tabId: number;
  frameId: number;
  probe: ProbeResponse;
}

/** Why the panel cannot insert, or what it found. */
export type Reach =
  | { state: 'ready'; target: FrameTarget }
  /** No tab, or the page has no field with a caret. */
  | { state: 'no-target' }
  /** A browser page, extension gallery or PDF: extensions may not change it. */
  | { state: 'restricted' }
  /** The officer did not allow access to this site (or we could not tell which site it is). */
  | { state: 'denied'; origin?: string }
  /** The caret is in a frame from another site that needs access of its own. */
  | { state: 'needs-frame-access'; origin: string; pattern: string };

async function probeFrame(tabId: number, frameId: number): Promise<FrameTarget | undefined> {
  const probe = await askFrame(tabId, frameId, 'probe', {});
  return probe ? { tabId, frameId, probe } : undefined;
}

/**
 * The frame that last held the caret: the most recent activity wins; when
 * the script has only just arrived (no activity seen), the focused frame,
 * then the top frame.
 */
export function pickFrame(frames: FrameTarget[]): FrameTarget | undefined {
  const candidates = frames.filter((frame) => frame.probe.hasTarget);
  candidates.sort(
    (a, b) =>
      b.probe.lastActiveAt - a.probe.lastActiveAt ||
      Number(b.probe.focused) - Number(a.probe.focused) ||
      Number(b.probe.isTop) - Number(a.probe.isTop),
  );
  return candidates[0];
}

/** Finds where to insert in `tab`, injecting the content script if needed. */
export async function reachTab(tab: TabInfo | undefined): Promise<Reach> {
  const injection = await injectIntoTab(tab);
  if (injection.state !== 'injected') return injection;
  const { tabId } = injection;
  const frames = (await Promise.all(injection.frameIds.map((frameId) => probeFrame(tabId, frameId)))).filter(
    (frame): frame is FrameTarget => frame !== undefined,
  );
  const target = pickFrame(frames);
  if (target) return { state: 'ready', target };
  const blocked = frames.find((frame) => frame.probe.blockedFrameOrigin)?.probe.blockedFrameOrigin;
  const pattern = blocked ? originPattern(blocked) : undefined;
  if (blocked && pattern) return { state: 'needs-frame-access', origin: blocked, pattern };
  return { state: 'no-target' };
}

/** Finds the target tab and frame. Call `requestSiteAccess` first, within the click. */
export async function reachTarget(): Promise<Reach> {
  return reachTab(await findTargetTab());
}

/**
 * Starts the page-world function in the inserting frame for this one
 * insertion; `undefined` when the page's world cannot be reached (the
 * adapter then falls back to DOM techniques).
 */
async function startPageWorld(tabId: number, frameId: number): Promise<string | undefined> {
  const channel = newPageChannel();
  try {
    // The page's own world: editors' APIs live there. Chromium and Firefox 128+ support world MAIN.
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, world: 'MAIN', func: pageWorldInsert, args: [channel] });
    return channel;
  } catch {
    return undefined;
  }
}

/**
 * Injects the part of the content script that holds the techniques of the
 * editor the frame found (the core has only its signs): a second
 * `executeScript` of an extension file, never a web-accessible resource a
 * page could probe for. False when the frame cannot be reached.
 */
async function loadEditorPart(tabId: number, frameId: number, part: EditorPart): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [editorScript(part)] });
    return true;
  } catch {
    return false;
  }
}

/** Asks the frame to insert, first bringing in the editor's part when the frame has not got it yet. */
export async function insertInto(target: FrameTarget, wording: RenderedWording, allowOverLimit: boolean): Promise<InsertResponse> {
  const { tabId, frameId } = target;
  const { loadEditor, needsPageWorld } = target.probe;
  const [loaded, pageChannel] = await Promise.all([
    loadEditor ? loadEditorPart(tabId, frameId, loadEditor) : true,
    needsPageWorld ? startPageWorld(tabId, frameId) : undefined,
  ]);
  if (!loaded) return { status: 'failed', kind: target.probe.kind };
  return (await askFrame(tabId, frameId, 'insert', { wording, allowOverLimit, pageChannel })) ?? { status: 'failed' };
}
