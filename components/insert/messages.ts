/** What the panel says about an insertion, in plain UK English. */
import type { EditorKind } from '../../entrypoints/content/contract/protocol';

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
  frameAccess: (origin: string) =>
    `The field is inside a part of the page from another site (${origin}). Allow access to that site to insert there, or copy the text instead.`,
  needsPaste: (kind: EditorKind | undefined, keys: string) =>
    `${editorName(kind)} does not accept text from extensions, so the text is copied instead: click back where it should go and press ${keys}.`,
  failed: (keys: string) => `The text could not be inserted into this field, so it is copied instead: click in the field and press ${keys}.`,
  copyFailed: 'Copying failed as well: select the wording in the panel and copy it by hand.',
  copied: (keys: string) => `Copied. Click where the text should go and press ${keys}.`,
  enforcedOver: 'The field would cut the text off at its limit, so it was not inserted. You can copy it and shorten it first.',
  inserted: (label: string | undefined) => (label ? `Inserted into “${label}”.` : 'Inserted.'),
};
