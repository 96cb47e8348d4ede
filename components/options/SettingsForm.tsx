/**
 * Options: the officer's defaults. Every change is checked as it is made
 * and saved at once when it is valid (an invalid value is explained beside
 * its field and nothing is saved). Values the organisation sets by policy
 * are shown as "Set by your organisation" and cannot be changed.
 */
import { useState, type ReactNode } from 'react';
import { saveOwnSettings, type SettingsInForce } from '../storage/effective-settings';
import { SUPPLIER_TERMS } from '../../framework/render-wording';
import type { Settings } from '../storage/settings';
import { checkLimit, checkText, checkWeighting, isStage, isSupplierTerm, STAGE_NAMES, type Checked } from './settings-fields';

type Key = keyof Settings;

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  locked: boolean;
  children: (describedBy: string | undefined) => ReactNode;
}

/** A labelled field with its hint, its error and, when policy sets it, the note saying so. */
function Field({ id, label, hint, error, locked, children }: FieldProps) {
  const describedBy = [hint && `${id}-hint`, locked && `${id}-locked`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="settings-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="settings-hint">
          {hint}
        </p>
      )}
      {locked && (
        <p id={`${id}-locked`} className="settings-locked">
          Set by your organisation
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="options-error">
          {error}
        </p>
      )}
      {children(describedBy)}
    </div>
  );
}

interface TextSettingProps extends Omit<FieldProps, 'children'> {
  value: string | undefined;
  inputMode?: 'decimal' | 'numeric';
  autoComplete?: string;
  onInput: (value: string) => void;
}

/** A typed setting: read-only when the organisation sets it, marked invalid while its error shows. */
function TextSetting({ value, inputMode, autoComplete, onInput, ...field }: TextSettingProps) {
  return (
    <Field {...field}>
      {(describedBy) => (
        <input
          id={field.id}
          type="text"
          inputMode={inputMode}
          autoComplete={autoComplete}
          value={value ?? ''}
          readOnly={field.locked}
          aria-invalid={field.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            onInput(event.target.value);
          }}
        />
      )}
    </Field>
  );
}

export function SettingsForm({ inForce, onSaved }: { inForce: SettingsInForce; onSaved: (message: string) => void }) {
  const shown = inForce.settings;
  const [drafts, setDrafts] = useState<Record<string, string>>(() => ({
    organisation: shown.organisation,
    locality: shown.locality,
    defaultWeighting: String(shown.defaultWeighting),
    limit: String(shown.defaultResponseLimit.value),
  }));
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const locked = (key: Key) => inForce.locked.has(key);

  function save<K extends Key>(field: string, checked: Checked<Settings[K]>, key: K, what: string) {
    if (!checked.ok) {
      setErrors((previous) => ({ ...previous, [field]: checked.error }));
      return;
    }
    setErrors((previous) => ({ ...previous, [field]: undefined }));
    const change: Partial<Settings> = { [key]: checked.value };
    saveOwnSettings(change).then(
      () => {
        onSaved(`${what} saved.`);
      },
      (error: unknown) => {
        setErrors((previous) => ({ ...previous, [field]: error instanceof Error ? error.message : 'Could not be saved.' }));
      },
    );
  }

  const typed = (field: string, value: string) => {
    setDrafts((previous) => ({ ...previous, [field]: value }));
  };

  return (
    <form
      className="settings-form"
      aria-labelledby="settings-heading"
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <TextSetting
        id="setting-organisation"
        label="Organisation name"
        autoComplete="organization"
        value={drafts.organisation}
        error={errors.organisation}
        locked={locked('organisation')}
        onInput={(value) => {
          typed('organisation', value);
          save('organisation', checkText('organisation', value), 'organisation', 'Organisation name');
        }}
      />
      <TextSetting
        id="setting-locality"
        label="Locality"
        hint="Fills {locality} in the wording, for example Crewe."
        value={drafts.locality}
        error={errors.locality}
        locked={locked('locality')}
        onInput={(value) => {
          typed('locality', value);
          save('locality', checkText('locality', value), 'locality', 'Locality');
        }}
      />
      <Field id="setting-supplier-term" label="What the wording calls the supplier" locked={false}>
        {(describedBy) => (
          <select
            id="setting-supplier-term"
            value={shown.supplierTerm}
            aria-describedby={describedBy}
            onChange={(event) => {
              const value = event.target.value;
              if (isSupplierTerm(value)) save('supplierTerm', { ok: true, value }, 'supplierTerm', 'Supplier term');
            }}
          >
            {SUPPLIER_TERMS.map((term) => (
              <option key={term} value={term}>
                {term}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="setting-stage" label="Default stage" hint="The stage whose wording Insert and Copy use first." locked={locked('defaultStage')}>
        {(describedBy) => (
          <select
            id="setting-stage"
            value={shown.defaultStage}
            disabled={locked('defaultStage')}
            aria-describedby={describedBy}
            onChange={(event) => {
              const value = event.target.value;
              if (isStage(value)) save('defaultStage', { ok: true, value }, 'defaultStage', 'Default stage');
            }}
          >
            {Object.entries(STAGE_NAMES).map(([stage, name]) => (
              <option key={stage} value={stage}>
                {name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextSetting
        id="setting-weighting"
        label="Default social value weighting (%)"
        hint={inForce.minimumWeighting > 0 ? `Your organisation’s minimum is ${String(inForce.minimumWeighting)}%.` : undefined}
        inputMode="decimal"
        value={drafts.defaultWeighting}
        error={errors.defaultWeighting}
        locked={locked('defaultWeighting')}
        onInput={(value) => {
          typed('defaultWeighting', value);
          save('defaultWeighting', checkWeighting(value, inForce.minimumWeighting), 'defaultWeighting', 'Default weighting');
        }}
      />
      <fieldset className="settings-limit">
        <legend>Default response limit</legend>
        <TextSetting
          id="setting-limit"
          label="Limit"
          inputMode="numeric"
          value={drafts.limit}
          error={errors.limit}
          locked={false}
          onInput={(value) => {
            typed('limit', value);
            save('limit', checkLimit(value, shown.defaultResponseLimit.unit), 'defaultResponseLimit', 'Default response limit');
          }}
        />
        <Field id="setting-limit-unit" label="Counted in" locked={false}>
          {(describedBy) => (
            <select
              id="setting-limit-unit"
              value={shown.defaultResponseLimit.unit}
              aria-describedby={describedBy}
              onChange={(event) => {
                const unit = event.target.value === 'characters' ? 'characters' : 'words';
                save('limit', { ok: true, value: { value: shown.defaultResponseLimit.value, unit } }, 'defaultResponseLimit', 'Default response limit');
              }}
            >
              <option value="words">words</option>
              <option value="characters">characters</option>
            </select>
          )}
        </Field>
      </fieldset>
    </form>
  );
}
