/**
 * The panel once its code has loaded (SidePanel.tsx shows a search box
 * until then): the panel's views (components/panel-views.tsx), one at a
 * time, intents from the background (context menus, shortcut, address bar)
 * routed to the view that handles them, and the way to the options page.
 */
import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { browser } from 'wxt/browser';
import type { Framework } from '../framework';
import { FIRST_VIEW, PANEL_VIEWS, viewForIntent, type PanelViewId } from './panel-views';
import { takePanelIntent, watchPanelIntent, type StoredIntent } from './storage/panel-intent';
import { useActiveFramework } from './shared/use-active-framework';
import { PanelTop } from './PanelTop';

export interface PanelBodyProps {
  /** A framework to use instead of the one in use (tests). */
  framework?: Framework;
  /** What the officer typed in the search box before this code arrived. */
  typedEarly?: RefObject<string>;
}

/**
 * The panel, on the framework in use (or the one given, for tests). A new
 * framework starts the views afresh: old filters and ids may not exist in it.
 */
export default function PanelBody({ framework, typedEarly }: PanelBodyProps) {
  const active = useActiveFramework();
  const inUse = framework ?? active.framework;
  const [view, setView] = useState<PanelViewId>(FIRST_VIEW);
  // Typing before the panel had loaded is a search like any other (read once, when this mounts).
  const [intent, setIntent] = useState<StoredIntent | undefined>(() => {
    const query = typedEarly?.current ?? '';
    return query ? { intent: { kind: 'lookup', query }, at: 0 } : undefined;
  });

  // Keys typed while this was rendering, before the first search box went
  // away, are read at commit: the ref is outside React, so an effect must read it.
  useLayoutEffect(() => {
    const query = typedEarly?.current ?? '';
    if (!query) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- syncing once with a value kept outside React
    setIntent((current) => (current?.intent.kind === 'lookup' && current.intent.query === query ? current : { intent: { kind: 'lookup', query }, at: 0 }));
  }, [typedEarly]);

  useEffect(() => {
    const route = (stored: StoredIntent) => {
      const target = viewForIntent(stored.intent.kind);
      if (!target) return;
      setView(target);
      setIntent(stored);
    };
    let stop: (() => void) | undefined;
    let open = true;
    const isOpen = () => open;
    // The panel's own window: an intent from a right-click in another window is that window's panel's.
    void browser.windows
      .getCurrent()
      .then((w) => w.id, () => undefined)
      .then(async (windowId) => {
        if (!isOpen()) return;
        stop = watchPanelIntent(route, windowId);
        const stored = await takePanelIntent(windowId);
        if (stored && isOpen()) route(stored);
      })
      .catch(() => undefined);
    return () => {
      open = false;
      stop?.();
    };
  }, []);

  return (
    <>
      <PanelTop>
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
      </PanelTop>
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
    </>
  );
}
