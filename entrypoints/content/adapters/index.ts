/** Every adapter, most specific first: the first that matches the target handles it. */
import { ckeditor4Adapter } from './ckeditor4';
import { ckeditor5Adapter } from './ckeditor5';
import { draftjsAdapter } from './draftjs';
import { googleDocsAdapter } from './google-docs';
import { joditAdapter } from './jodit';
import { lexicalAdapter } from './lexical';
import { prosemirrorAdapter } from './prosemirror';
import { quillAdapter } from './quill';
import { slateAdapter } from './slate';
import { summernoteAdapter } from './summernote';
import { textFieldAdapter } from './textarea-input';
import { tinymceAdapter } from './tinymce';
import type { Adapter } from './types';
import { unknownEditorAdapter } from './unknown-editor';
import { wordOnlineAdapter } from './word-online';

export const ADAPTERS: readonly Adapter[] = [
  textFieldAdapter,
  googleDocsAdapter,
  wordOnlineAdapter,
  ckeditor5Adapter,
  ckeditor4Adapter,
  tinymceAdapter,
  quillAdapter,
  prosemirrorAdapter,
  lexicalAdapter,
  slateAdapter,
  draftjsAdapter,
  // Editors the generic path below cannot serve alone (see each file).
  summernoteAdapter,
  joditAdapter,
  // Any other contenteditable: an editor we do not know (a bare one included).
  unknownEditorAdapter,
];

export function adapterFor(element: HTMLElement): Adapter | undefined {
  return ADAPTERS.find((adapter) => adapter.matches(element));
}
