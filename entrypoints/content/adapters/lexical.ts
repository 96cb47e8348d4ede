/** Lexical: listens to paste and beforeinput itself; execCommand can apply late and duplicate text, so it is never used. */
import { beforeInputPaste, pasteRich } from './shared';
import type { Adapter } from './types';

export const lexicalAdapter: Adapter = {
  kind: 'lexical',
  matches: (element) => element.hasAttribute('data-lexical-editor'),
  techniques: [pasteRich, beforeInputPaste],
};
