/**
 * The side panel (Firefox: sidebar): the shell around the panel's views
 * (components/panel-views.tsx). It shows one view at a time, routes intents
 * from the background (context menus, shortcut, address bar) to the view
 * that handles them, and offers the options page.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Framework } from '../framework';
import { FIRST_VIEW, PANEL_VIEWS, viewForIntent, type PanelViewId } from './panel-views';
import { takePanelIntent, watchPanelIntent, type StoredIntent } from './storage/panel-intent';
import { useActiveFramework } from './shared/use-active-framework';
import './panel.css';

/**
 * The panel, on the framework in use (or the one given, for tests). A new
 * framework starts the views afresh: old filters and ids may not exist in it.
 */
export function SidePanel({ framework }: { framework?: Framework }) {
  const active = useActiveFramework();
  const inUse = framework ?? active.framework;
  const [view, setView] = useState<PanelViewId>(FIRST_VIEW);
  const [intent, setIntent] = useState<StoredIntent | undefined>();

  useEffect(() => {
    const route = (stored: StoredIntent) => {
      const target = viewForIntent(stored.intent.kind);
      if (!target) return;
      setView(target);
      setIntent(stored);
    };
    takePanelIntent().then((stored) => {
      if (stored) route(stored);
    }, () => undefined);
    return watchPanelIntent(route);
  }, []);

  return (
    <div className="panel">
      <header className="panel-top">
        <h1 className="panel-title">Social Value Assistant</h1>
        <nav aria-label="Panel" className="panel-nav">
          {PANEL_VIEWS.length > 1 &&
            PANEL_VIEWS.map((spec) => (
              <button
                key={spec.id}
                type="button"
                className="panel-nav-item"
                aria-current={spec.id === view ? 'page' : undefined}
                onClick={() => {
                  setView(spec.id);
                }}
              >
                {spec.label}
              </button>
            ))}
          <button
            type="button"
            className="panel-nav-item panel-options"
            onClick={() => {
              void browser.runtime.openOptionsPage();
            }}
          >
            Options
          </button>
        </nav>
      </header>
      {!framework && active.problem && (
        <p className="framework-problem" role="alert">
          {active.problem}
        </p>
      )}
      {PANEL_VIEWS.map(({ id, View, intents }) => (
        <div key={`${id}-${framework ? 0 : String(active.version)}`} className="panel-view" hidden={id !== view}>
          <View
            framework={inUse}
            active={id === view}
            intent={intent && intents.includes(intent.intent.kind) ? intent : undefined}
            show={setView}
          />
        </div>
      ))}
    </div>
  );
}
