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
import { MIGRATIONS, PACKS_VERSION } from './pack-migrations';

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

/**
 * The officer's tender packs (named packs with contract details, chosen
 * indicators, weights and per-indicator values) and which one is open.
 * Version 1. Validated and migrated by packs.ts (migrations in
 * pack-migrations.ts, one per version).
 */
export const packsItem = storage.defineItem<unknown>('local:packs', { fallback: null, version: PACKS_VERSION, migrations: MIGRATIONS });

/** Indicator ids the officer starred, newest first. Version 1. Validated by saved-lists.ts. */
export const favouritesItem = storage.defineItem<unknown>('local:favourites', { fallback: null, version: 1 });

/** Indicator ids used recently (inserted, copied, opened), newest first. Version 1. Validated by saved-lists.ts. */
export const recentItem = storage.defineItem<unknown>('local:recent', { fallback: null, version: 1 });

/** The officer's own wording per indicator, kept beside the framework's. Version 1. Validated by own-wording.ts. */
export const ownWordingItem = storage.defineItem<unknown>('local:ownWording', { fallback: null, version: 1 });

/** The stage whose wording a result card's Insert and Copy use. Version 1. Validated by stage.ts. */
export const stageItem = storage.defineItem<unknown>('local:stage', { fallback: null, version: 1 });

/**
 * Stored values that could not be read, kept aside (never deleted) so the
 * officer can export them: key → { raw, problem, at }. Version 1. Written by kept-aside.ts.
 */
export const keptAsideItem = storage.defineItem<unknown>('local:keptAside', { fallback: null, version: 1 });
