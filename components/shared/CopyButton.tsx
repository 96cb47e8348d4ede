import { useEffect, useState } from 'react';
import type { RenderedWording } from '../../framework/render-wording';
import { copyRich } from './clipboard';

type CopyState = 'idle' | 'copied' | 'failed';

export interface CopyButtonProps {
  /** Accessible name, starting with "Copy": "Copy tender question". */
  label: string;
  content: RenderedWording;
  /** What was copied, for the announcement: "tender question". */
  what: string;
}

/** Copies rich HTML and plain text together and says so, visibly and to screen readers. */
export function CopyButton({ label, content, what }: CopyButtonProps) {
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

  const copy = () => {
    copyRich(content).then(
      () => {
        setState('copied');
      },
      () => {
        setState('failed');
      },
    );
  };

  return (
    <>
      <button type="button" className="action action-copy" aria-label={label} onClick={copy} data-state={state}>
        {state === 'copied' ? 'Copied' : 'Copy'}
      </button>
      <span role="status" className="visually-hidden">
        {state === 'copied' ? `Copied the ${what} to the clipboard` : state === 'failed' ? `Could not copy the ${what}` : ''}
      </span>
    </>
  );
}
