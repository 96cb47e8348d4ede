/** Plain contenteditable regions (no editor library recognised). */
import { execHtmlJoined, rangeHtml } from './shared';
import type { Adapter } from './types';

export const contentEditableAdapter: Adapter = {
  kind: 'contenteditable',
  matches: (element) => element.isContentEditable,
  techniques: [execHtmlJoined, rangeHtml],
};
