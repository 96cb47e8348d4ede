import type { ReactNode } from 'react';

/** The panel's top bar: its name, and whatever navigation the loaded panel adds. */
export function PanelTop({ children }: { children?: ReactNode }) {
  return (
    <header className="panel-top">
      <h1 className="panel-title">Social Value Assistant</h1>
      {children}
    </header>
  );
}
