/**
 * Every item the extension keeps in browser storage, in one place, each
 * with its key and a `version` from the start, so that when an item's shape
 * changes a migration (one per version, in `migrations`) carries old data
 * forward instead of losing it. What is read back is validated by the
 * module that owns the item (storage is a boundary: it may be corrupt, or
 * written by an older version).
 *
 * To add a stored setting: define its item here (key `local:<name>`,
 * `version: 1`, a `fallback`), read and write it from a small module beside
 * this one that validates it with zod, and add its test under tests/unit/.
 */
import { storage } from '@wxt-dev/storage';

/**
 * The council's own framework imported from a file (the framework file's
 * JSON as it was validated), or null for the shipped Cheshire East one.
 * Version 1. The framework file carries its own `schemaVersion`, and old
 * files are migrated when they are parsed, so this item needs no migration
 * of its own when the framework format changes.
 */
export const customFrameworkItem = storage.defineItem<unknown>('local:customFramework', { fallback: null, version: 1 });

/**
 * What the panel should do next (an intent from a context menu, the
 * shortcut or the address bar), until the panel takes it. Session storage:
 * never written to disk. Version 1. Validated by panel-intent.ts.
 */
export const panelIntentItem = storage.defineItem<unknown>('session:panelIntent', { fallback: null, version: 1 });

/** The officer's settings (Options page). Version 1. Validated by settings.ts. */
export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: null, version: 1 });
