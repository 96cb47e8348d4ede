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
import type { InsertResponse, ProbeResponse } from '../../entrypoints/content/contract/protocol';
import { findTargetTab, isRestrictedUrl, originPattern, type TabInfo } from './target-tab';

const CONTENT_SCRIPT = '/insertion.js';

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

/** Chrome's wording when a page is off limits to every extension (as opposed to lacking a grant). */
function isRestrictedError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /cannot be scripted|extensions gallery|(chrome|edge|about|devtools|chrome-extension|moz-extension|view-source):/i.test(message);
}

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
  if (tab?.id === undefined) return { state: 'no-target' };
  if (isRestrictedUrl(tab.url)) return { state: 'restricted' };
  const tabId = tab.id;
  let injected: { frameId: number }[];
  try {
    injected = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT] });
  } catch (error) {
    if (isRestrictedError(error)) return { state: 'restricted' };
    return tab.url === undefined || /permission|cannot access/i.test(String(error)) ? { state: 'denied' } : { state: 'no-target' };
  }
  const frames = (await Promise.all(injected.map(({ frameId }) => probeFrame(tabId, frameId)))).filter(
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

/** Asks the frame to insert. */
export async function insertInto(target: FrameTarget, wording: RenderedWording, allowOverLimit: boolean): Promise<InsertResponse> {
  const { tabId, frameId } = target;
  const pageChannel = target.probe.needsPageWorld ? await startPageWorld(tabId, frameId) : undefined;
  return (await askFrame(tabId, frameId, 'insert', { wording, allowOverLimit, pageChannel })) ?? { status: 'failed' };
}
