/**
 * The Insert and Copy pair for one piece of wording. Given prepared wording
 * that still lacks values, either button first shows a small form of what is
 * missing (PlaceholderForm): nothing with an unfilled placeholder is inserted
 * or copied unless the officer chooses so.
 */
import { useRef, useState } from 'react';
import type { PlaceholderValues } from '../../framework/placeholders';
import type { RenderedWording } from '../../framework/render-wording';
import { InsertStatus, useInsertAction } from '../insert/InsertButton';
import { CopyStatus, useCopyAction } from './CopyButton';
import { PlaceholderForm } from './PlaceholderForm';
import './wording.css';
import type { PreparedWording } from './prepare-wording';

export interface WordingActionsProps {
  /** What the wording is, as in the button names: "tender question". */
  what: string;
  content: RenderedWording;
  /** Added to the accessible names where several sets share a page, e.g. the indicator's wording. */
  context?: string;
  /** The wording's missing values, and how to fill and save them; without it, Insert and Copy act at once. */
  gate?: Pick<PreparedWording, 'missing' | 'renderWith'> & {
    save: (values: PlaceholderValues) => void;
    /** Where the values are saved: "Saved in your pack “My tender pack”." */
    savedIn: string;
  };
}

export function WordingActions({ what, content, context, gate }: WordingActionsProps) {
  const suffix = context ? `: ${context}` : '';
  const insertLabel = `Insert ${what}${suffix}`;
  const copyLabel = `Copy ${what}${suffix}`;
  const inserting = useInsertAction();
  const copying = useCopyAction();
  const [asking, setAsking] = useState<'insert' | 'copy' | null>(null);
  /** The wording last inserted (what "Insert anyway" and "Copy instead" use). */
  const [used, setUsed] = useState<RenderedWording>(content);
  const insertButton = useRef<HTMLButtonElement>(null);
  const copyButton = useRef<HTMLButtonElement>(null);

  const act = (action: 'insert' | 'copy', wording: RenderedWording) => {
    if (action === 'insert') {
      setUsed(wording);
      inserting.insert(wording);
    } else copying.copy(wording);
  };
  const start = (action: 'insert' | 'copy') => {
    if (gate && gate.missing.length > 0) setAsking(action);
    else act(action, content);
  };
  const close = (action: 'insert' | 'copy') => {
    setAsking(null);
    (action === 'insert' ? insertButton : copyButton).current?.focus();
  };

  return (
    <div className="wording-actions">
      <div className="actions">
        <button
          ref={insertButton}
          type="button"
          aria-label={insertLabel}
          aria-busy={inserting.view.kind === 'working'}
          aria-expanded={gate && gate.missing.length > 0 ? asking === 'insert' : undefined}
          onClick={() => {
            start('insert');
          }}
        >
          Insert
        </button>
        <InsertStatus view={inserting.view} content={used} show={inserting.show} />
        <button
          ref={copyButton}
          type="button"
          className="action action-copy"
          aria-label={copyLabel}
          aria-expanded={gate && gate.missing.length > 0 ? asking === 'copy' : undefined}
          data-state={copying.state}
          onClick={() => {
            start('copy');
          }}
        >
          {copying.state === 'copied' ? 'Copied' : 'Copy'}
        </button>
        <CopyStatus state={copying.state} what={what} />
      </div>
      {gate && asking && (
        <PlaceholderForm
          action={asking}
          what={what}
          missing={gate.missing}
          savedIn={gate.savedIn}
          onFill={(values) => {
            act(asking, gate.renderWith(values));
            gate.save(values);
            close(asking);
          }}
          onLeaveIn={() => {
            act(asking, content);
            close(asking);
          }}
          onCancel={() => {
            close(asking);
          }}
        />
      )}
    </div>
  );
}
