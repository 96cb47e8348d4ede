/**
 * What the panel should do when it opens or is already open: look something
 * up, check a text, aim at the field in hand, show an indicator. The
 * background (context menus, shortcut, address bar) writes an intent here
 * before it opens the panel; the panel takes it (reads and clears it) when
 * it starts and whenever a new one arrives, and routes it to the view that
 * handles its kind (see components/panel-views.tsx).
 *
 * Kept in session storage: it is for this browser session only and never
 * written to disk.
 */
import * as z from 'zod';
import { panelIntentItem } from './items';

export const PanelIntentSchema = z.discriminatedUnion('kind', [
  /** Search for this text (selected text, or an address-bar query). */
  z.object({ kind: z.literal('lookup'), query: z.string().max(1000) }),
  /** Check this text against the framework. */
  z.object({ kind: z.literal('check'), text: z.string().max(5_000_000) }),
  /** Insert into the field the officer right-clicked: the panel reads the field in hand. */
  z.object({ kind: z.literal('insert-here') }),
  /** Open one indicator's detail. */
  z.object({ kind: z.literal('indicator'), id: z.string().max(200) }),
]);
export type PanelIntent = z.infer<typeof PanelIntentSchema>;
export type PanelIntentKind = PanelIntent['kind'];

/**
 * An intent as stored: `at` tells one from the next when the same intent is
 * sent twice; `windowId` is the browser window it came from, whose panel
 * alone takes it (each window has a panel of its own).
 */
const StoredIntentSchema = z.object({ intent: PanelIntentSchema, at: z.number(), windowId: z.number().int().optional() });
export type StoredIntent = z.infer<typeof StoredIntentSchema>;

export async function sendPanelIntent(intent: PanelIntent, windowId?: number): Promise<void> {
  await panelIntentItem.setValue({ intent, at: Date.now(), ...(windowId === undefined ? {} : { windowId }) });
}

function parse(stored: unknown): StoredIntent | undefined {
  const result = StoredIntentSchema.safeParse(stored);
  return result.success ? result.data : undefined;
}

/**
 * Reads the waiting intent, if any, and clears it so it is acted on once.
 * A panel that knows its window leaves an intent from another window for
 * that window's panel.
 */
export async function takePanelIntent(windowId?: number): Promise<StoredIntent | undefined> {
  const stored = await panelIntentItem.getValue();
  if (stored === null) return undefined;
  const parsed = parse(stored);
  if (parsed?.windowId !== undefined && windowId !== undefined && parsed.windowId !== windowId) return undefined;
  await panelIntentItem.removeValue();
  return parsed;
}

/** Calls `callback` with each new intent for this window (already taken). Returns a function that stops watching. */
export function watchPanelIntent(callback: (intent: StoredIntent) => void, windowId?: number): () => void {
  return panelIntentItem.watch((stored) => {
    if (stored === null) return;
    void takePanelIntent(windowId).then((taken) => {
      if (taken) callback(taken);
    });
  });
}
