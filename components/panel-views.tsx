/**
 * The panel's views, registered in one place. Each view is a component of
 * its own folder; the shell (SidePanel.tsx) shows one at a time, keeps the
 * others mounted (hidden) so their state survives a switch, and hands each
 * the intents of the kinds it declares (components/storage/panel-intent.ts).
 *
 * To add a view: write `components/<view>/<Name>View.tsx` taking
 * `PanelViewProps`, and add one entry below.
 */
import type { ComponentType } from 'react';
import type { Framework } from '../framework';
import { CheckView } from './check/CheckView';
import { PackView } from './pack/PackView';
import { SearchView } from './search/SearchView';
import type { PanelIntentKind, StoredIntent } from './storage/panel-intent';

export interface PanelViewProps {
  framework: Framework;
  /** This view is the one on screen. */
  active: boolean;
  /** The latest intent addressed to this view (a new object each time one arrives). */
  intent?: StoredIntent;
  /** Switches the panel to another view. */
  show(view: PanelViewId): void;
}

/** A view's id, as in PANEL_VIEWS. */
export type PanelViewId = string;

export interface PanelViewSpec {
  id: PanelViewId;
  /** The view's name in the panel's navigation. */
  label: string;
  View: ComponentType<PanelViewProps>;
  /** Intents this view acts on. */
  intents: readonly PanelIntentKind[];
}

export const PANEL_VIEWS: readonly PanelViewSpec[] = [
  { id: 'search', label: 'Search', View: SearchView, intents: ['lookup', 'indicator', 'insert-here'] },
  { id: 'check', label: 'Check a draft', View: CheckView, intents: ['check'] },
  { id: 'pack', label: 'Pack', View: PackView, intents: [] },
];

/** The view the panel opens on. */
export const FIRST_VIEW: PanelViewId = 'search';

/** The view that handles an intent of this kind (the first that declares it). */
export function viewForIntent(kind: PanelIntentKind): PanelViewId | undefined {
  return PANEL_VIEWS.find((view) => view.intents.includes(kind))?.id;
}
