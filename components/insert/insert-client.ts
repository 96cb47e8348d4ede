/**
 * The panel's side of insertion, free of React: find the tab, make sure we
 * may reach it, inject the content script into its frames (only now, on the
 * first Insert), ask each frame whether it holds the caret, and ask that one
 * frame to insert. Every answer from the page is validated.
 */
import { browser } from 'wxt/browser';
import {
  MESSAGE,
  parseInsertResponse,
  parseProbeResponse,
  type InsertRequest,
  type ProbeResponse,
  type InsertResponse,
} from '../../entrypoints/content/protocol';
import { findTargetTab, isRestrictedUrl, originPattern, type TabInfo } from './target-tab';

const CONTENT_SCRIPT = '/content-scripts/content.js';
const PAGE_WORLD_SCRIPT = '/page-world.js';

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
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, { type: MESSAGE.probe }, { frameId });
    const probe = parseProbeResponse(answer);
    return probe ? { tabId, frameId, probe } : undefined;
  } catch {
    return undefined; // the frame went away or has no listener
  }
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

/** Asks the frame to insert. The page-world helper goes in first when the editor's API needs it. */
export async function insertInto(target: FrameTarget, content: { text: string; html: string }, allowOverLimit: boolean): Promise<InsertResponse> {
  const { tabId, frameId } = target;
  if (target.probe.needsPageWorld) {
    // The page's own world: editors' APIs live there. Chromium and Firefox 128+ support world MAIN.
    await browser.scripting
      .executeScript({ target: { tabId, frameIds: [frameId] }, files: [PAGE_WORLD_SCRIPT], world: 'MAIN' })
      .catch(() => undefined); // without it the adapter falls back to DOM techniques
  }
  const request: InsertRequest = { type: MESSAGE.insert, text: content.text, html: content.html, allowOverLimit };
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, request, { frameId });
    return parseInsertResponse(answer) ?? { status: 'failed' };
  } catch {
    return { status: 'failed' };
  }
}
