import { useEffect, useState } from 'react';
import type { RenderedWording } from '../../framework/render-wording';
import { copyRich } from './clipboard';

export type CopyState = 'idle' | 'copied' | 'failed';

export interface CopyButtonProps {
  /** Accessible name, starting with "Copy": "Copy tender question". */
  label: string;
  content: RenderedWording;
  /** What was copied, for the announcement: "tender question". */
  what: string;
}

/** Copying and its short-lived "Copied" state, for a button of the caller's own. */
export function useCopyAction(): { state: CopyState; copy: (content: RenderedWording) => void } {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => {
      setState('idle');
    }, 2500);
    return () => {
      clearTimeout(timer);
    };
  }, [state]);

  const copy = (content: RenderedWording) => {
    copyRich(content).then(
      () => {
        setState('copied');
      },
      () => {
        setState('failed');
      },
    );
  };
  return { state, copy };
}

/** What a screen reader hears after Copy. */
export function CopyStatus({ state, what }: { state: CopyState; what: string }) {
  return (
    <span role="status" className="visually-hidden">
      {state === 'copied' ? `Copied the ${what} to the clipboard` : state === 'failed' ? `Could not copy the ${what}` : ''}
    </span>
  );
}

/** Copies rich HTML and plain text together and says so, visibly and to screen readers. */
export function CopyButton({ label, content, what }: CopyButtonProps) {
  const { state, copy } = useCopyAction();
  return (
    <>
      <button
        type="button"
        className="action action-copy"
        aria-label={label}
        onClick={() => {
          copy(content);
        }}
        data-state={state}
      >
        {state === 'copied' ? 'Copied' : 'Copy'}
      </button>
      <CopyStatus state={state} what={what} />
    </>
  );
}
