/**
 * Every adapter, most specific first: the first that matches the target
 * handles it. Text fields and any other contenteditable the core serves
 * itself; the named editors are signs here (how to recognise them), their
 * techniques arriving in a part of their own (parts.ts) when the panel
 * injects it after the core reports the editor.
 */
import { editorTechniques } from '../parts';
import { ckeditor4Sign } from './ckeditor4';
import { ckeditor5Sign } from './ckeditor5';
import { draftjsSign } from './draftjs';
import { googleDocsSign } from './google-docs';
import { joditSign } from './jodit';
import { lexicalSign } from './lexical';
import { mediumEditorAdapter } from './medium-editor';
import { prosemirrorSign } from './prosemirror';
import { quillSign } from './quill';
import { INSERT_HTML_ORPHANS_LAST_LINE } from './shared';
import { slateSign } from './slate';
import { summernoteSign } from './summernote';
import { textFieldAdapter } from './textarea-input';
import { tinymceSign } from './tinymce';
import type { Adapter, EditorSign, FoundAdapter } from './types';
import { unknownEditorAdapter } from './unknown-editor';
import { wordOnlineSign } from './word-online';

export const ADAPTERS: readonly (Adapter | EditorSign)[] = [
  textFieldAdapter,
  googleDocsSign,
  wordOnlineSign,
  ckeditor5Sign,
  ckeditor4Sign,
  tinymceSign,
  quillSign,
  prosemirrorSign,
  lexicalSign,
  slateSign,
  draftjsSign,
  // Editors the generic path below cannot serve alone (see each file).
  summernoteSign,
  joditSign,
  // Firefox only: its insertHTML, which medium-editor's paste uses, would split the officer's line.
  ...(INSERT_HTML_ORPHANS_LAST_LINE ? [mediumEditorAdapter] : []),
  // Any other contenteditable: an editor we do not know (a bare one included).
  unknownEditorAdapter,
];

export function adapterFor(element: HTMLElement): FoundAdapter | undefined {
  const found = ADAPTERS.find((adapter) => adapter.matches(element));
  if (!found || !('part' in found)) return found;
  const { part, ...sign } = found;
  const techniques = editorTechniques(part);
  return techniques ? { ...sign, techniques: [...techniques] } : { ...sign, techniques: [], missing: part };
}
