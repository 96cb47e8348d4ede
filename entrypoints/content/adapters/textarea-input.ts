/** <textarea> and text <input>, including React/Angular-controlled ones and those with maxlength. */
import { isTextField } from '../editable';
import { setRangeText } from '../techniques';
import { execText } from './shared';
import type { Adapter } from './types';

export const textFieldAdapter: Adapter = {
  kind: 'textarea',
  matches: (element) => isTextField(element),
  techniques: [
    // Undoable, and frameworks see ordinary typing.
    execText,
    {
      // Not undoable, but works where execCommand is disabled (e.g. Firefox before 89-era quirks, sandboxed frames).
      name: 'setRangeText',
      apply: ({ target, text }) =>
        isTextField(target.element) && setRangeText(target.element, text, target.start ?? 0, target.end ?? target.start ?? 0),
    },
  ],
};
