/**
 * Options: the officer's defaults (SettingsForm), with import and export of
 * the settings as a file, the officer's own wording with them (checked in
 * full first; errors listed, nothing changed), and a reset to the defaults.
 */
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { saveOwnSettings } from '../storage/effective-settings';
import { importOwnWording, loadOwnWording } from '../storage/own-wording';
import { resetSettings } from '../storage/settings';
import { exportSettingsFile, parseSettingsFile, settingsFileName } from '../storage/settings-file';
import { downloadText } from '../shared/download';
import { SettingsForm } from './SettingsForm';
import { useSettingsInForce } from '../shared/use-settings-in-force';

export function SettingsSection() {
  const inForce = useSettingsInForce();
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<{ message: string; errors: string[] } | null>(null);
  /** Starts the form afresh after an import or reset, so its fields show the new values. */
  const [generation, setGeneration] = useState(0);
  /** Set by an import or reset: the form starts afresh once the new settings have arrived. */
  const restart = useRef(false);
  useEffect(() => {
    if (!restart.current) return;
    restart.current = false;
    setGeneration((n) => n + 1);
  }, [inForce]);
  const fileId = useId();

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    const result = parseSettingsFile(text);
    if (!result.ok) {
      setStatus('');
      setProblems({ message: `“${file.name}” was not imported, and nothing has changed:`, errors: result.errors });
      return;
    }
    // Fields the organisation sets stay as it sets them; the rest are imported.
    const change = Object.fromEntries(Object.entries(result.settings).filter(([key]) => !inForce?.locked.has(key as keyof typeof result.settings)));
    try {
      await saveOwnSettings(change);
    } catch (error) {
      setProblems({ message: `“${file.name}” was not imported, and nothing has changed:`, errors: [error instanceof Error ? error.message : String(error)] });
      return;
    }
    let wording = '';
    if (result.ownWording && Object.keys(result.ownWording).length > 0) {
      wording = await importOwnWording(result.ownWording).then(
        () => ' Your own wording in it is kept beside the framework’s.',
        (error: unknown) => ` Your own wording in it was not imported: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    setProblems(null);
    restart.current = true;
    setStatus(`Settings imported from “${file.name}”.${wording}`);
  }

  return (
    <section aria-labelledby="settings-heading" className="options-section">
      <h2 id="settings-heading">Your defaults</h2>
      <p>Every new piece of wording starts from these. Changes are saved as you make them.</p>
      {inForce?.problem && (
        <p className="options-error" role="alert">
          {inForce.problem}
        </p>
      )}
      {inForce && inForce.locked.size > 0 && <p>Some settings are set by your organisation and cannot be changed here.</p>}
      {inForce ? (
        <SettingsForm
          key={generation}
          inForce={inForce}
          onSaved={(message) => {
            setStatus(message);
          }}
        />
      ) : (
        <p>Loading…</p>
      )}
      <h3>Keep or share your defaults</h3>
      <div className="options-actions">
        <button
          type="button"
          disabled={!inForce}
          onClick={() => {
            if (!inForce) return;
            // With the officer's own wording (kept even while the organisation turns editing off).
            void loadOwnWording().then(({ value }) => {
              downloadText(settingsFileName(), exportSettingsFile(inForce.own, value), 'application/json');
              setStatus('Settings exported, with your own wording.');
            });
          }}
        >
          Export settings
        </button>
        <label htmlFor={fileId} className="file-label">
          Import settings (JSON)
        </label>
        <input
          id={fileId}
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            void onFile(event);
          }}
        />
        <button
          type="button"
          onClick={() => {
            restart.current = true;
            void resetSettings().then(() => {
              setProblems(null);
              setStatus('Your defaults are back to the originals.');
            });
          }}
        >
          Reset to the original defaults
        </button>
      </div>
      <p role="status" aria-live="polite">
        {status}
      </p>
      {problems && (
        <div role="alert" className="options-error">
          <p>{problems.message}</p>
          <ul>
            {problems.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
