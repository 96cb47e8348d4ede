/**
 * What happens when the officer presses Insert, free of React: ask for the
 * site (inside the click), find the field, check its limit, insert, and
 * describe the outcome as a `View` for the button's status region.
 */
import type { RenderedWording } from '../../framework/render-wording';
import type { InsertResponse } from '../../entrypoints/content/contract/protocol';
import { copyRich } from '../shared/clipboard';
import { insertInto, reachTab, type FrameTarget, type Reach } from './insert-client';
import { checkLimit, describeAfterInsert } from './limit-check';
import { MESSAGES, pasteKeys } from './messages';
import { hasSiteAccess, requestSiteAccess, revokeSiteAccess } from './site-access';
import { cachedTargetTab, findTargetTab, originPattern } from './target-tab';

export type View =
  | { kind: 'idle' }
  | { kind: 'working' }
  | {
      kind: 'message';
      text: string;
      problem: boolean;
      offerCopy?: boolean;
      /** The technique that worked and the time from click to verified text (for the benchmark and support). */
      method?: string;
      elapsedMs?: number;
    }
  | { kind: 'over-limit'; summary: string; enforced: boolean; target: FrameTarget }
  | { kind: 'frame-access'; origin: string; pattern: string };

export type ShowView = (view: View) => void;

/** Copies instead of inserting and says what to press; `lead` says why. */
export async function copyInstead(content: RenderedWording, show: ShowView, lead?: string): Promise<void> {
  try {
    await copyRich(content);
    show({ kind: 'message', text: lead ?? MESSAGES.copied(pasteKeys()), problem: lead !== undefined });
  } catch {
    show({ kind: 'message', text: `${lead ? `${lead} ` : ''}${MESSAGES.copyFailed}`, problem: true });
  }
}

async function report(result: InsertResponse, target: FrameTarget, content: RenderedWording, show: ShowView, clickedAt: number): Promise<void> {
  const keys = pasteKeys();
  switch (result.status) {
    case 'inserted': {
      const summary = describeAfterInsert(content.text, target.probe.limit, target.probe.used);
      const elapsedMs = Math.round((performance.now() - clickedAt) * 10) / 10;
      show({ kind: 'message', text: `${MESSAGES.inserted(target.probe.label)} ${summary}`, problem: false, method: result.method, elapsedMs });
      return;
    }
    case 'no-target':
      show({ kind: 'message', text: MESSAGES.noTarget, problem: true });
      return;
    case 'over-limit': {
      const check = checkLimit(content.text, target.probe.limit, target.probe.used);
      show({ kind: 'over-limit', summary: check.summary, enforced: check.enforced, target });
      return;
    }
    case 'needs-paste':
      await copyInstead(content, show, MESSAGES.needsPaste(result.kind, keys));
      return;
    case 'failed':
      await copyInstead(content, show, MESSAGES.failed(keys));
      return;
  }
}

async function insertAt(target: FrameTarget, content: RenderedWording, allowOverLimit: boolean, show: ShowView, clickedAt: number): Promise<void> {
  const result = await insertInto(target, content, allowOverLimit);
  await report(result, target, content, show, clickedAt);
}

/** Access asked for a frame's site on the page's word (its address): kept only if the field is really there. */
interface FrameClaim {
  pattern: string;
  origin: string;
  /** Access was there before it was asked for, so it is not the claim's to give back. */
  hadAccess: boolean;
}

/**
 * Whether the frame reached after access was granted for `claim` is on that
 * site (its own `location.origin`, not an address the page wrote):
 * 'holds', 'refuse' (something else was reached, or the same frame still
 * needs access: it is not on that site), or 'none' (nothing reached; said
 * the usual way).
 */
export function judgeClaim(claim: Pick<FrameClaim, 'pattern'>, reach: Reach): 'holds' | 'refuse' | 'none' {
  if (reach.state === 'ready') {
    const origin = reach.target.probe.origin;
    return origin && originPattern(origin) === claim.pattern ? 'holds' : 'refuse';
  }
  return reach.state === 'needs-frame-access' ? 'refuse' : 'none';
}

