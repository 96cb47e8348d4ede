/**
 * The Insert button: puts wording where the officer's cursor is in the tab
 * they were working in, checking the field's limit first, and reports every
 * outcome in a status region screen readers announce. The work itself is in
 * insert-flow.ts.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { allowFrameThenInsert, copyInstead, insertAnyway, insertFromClick, type View } from './insert-flow';
import type { RenderedWording } from '../../framework/render-wording';
import { MESSAGES } from './messages';
import { watchSiteAccess } from './site-access';
import { watchTargetTab } from './target-tab';
import './insert.css';

export interface InsertButtonProps {
  /** Accessible name, starting with the action: "Insert tender question". */
  label: string;
  content: RenderedWording;
  /** Optional visible text when it differs from the label (e.g. "Insert"). */
  children?: React.ReactNode;
}

/** The Insert action and its status, for a button of the caller's own (e.g. one that asks for missing values first). */
export function useInsertAction(): { view: View; show: (view: View) => void; insert: (content: RenderedWording) => void } {
  const [view, setView] = useState<View>({ kind: 'idle' });
  useEffect(() => {
    // Cached so the click can ask for site access synchronously.
    watchTargetTab();
    watchSiteAccess();
  }, []);
  return {
    view,
    show: setView,
    insert: (content) => {
      insertFromClick(content, setView);
    },
  };
}

/** The status region under an Insert button: every outcome, announced, with its choices. */
export function InsertStatus({ view, content, show }: { view: View; content: RenderedWording; show: (view: View) => void }) {
  return (
    <div
      role="status"
      className="insert-status"
      data-tone={isProblem(view) ? 'problem' : 'ok'}
      // For the benchmark and for support; not shown.
      data-method={view.kind === 'message' ? view.method : undefined}
      data-elapsed-ms={view.kind === 'message' ? view.elapsedMs : undefined}
    >
      <StatusView view={view} content={content} show={show} />
    </div>
  );
}

export function InsertButton({ label, content, children }: InsertButtonProps) {
  const { view, show, insert } = useInsertAction();
  return (
    <>
      <button
        type="button"
        aria-label={label}
        aria-busy={view.kind === 'working'}
        onClick={() => {
          insert(content);
        }}
      >
        {children ?? label}
      </button>
      <InsertStatus view={view} content={content} show={show} />
    </>
  );
}

function isProblem(view: View): boolean {
  return view.kind === 'over-limit' || view.kind === 'frame-access' || (view.kind === 'message' && view.problem);
}

function StatusView({ view, content, show }: { view: View; content: RenderedWording; show: (view: View) => void }): ReactNode {
  const copyButton = (
    <button
      type="button"
      onClick={() => {
        void copyInstead(content, show);
      }}
    >
      Copy instead
    </button>
  );
  switch (view.kind) {
    case 'idle':
      return null;
    case 'working':
      return <p>{MESSAGES.working}</p>;
    case 'message':
      return (
        <>
          <p>{view.text}</p>
          {view.offerCopy && <div className="insert-choices">{copyButton}</div>}
        </>
      );
    case 'over-limit':
      return (
        <>
          <p>{view.summary}</p>
          {view.enforced && <p>{MESSAGES.enforcedOver}</p>}
          <div className="insert-choices">
            {!view.enforced && (
              <button
                type="button"
                onClick={() => {
                  insertAnyway(view.target, content, show);
                }}
              >
                Insert anyway
              </button>
            )}
            {copyButton}
          </div>
        </>
      );
    case 'frame-access':
      return (
        <>
          <p>{MESSAGES.frameAccess(view.origin)}</p>
          <div className="insert-choices">
            <button
              type="button"
              onClick={() => {
                allowFrameThenInsert(view.origin, view.pattern, content, show);
              }}
            >
              Allow access to {view.origin}
            </button>
            {copyButton}
          </div>
        </>
      );
  }
}
