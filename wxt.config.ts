import { defineConfig } from 'wxt';
import { assertValidFramework } from './framework';

/**
 * The end-to-end build (`npm run build:e2e`) also grants host access to the
 * local fixture server, so tests need no permission prompt. The shipped
 * builds never contain it.
 */
const E2E = process.env.SVA_E2E === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Keep the project's top level as the design card fixes it: no src/.
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // The end-to-end build goes to a folder of its own, so it never ships.
  outDir: E2E ? '.output-e2e' : '.output',
  // The background's e2e-only hook (opening the panel as a tab at install) reads this.
  vite: () => ({ define: { __SVA_E2E__: JSON.stringify(E2E) } }),
  hooks: {
    // An invalid framework fails the build, with every problem listed.
    'build:before': () => {
      assertValidFramework();
    },
  },
  zip: {
    // The Firefox sources zip is for reviewers: leave out test builds.
    excludeSources: ['.output-e2e/**', 'tests/fixtures/dist/**', 'test-results/**'],
  },
  manifest: ({ browser }) => {
    const firefox = browser === 'firefox';
    return {
      name: 'Social Value Assistant',
      description:
        'Search the Cheshire East Social Value Framework and put its outcomes, tender questions and KPIs into the form or editor you are working in.',
      permissions: [
        // The side panel itself (Chrome and Edge; Firefox uses sidebar_action).
        ...(firefox ? [] : ['sidePanel']),
        // Settings, favourites and custom frameworks live in extension storage.
        'storage',
        // Insertion: the content script is injected on the first Insert, not declared.
        'scripting',
        // The tab where the officer opened the panel (toolbar or shortcut) can be
        // read and reached at once, without a prompt and with no install warning.
        'activeTab',
      ],
      // Host access is asked for per site, from the Insert click, the first time.
      optional_host_permissions: ['https://*/*', 'http://*/*'],
      ...(E2E ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
      action: {
        default_title: 'Open Social Value Assistant',
      },
      commands: {
        // Opens the panel from the keyboard (Chrome/Edge open the side panel
        // from the action; Firefox has a command of its own for the sidebar).
        [firefox ? '_execute_sidebar_action' : '_execute_action']: {
          suggested_key: { default: 'Alt+Shift+S' },
          description: 'Open Social Value Assistant',
        },
      },
      ...(firefox
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'social-value-assistant@cheshireeast.example',
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['none'] },
              },
              // Firefox for Android reads data_collection_permissions from 142.
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
    };
  },
});
