/**
 * What the panel says about an insertion, in plain UK English. Words taken
 * from the page (a field's label) are the page's, not the extension's: they
 * are only ever shown short, quoted, with invisible and bidi characters
 * written out, after words that say whose they are (`pageWords`).
 */
import { cutForMessage } from '../../framework';
import type { EditorKind } from '../../entrypoints/content/contract/protocol';

/** Longest label from a page the panel quotes: enough to recognise a field, too short to carry instructions. */
export const MAX_PAGE_WORDS = 40;

/** Text from the page, as the panel quotes it: “cut short…”. */
export function pageWords(text: string): string {
  // Quotation marks inside become apostrophes, so the page's words cannot close the quote and go on as ours.
  const plain = text.replace(/\s+/g, ' ').trim().replace(/["“”„‟«»〝〞＂]/g, "'");
  return `“${cutForMessage(plain, MAX_PAGE_WORDS)}”`;
}

/** The paste keys on this computer. */
export function pasteKeys(): string {
  return /Mac|iPhone|iPad/i.test(navigator.userAgent) ? '⌘V' : 'Ctrl+V';
}

const EDITOR_NAMES: Partial<Record<EditorKind, string>> = {
  'google-docs': 'Google Docs',
  'word-online': 'Word for the web',
};

export function editorName(kind: EditorKind | undefined): string {
  return (kind && EDITOR_NAMES[kind]) ?? 'This editor';
}

export const MESSAGES = {
  working: 'Inserting…',
  noTarget: 'Nothing was inserted: there is no field with a cursor on the page. Click in the box or document where the text should go, then press Insert again.',
  restricted: (keys: string) =>
    `This page does not let extensions change it (browser pages, extension stores and PDFs are protected), so nothing was inserted. The text is copied: click where it should go and press ${keys}.`,
  denied: 'Nothing was inserted: Social Value Assistant needs your permission to insert on this site. Press Insert again and choose Allow, or copy the text instead.',
  // The browser hides the address of a tab the extension was not invoked on (no activeTab), so there is no site to ask for.
  siteUnknown:
    'Nothing was inserted: Social Value Assistant cannot see which site this tab is on, so it cannot ask for access. While on the page, press the Social Value Assistant toolbar button (or Alt+Shift+S), then press Insert again; or copy the text instead.',
  frameAccess: (origin: string) =>
    `The field is inside a part of the page from another site (${origin}). Allow access to that site to insert there, or copy the text instead.`,
  needsPaste: (kind: EditorKind | undefined, keys: string) =>
    `${editorName(kind)} does not accept text from extensions, so the text is copied instead: click back where it should go and press ${keys}.`,
  failed: (keys: string) => `The text could not be inserted into this field, so it is copied instead: click in the field and press ${keys}.`,
  copyFailed: 'Copying failed as well: select the wording in the panel and copy it by hand.',
  copied: (keys: string) => `Copied. Click where the text should go and press ${keys}.`,
  enforcedOver: 'The field would cut the text off at its limit, so it was not inserted. You can copy it and shorten it first.',
  frameMismatch: (origin: string) =>
    `Nothing was inserted: the part of the page holding the cursor is not from ${origin}, as the page's address for it said, so access to that site has been given back. Click in the field and press Insert again, or copy the text instead.`,
  /** `label` is the page's own name for the field: quoted, and said to be the page's. */
  inserted: (label: string | undefined) => (label?.trim() ? `Inserted into the field the page labels ${pageWords(label)}.` : 'Inserted.'),
};
