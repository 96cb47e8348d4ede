/**
 * The officer's own wording of one piece (outcome statement, tender
 * question, KPI measure): "Edit wording" opens a labelled editor (Save,
 * Cancel; Escape cancels), and once saved the piece is marked as theirs, with
 * the framework's wording one click away and a way back to it. Storage is
 * components/storage/own-wording.ts; the wording itself is rendered by
 * framework/render-wording.ts with the officer's text in it.
 */
import { useId, useRef, useState } from 'react';
import { frameworkText, type OwnWordingKind } from '../../framework/pack/own-wording';
import type { Indicator } from '../../framework/schema';
import { revertOwnWording, saveOwnWording } from '../storage/own-wording';
import { useEscape } from '../shared/use-escape';

/** What each piece is called in the controls' names. */
export const PIECE_NAMES: Record<OwnWordingKind, string> = {
  outcome: 'outcome statement',
  question: 'tender question',
  measure: 'KPI measure',
};

export interface OwnWordingControlsProps {
  indicator: Indicator;
  kind: OwnWordingKind;
  /** The officer's text, when they have one in force. */
  own?: string;
}

export function OwnWordingControls({ indicator, kind, own }: OwnWordingControlsProps) {
  const name = PIECE_NAMES[kind];
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);

  const close = (message = '') => {
    setDraft(null);
    setStatus(message);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const run = (work: Promise<unknown>, message: string) => {
    setProblem('');
    work.then(
      () => {
        close(message);
      },
      (error: unknown) => {
        setProblem(error instanceof Error ? error.message : 'Your wording could not be saved.');
      },
    );
  };

  return (
    <div className="own-wording">
      {draft === null ? (
        <div className="actions">
          <button
            ref={editButton}
            type="button"
            aria-label={`Edit wording of the ${name}`}
            onClick={() => {
              setStatus('');
              setDraft(own ?? frameworkText(indicator, kind));
            }}
          >
            Edit wording
          </button>
          {own !== undefined && (
            <button
              type="button"
              aria-label={`Revert to the framework’s wording of the ${name}`}
              onClick={() => {
                run(revertOwnWording(indicator.id, kind), `The framework’s wording of the ${name} is back.`);
              }}
            >
              Revert to the framework’s wording
            </button>
          )}
        </div>
      ) : (
        <Editor
          name={name}
          draft={draft}
          problem={problem}
          onDraft={setDraft}
          onSave={() => {
            run(saveOwnWording(indicator.id, kind, draft), draft.trim() ? `Your wording of the ${name} is saved.` : `The framework’s wording of the ${name} is back.`);
          }}
          onCancel={() => {
            close();
          }}
        />
      )}
      <p role="status" className="visually-hidden">
        {status}
      </p>
    </div>
  );
}

interface EditorProps {
  name: string;
  draft: string;
  problem: string;
  onDraft: (text: string) => void;
  onSave: () => void;
  onCancel: () => void;
}

/** The editor: a labelled textarea with Save and Cancel; Escape cancels. */
function Editor({ name, draft, problem, onDraft, onSave, onCancel }: EditorProps) {
  const id = useId();
  // Escape closes the editor only (the detail view would otherwise go back to the results).
  const editor = useEscape<HTMLFormElement>(onCancel);
  return (
    <form
      ref={editor}
      className="own-wording-editor"
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <label htmlFor={`${id}-text`}>Your wording of the {name}</label>
      <span className="hint" id={`${id}-hint`}>
        Placeholders in braces, such as {'{contractName}'}, are filled from the contract details. Leave it empty to use the framework’s wording.
      </span>
      <textarea
        id={`${id}-text`}
        rows={6}
        value={draft}
        aria-describedby={`${id}-hint`}
        // The editor opens on the officer's press of "Edit wording"; the text is where they will type.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        onChange={(event) => {
          onDraft(event.target.value);
        }}
      />
      <div className="actions">
        <button type="submit">Save</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {problem && (
        <p role="alert" className="own-wording-problem">
          {problem}
        </p>
      )}
    </form>
  );
}
