/**
 * Options: which framework is in use, import a council's own from a JSON
 * file (checked in full first; errors listed, nothing changed), export the
 * one in use, or go back to Cheshire East's. A stored framework that cannot
 * be used is kept aside: it can be exported to correct it, or cleared.
 */
import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { cutForMessage, exportFileName, exportFramework } from '../../framework';
import {
  exportKeptAside,
  importCustomFrameworkFile,
  loadActiveFramework,
  restoreDefaultFramework,
  watchActiveFramework,
  type ActiveFramework,
} from '../storage/active-framework';
import { featureAllowed, loadPolicy, watchPolicy, type Policy } from '../storage/policy';
import { downloadText } from '../shared/download';

type Feedback = { kind: 'ok'; message: string; notices?: string[] } | { kind: 'error'; message: string; errors: string[] } | null;

export function FrameworkSettings() {
  const [active, setActive] = useState<ActiveFramework | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [policy, setPolicy] = useState<Policy>({});
  const inputId = useId();

  useEffect(() => {
    void loadActiveFramework().then(setActive);
    const stopFramework = watchActiveFramework(setActive);
    // Firefox never reports policy changes: it is read as the page opens.
    void loadPolicy().then((loaded) => {
      setPolicy(loaded.policy);
    });
    const stopPolicy = watchPolicy((loaded) => {
      setPolicy(loaded.policy);
    });
    return () => {
      stopFramework();
      stopPolicy();
    };
  }, []);
  const importAllowed = featureAllowed(policy, 'framework-import') && active?.source !== 'policy';

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // A new file: the last one's messages no longer apply.
    setFeedback(null);
    if (!file) return;
    const result = await importCustomFrameworkFile(file);
    input.value = '';
    const name = `“${cutForMessage(file.name, 80)}”`;
    if (result.ok) {
      setFeedback({
        kind: 'ok',
        message: `Imported “${cutForMessage(result.framework.name, 80)}” (${result.framework.indicators.length} indicators). It is now the framework in use.`,
        // What a migration from an older format changed, for the officer to check.
        notices: result.notices,
      });
    } else {
      setFeedback({
        kind: 'error',
        message: `${name} was not imported, and nothing has changed. Please correct the file:`,
        errors: result.errors,
      });
    }
  }

  async function onExportKeptAside() {
    const text = await exportKeptAside();
    if (text === undefined) {
      setFeedback({ kind: 'error', message: 'The framework kept aside could not be written out as a file.', errors: [] });
      return;
    }
    downloadText('framework-kept-aside.json', text, 'application/json');
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
          {active.source === 'custom' ? ', imported from a file.' : active.source === 'policy' ? ', set by your organisation.' : '.'}
        </p>
      ) : (
        <p>Loading…</p>
      )}
      {active?.problem ? (
        <p className="options-error" role="alert">
          {active.problem}
        </p>
      ) : null}
      {!importAllowed && <p className="settings-locked">Set by your organisation: importing a framework of your own is turned off.</p>}
      <div className="options-actions">
        {importAllowed && (
          <>
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
          </>
        )}
        <button
          type="button"
          disabled={!active}
          onClick={() => {
            if (active) downloadText(exportFileName(active.framework), exportFramework(active.framework), 'application/json');
          }}
        >
          Export the framework in use
        </button>
        {active?.keptAside ? (
          <button
            type="button"
            onClick={() => {
              void onExportKeptAside();
            }}
          >
            Export the framework kept aside
          </button>
        ) : null}
        {(importAllowed && active?.source === 'custom') || active?.keptAside ? (
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
          {feedback.errors.length > 0 ? (
          <ul>
            {feedback.errors.map((error) => (
              <li key={error}>
                <code>{error}</code>
              </li>
            ))}
          </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
