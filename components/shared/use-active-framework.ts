/**
 * The framework the panel searches: Cheshire East's until storage says a
 * council's own is in use, and kept up to date when the options page
 * changes it.
 */
import { useEffect, useState } from 'react';
import { defaultFramework } from '../../framework';
import { loadActiveFramework, watchActiveFramework, type ActiveFramework } from '../storage/active-framework';

export interface ActiveFrameworkState extends ActiveFramework {
  /** Changes whenever the framework does, so the panel can start afresh. */
  version: number;
}

export function useActiveFramework(): ActiveFrameworkState {
  const [state, setState] = useState<ActiveFrameworkState>({ framework: defaultFramework, source: 'default', version: 0 });

  useEffect(() => {
    let live = true;
    const update = (active: ActiveFramework) => {
      if (!live) return;
      setState((previous) =>
        previous.framework === active.framework && previous.problem === active.problem ? previous : { ...active, version: previous.version + 1 },
      );
    };
    loadActiveFramework().then(update, () => {
      // Storage unreadable: keep the shipped framework, which is always valid.
    });
    const stop = watchActiveFramework(update);
    return () => {
      live = false;
      stop();
    };
  }, []);

  return state;
}
