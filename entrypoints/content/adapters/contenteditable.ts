/** Plain contenteditable regions (no editor library recognised). */
import { execHtml, rangeHtml } from './shared';
import type { Adapter } from './types';

export const contentEditableAdapter: Adapter = {
  kind: 'contenteditable',
  matches: (element) => element.isContentEditable,
  techniques: [execHtml, rangeHtml],
};
