/** Draft.js: only a plain-text paste is safe (execCommand corrupts its model). */
import { pastePlain } from './shared';
import type { Adapter } from './types';

export const draftjsAdapter: Adapter = {
  kind: 'draftjs',
  matches: (element) => element.classList.contains('public-DraftEditor-content') || element.hasAttribute('data-contents'),
  techniques: [pastePlain],
};
