/**
 * The background: one small file per feature, each registered here and
 * started once when the background starts. A feature adds its listeners
 * synchronously in `start` (Chrome's service worker must have them in place
 * before its first event is delivered).
 *
 * Background code may import plain TypeScript from components/storage and
 * framework/; never React.
 */
import { contextMenus } from './context-menus';
import { omnibox } from './omnibox';
import { panelOpening } from './panel-opening';
import type { BackgroundFeature } from './feature';
import { exposeTestHooks } from './test-hooks';

export const FEATURES: readonly BackgroundFeature[] = [panelOpening, contextMenus, omnibox];

export default defineBackground(() => {
  for (const feature of FEATURES) feature.start();
  exposeTestHooks();
});
