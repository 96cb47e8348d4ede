/**
 * The content script's entry point, built to /insertion.js: an unlisted
 * script the panel injects with `scripting.executeScript` (the engine lives
 * in entrypoints/content/; see main.ts).
 */
import { startInsertion } from './content/main';

export default defineUnlistedScript(() => {
  startInsertion();
});
