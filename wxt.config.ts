import { defineConfig } from 'wxt';
import { assertValidFramework } from './framework';

/**
 * The end-to-end build (`npm run build:e2e`) also grants host access to the
 * local fixture server, so tests need no permission prompt. The shipped
 * builds never contain it.
 */
const E2E = process.env.SVA_E2E === '1';

/**
 * The end-to-end build's public key (its private half was thrown away): it
 * fixes the unpacked extension's id (hbebcdnjogeialmjmdneaddkbglibnif) so a
 * test can write a Chromium policy for it before the browser starts. Never
 * in the shipped builds, whose ids the stores assign.
 */
export const E2E_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvF8e2T0kwOKOVSFz5yOZANOEk5zp7o2gu5ngk+OKaTA+l5tkLgqx1OfPSE45WFRP16+Lgh7/GPU5tJz4AnvLp6ghxWvJc6+KIGPYmIz6JgkOo8rtrFC1qL0JzRlyjNQ1Jqay2M1IfBH3UAkT0sa9AaYEGuTCrfkPGeh9zaDt/RoPgxgEB8dbAU0DE57DubAfBuZQNfDxiRFyFQ5FInzErjz4A9JsHQC84g5fywLE45rN4wgWcCfxaTcX6ntiMSklbzXgXHq8oWPOegg2zqkaAwDhajCS7H7m6t2AoVauPIyeVUbjOkVrmivIVPw+hHZYzGRy92fOP/mC3EDsBCPx8wIDAQAB';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Keep the project's top level as the design card fixes it: no src/.
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // The end-to-end build goes to a folder of its own, so it never ships.
  outDir: E2E ? '.output-e2e' : '.output',
  // The e2e build alone exposes the handlers of menus and the address bar to tests, and in Firefox opens the options page as a tab at install (entrypoints/background/test-hooks.ts).
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
        // Right-click menus: look up or check selected text, insert into a field.
        'contextMenus',
      ],
      // The address bar keyword: "sv" then a query (needs no permission).
      omnibox: { keyword: 'sv' },
      // Council IT can set organisation defaults by policy (Firefox reads policies.json, no schema).
      ...(firefox ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
      // Host access is asked for per site, from the Insert click, the first time.
      optional_host_permissions: ['https://*/*', 'http://*/*'],
      ...(E2E ? { host_permissions: ['http://127.0.0.1/*'], ...(firefox ? {} : { key: E2E_KEY }) } : {}),
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
