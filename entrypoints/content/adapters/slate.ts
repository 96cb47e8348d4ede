/** Slate: its input path is beforeinput (with Chrome's beforeinput support it ignores rich paste events). */
import { beforeInputPastePlain, pastePlain } from './shared';
import type { Adapter } from './types';

export const slateAdapter: Adapter = {
  kind: 'slate',
  matches: (element) => element.hasAttribute('data-slate-editor'),
  techniques: [beforeInputPastePlain, pastePlain],
};
