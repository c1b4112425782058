import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Framework code lives only in extension/; shared/ and connectors/ are plain TypeScript reached by alias.
export default defineConfig({
  srcDir: 'extension',
  // Parallel builds (a benchmark beside a test run) each get their own output folder.
  outDir: process.env.AR_LENS_OUT_DIR ?? '.output',
  publicDir: 'extension/public',
  imports: false,
  alias: {
    shared: 'shared',
    connectors: 'connectors',
  },
  hooks: {
    // The bench page exists only in benchmark builds (AR_LENS_BENCH=1), never in the shipped extension.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      if (process.env.AR_LENS_BENCH) return;
      const i = entrypoints.findIndex((e) => e.name === 'bench');
      if (i >= 0) entrypoints.splice(i, 1);
    },
  },
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: register the generic connector's content script for user-described sites at runtime, and run
    // "test on this tab". Those sites' hosts are asked for one by one when the user saves a site; nothing else.
    permissions: ['storage', 'alarms', 'contextMenus', 'scripting'],
    optional_host_permissions: ['https://*/*'],
    // Enterprise policy (rule feed URL and key, locked profile, role, editing rights) via chrome.storage.managed.
    storage: { managed_schema: 'managed_schema.json' },
    // Quick credit lookup: the omnibox keyword `ar` and a shortcut that opens the toolbar popup.
    omnibox: { keyword: 'ar' },
    commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_lookupShortcut__' } },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'ar-lens@ar-lens.dev', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
