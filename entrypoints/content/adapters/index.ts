/** Every adapter, most specific first: the first that matches the target handles it. */
import { ckeditor4Adapter } from './ckeditor4';
import { ckeditor5Adapter } from './ckeditor5';
import { contentEditableAdapter } from './contenteditable';
import { draftjsAdapter } from './draftjs';
import { googleDocsAdapter } from './google-docs';
import { lexicalAdapter } from './lexical';
import { prosemirrorAdapter } from './prosemirror';
import { quillAdapter } from './quill';
import { slateAdapter } from './slate';
import { textFieldAdapter } from './textarea-input';
import { tinymceAdapter } from './tinymce';
import type { Adapter } from './types';
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
  contentEditableAdapter,
];

export function adapterFor(element: HTMLElement): Adapter | undefined {
  return ADAPTERS.find((adapter) => adapter.matches(element));
}
