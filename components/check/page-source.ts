/**
 * Where a checked text came from, and the page side of the check: read the
 * selection or the whole page from every frame of the tab (injecting the
 * content script as insertion does), join the pieces into one text with a
 * map back to each frame, and "Show in page" for a piece of evidence.
 */
import { browser } from 'wxt/browser';
import type { Evidence } from '../../framework';
import { askFrame } from '../../entrypoints/content/contract/messaging';
import { EVIDENCE_CSS, type PageTextResponse } from '../../entrypoints/content/contract/protocol';
import { injectIntoTab } from '../insert/inject-tab';
import { requestSiteAccess, hasSiteAccess, revokeSiteAccess } from '../insert/site-access';
import { cachedTargetTab, findTargetTab, originPattern } from '../insert/target-tab';

/** One frame's document inside the joined text: [start, end) offsets. */
export interface PagePiece {
  tabId: number;
  frameId: number;
  path: number[];
  start: number;
  end: number;
}

export interface PageSource {
  text: string;
  pieces: PagePiece[];
  truncated: boolean;
  /** Origins of shown frames from other sites whose text was not read (no access to them yet): not checked. */
  unreadFrames: string[];
}

export type PageRead =
  | { state: 'ok'; source: PageSource }
  | { state: 'empty'; scope: 'selection' | 'page'; unreadFrames: string[] }
  | { state: 'canvas' }
  | { state: 'restricted' }
  | { state: 'denied' }
  | { state: 'no-target' };

/** Between two frames' texts: a paragraph break, so no sentence runs across frames. */
const JOIN = '\n\n';

/** Joins the frames' answers in frame order, each document once (a child editor frame can answer for itself and through its parent). */
export function joinPieces(answers: { tabId: number; frameId: number; response: PageTextResponse }[]): PageSource {
  let text = '';
  const pieces: PagePiece[] = [];
  const seen = new Set<string>();
  let truncated = false;
  for (const { tabId, frameId, response } of answers) {
    truncated ||= response.truncated;
    for (const segment of response.segments) {
      const key = segment.text.trim();
      if (!key || seen.has(key)) continue;
      seen.add(key);
      if (text) text += JOIN;
      pieces.push({ tabId, frameId, path: segment.path, start: text.length, end: text.length + segment.text.length });
      text += segment.text;
    }
  }
  return { text, pieces, truncated, unreadFrames: unreadFrames(answers.map((a) => a.response)) };
}

/**
 * The frames of other sites the page shows but that did not answer: the
 * origins parents saw in their iframes' addresses, less the origins of the
 * frames whose script did answer (so the browser let it in).
 */
export function unreadFrames(responses: readonly PageTextResponse[]): string[] {
  const answered = new Set(responses.map((r) => r.origin));
  const unread = new Set(responses.flatMap((r) => r.frameOrigins ?? []).filter((origin) => !answered.has(origin) && originPattern(origin)));
  return [...unread];
}

/** The frame piece a piece of evidence lies in. */
export function pieceOf(source: PageSource, evidence: Evidence): PagePiece | undefined {
  return source.pieces.find((piece) => evidence.start >= piece.start && evidence.start < piece.end);
}

/** Asks for access to the target tab's site within the officer's click, as insertion does. */
function askAccessInClick(): Promise<boolean> | undefined {
  const tab = cachedTargetTab();
  const pattern = tab?.url ? originPattern(tab.url) : undefined;
  return tab?.url && pattern && !hasSiteAccess(tab.url) ? requestSiteAccess(pattern) : undefined;
}

/** Reads the selection or the whole page of the tab the officer is working in. Call from the click. */
export function readPage(scope: 'selection' | 'page'): Promise<PageRead> {
  const access = askAccessInClick();
  return (async () => {
    if (access && !(await access.catch(() => false))) return { state: 'denied' };
    const injection = await injectIntoTab(await findTargetTab(), 'page-text');
    if (injection.state !== 'injected') return injection;
    const { tabId } = injection;
    const answers = await Promise.all(
      injection.frameIds.map(async (frameId) => {
        const response = await askFrame(tabId, frameId, 'pageText', { scope });
        return response ? { tabId, frameId, response } : undefined;
      }),
    );
    const present = answers.filter((a): a is NonNullable<typeof a> => a !== undefined);
    present.sort((a, b) => Number(b.response.isTop) - Number(a.response.isTop) || a.frameId - b.frameId);
    // Google Docs: the page's text is its menus and toolbar, never the document, so checking it would mislead.
    if (present.some((a) => a.response.canvasDocument)) return { state: 'canvas' };
    const source = joinPieces(present);
    if (!source.text.trim()) return { state: 'empty', scope, unreadFrames: source.unreadFrames };
    return { state: 'ok', source };
  })();
}

/**
 * "Allow access to …" for a frame the check could not read: asks for its
 * site (call from the click), reads the page again and keeps the access only
 * if a frame of that site then answered (the address was the page's word,
 * as insertion checks). `kept` false: access was given back.
 */
export function allowFrameThenRead(origin: string, scope: 'selection' | 'page'): Promise<{ read: PageRead; kept: boolean }> {
  const pattern = originPattern(origin);
  const hadAccess = hasSiteAccess(`${origin}/`);
  const access = pattern ? requestSiteAccess(pattern) : Promise.resolve(false);
  return (async () => {
    const granted = await access;
    const read = await readPage(scope);
    const unread = read.state === 'ok' ? read.source.unreadFrames : read.state === 'empty' ? read.unreadFrames : [];
    const kept = granted && !unread.includes(origin);
    if (granted && !kept && !hadAccess && pattern) await revokeSiteAccess(pattern).catch(() => false);
    return { read, kept };
  })();
}

/** Scrolls the page to a sentence and highlights it. Resolves false when the sentence is no longer there. */
export async function showInPage(source: PageSource, evidence: Evidence): Promise<boolean> {
  const piece = pieceOf(source, evidence);
  if (!piece) return false;
  try {
    await browser.scripting.insertCSS({ target: { tabId: piece.tabId, frameIds: [piece.frameId] }, css: EVIDENCE_CSS });
  } catch {
    // The style is a nicety: the sentence is still scrolled to.
  }
  const answer = await askFrame(piece.tabId, piece.frameId, 'showEvidence', { path: piece.path, quote: evidence.quote });
  return answer?.found ?? false;
}
