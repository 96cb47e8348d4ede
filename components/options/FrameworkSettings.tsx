/**
 * Options: which framework is in use, import a council's own from a JSON
 * file (checked in full first; errors listed, nothing changed), export the
 * one in use, or go back to Cheshire East's.
 */
import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { exportFileName, exportFramework } from '../../framework';
import {
  importCustomFramework,
  loadActiveFramework,
  restoreDefaultFramework,
  watchActiveFramework,
  type ActiveFramework,
} from '../storage/active-framework';

type Feedback = { kind: 'ok'; message: string; notices?: string[] } | { kind: 'error'; message: string; errors: string[] } | null;

function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoke after the click has been handled, or the download can be cancelled.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

export function FrameworkSettings() {
  const [active, setActive] = useState<ActiveFramework | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const inputId = useId();

  useEffect(() => {
    void loadActiveFramework().then(setActive);
    return watchActiveFramework(setActive);
  }, []);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const result = await importCustomFramework(await file.text());
    input.value = '';
    if (result.ok) {
      setFeedback({
        kind: 'ok',
        message: `Imported “${result.framework.name}” (${result.framework.indicators.length} indicators). It is now the framework in use.`,
        // What a migration from an older format changed, for the officer to check.
        notices: result.notices,
      });
    } else {
      setFeedback({
        kind: 'error',
        message: `“${file.name}” was not imported, and nothing has changed. Please correct the file:`,
        errors: result.errors,
      });
    }
  }

  async function onReset() {
    await restoreDefaultFramework();
    setFeedback({ kind: 'ok', message: 'The Cheshire East Social Value Framework is in use again.' });
  }

  return (
    <section aria-labelledby="framework-heading" className="options-section">
      <h2 id="framework-heading">Framework</h2>
      {active ? (
        <p>
          In use: <strong>{active.framework.name}</strong> ({active.framework.publisher},{' '}
          {active.framework.indicators.length} indicators)
          {active.source === 'custom' ? ', imported from a file.' : '.'}
        </p>
      ) : (
        <p>Loading…</p>
      )}
      {active?.problem ? (
        <p className="options-error" role="alert">
          {active.problem}
        </p>
      ) : null}
      <div className="options-actions">
        <label htmlFor={inputId} className="file-label">
          Import a framework file (JSON)
        </label>
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            void onFile(event);
          }}
        />
        <button
          type="button"
          disabled={!active}
          onClick={() => {
            if (active) download(exportFileName(active.framework), exportFramework(active.framework));
          }}
        >
          Export the framework in use
        </button>
        {active?.source === 'custom' ? (
          <button
            type="button"
            onClick={() => {
              void onReset();
            }}
          >
            Use the Cheshire East framework
          </button>
        ) : null}
      </div>
      <div role="status" aria-live="polite">
        {feedback?.kind === 'ok' ? <p>{feedback.message}</p> : null}
        {feedback?.kind === 'ok' && feedback.notices?.length ? (
          <ul>
            {feedback.notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {feedback?.kind === 'error' ? (
        <div role="alert" className="options-error">
          <p>{feedback.message}</p>
          <ul>
            {feedback.errors.map((error) => (
              <li key={error}>
                <code>{error}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
