/** The draft check's part of the content script (see entrypoints/content/parts.ts): injected with the core when the panel reads the page. */
import { pageText, showEvidence } from './content/page-text';
import { registerPageText } from './content/parts';

export default defineUnlistedScript(() => {
  registerPageText({ pageText, showEvidence });
});