/** On a claim that does not hold, gives back the access just granted and says so. */
async function claimHolds(claim: FrameClaim, reach: Reach, show: ShowView): Promise<boolean> {
  if (judgeClaim(claim, reach) !== 'refuse') return true;
  if (!claim.hadAccess) await revokeSiteAccess(claim.pattern).catch(() => false);
  show({ kind: 'message', text: MESSAGES.frameMismatch(claim.origin), problem: true, offerCopy: true });
  return false;
}

async function run(
  content: RenderedWording,
  show: ShowView,
  access: Promise<boolean> | undefined,
  askedFor: string | undefined,
  clickedAt: number,
  claim?: FrameClaim,
): Promise<void> {
  show({ kind: 'working' });
  const granted = access ? await access : true;
  const tab = await findTargetTab();
  const pattern = tab?.url ? originPattern(tab.url) : undefined;
  // The tab changed since the cache was filled: ask for the right site (Chrome still counts the click).
  const allowed = tab?.url && pattern && pattern !== askedFor && !hasSiteAccess(tab.url) ? await requestSiteAccess(pattern) : granted;
  if (!allowed) {
    show({ kind: 'message', text: MESSAGES.denied, problem: true, offerCopy: true });
    return;
  }
  const reach = await reachTab(tab);
  if (claim && !(await claimHolds(claim, reach, show))) return;
  switch (reach.state) {
    case 'no-target':
      show({ kind: 'message', text: MESSAGES.noTarget, problem: true });
      return;
    case 'restricted':
      await copyInstead(content, show, MESSAGES.restricted(pasteKeys()));
      return;
    case 'denied':
      show({ kind: 'message', text: tab?.url ? MESSAGES.denied : MESSAGES.siteUnknown, problem: true, offerCopy: true });
      return;
    case 'needs-frame-access':
      show({ kind: 'frame-access', origin: reach.origin, pattern: reach.pattern });
      return;
    case 'ready': {
      const check = checkLimit(content.text, reach.target.probe.limit, reach.target.probe.used);
      if (!check.fits) {
        show({ kind: 'over-limit', summary: check.summary, enforced: check.enforced, target: reach.target });
        return;
      }
      await insertAt(reach.target, content, false, show, clickedAt);
    }
  }
}

function onError(content: RenderedWording, show: ShowView) {
  return (error: unknown) => {
    console.error('Social Value Assistant: insertion failed', error);
    void copyInstead(content, show, MESSAGES.failed(pasteKeys()));
  };
}

/** The Insert click. Asks for the site synchronously, inside the click: Firefox refuses later. */
export function insertFromClick(content: RenderedWording, show: ShowView): void {
  const clickedAt = performance.now();
  const cached = cachedTargetTab();
  const pattern = cached?.url ? originPattern(cached.url) : undefined;
  const access = cached?.url && pattern && !hasSiteAccess(cached.url) ? requestSiteAccess(pattern) : undefined;
  run(content, show, access, pattern, clickedAt).catch(onError(content, show));
}

/** "Insert anyway", after a limit the browser does not enforce. */
export function insertAnyway(target: FrameTarget, content: RenderedWording, show: ShowView): void {
  const clickedAt = performance.now();
  show({ kind: 'working' });
  insertAt(target, content, true, show, clickedAt).catch(onError(content, show));
}

/** "Allow access to …" for a field in a frame from another site; the frame's real origin is checked once it can be reached. */
export function allowFrameThenInsert(origin: string, pattern: string, content: RenderedWording, show: ShowView): void {
  const clickedAt = performance.now();
  const claim: FrameClaim = { pattern, origin, hadAccess: hasSiteAccess(`${origin}/`) };
  const access = requestSiteAccess(pattern);
  run(content, show, access, undefined, clickedAt, claim).catch(onError(content, show));
}
