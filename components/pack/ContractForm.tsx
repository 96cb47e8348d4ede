/**
 * The pack's contract details: blank fields fall back to the settings in
 * force, shown as hints; a field the organisation's policy fixes shows its
 * value read-only, "Set by your organisation".
 */
import { useId } from 'react';
import { EXEMPTION_NAMES } from '../../framework/pack/advice';
import { KPI_EXEMPTIONS, type ContractDetails } from '../../framework/pack/schema';
import type { Settings } from '../storage/settings';

export interface ContractFormProps {
  details: ContractDetails;
  /** What blank fields fall back to (policy over the officer's settings, no pack values). */
  settings: Settings;
  /** Fields the organisation's policy fixes. */
  locked?: ReadonlySet<'organisation' | 'locality' | 'weighting'>;
  /** The lowest weighting the organisation allows (0 when it sets none). */
  minimumWeighting?: number;
  onChange: (details: ContractDetails) => void;
}

const number = (text: string): number | undefined => {
  const value = Number(text.replace(/[£,\s%]/g, ''));
  return text.trim() === '' || !Number.isFinite(value) ? undefined : value;
};

const SET_BY_ORGANISATION = 'Set by your organisation';

export function ContractForm({ details, settings, locked = new Set(), minimumWeighting = 0, onChange }: ContractFormProps) {
  const id = useId();
  const text = (name: 'contractName' | 'contractTerm' | 'locality' | 'organisation', label: string, fallback?: string) => {
    const fixed = (name === 'locality' || name === 'organisation') && locked.has(name);
    const hint = fixed ? SET_BY_ORGANISATION : fallback;
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>{label}</label>
        {hint && (
          <span className="hint" id={`${id}-${name}-hint`}>
            {hint}
          </span>
        )}
        <input
          id={`${id}-${name}`}
          type="text"
          readOnly={fixed}
          value={fixed ? settings[name] : (details[name] ?? '')}
          aria-describedby={hint ? `${id}-${name}-hint` : undefined}
          onChange={(event) => {
            onChange({ ...details, [name]: event.target.value || undefined });
          }}
        />
      </div>
    );
  };
  const weightingFixed = locked.has('weighting');
  const min = String(minimumWeighting);
  const weightingHint = weightingFixed
    ? SET_BY_ORGANISATION
    : details.weighting !== undefined && details.weighting < minimumWeighting
      ? `Your organisation’s minimum is ${min}%: the pack uses ${min}%.`
      : `Blank: ${String(settings.defaultWeighting)}%`;
  const limit = details.responseLimit ?? settings.defaultResponseLimit;
  return (
    <details className="disclosure contract-details" open>
      <summary>About the contract</summary>
      <div className="disclosure-body form-grid">
        {text('contractName', 'Name of the contract')}
        {text('contractTerm', 'Length of the contract', 'For example: 5 years')}
        {text('locality', 'Locality', `Blank: ${settings.locality}`)}
        {text('organisation', 'Organisation', `Blank: ${settings.organisation}`)}
        <div className="field">
          <label htmlFor={`${id}-value`}>Estimated value including VAT (£)</label>
          <input
            id={`${id}-value`}
            type="text"
            inputMode="numeric"
            defaultValue={details.estimatedValue === undefined ? '' : String(details.estimatedValue)}
            onChange={(event) => {
              onChange({ ...details, estimatedValue: number(event.target.value) });
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-weighting`}>Social value weighting (%)</label>
          <span className="hint" id={`${id}-weighting-hint`}>
            {weightingHint}
          </span>
          <input
            id={`${id}-weighting`}
            type="text"
            inputMode="decimal"
            readOnly={weightingFixed}
            aria-describedby={`${id}-weighting-hint`}
            defaultValue={weightingFixed ? String(settings.defaultWeighting) : details.weighting === undefined ? '' : String(details.weighting)}
            onChange={(event) => {
              const value = number(event.target.value);
              onChange({ ...details, weighting: value !== undefined && value >= 0 && value <= 100 ? value : undefined });
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-limit`}>Response limit</label>
          <div className="inline-fields">
            <input
              id={`${id}-limit`}
              type="text"
              inputMode="numeric"
              defaultValue={details.responseLimit ? String(details.responseLimit.value) : ''}
              placeholder={String(settings.defaultResponseLimit.value)}
              onChange={(event) => {
                const value = number(event.target.value);
                onChange({ ...details, responseLimit: value && Number.isInteger(value) && value >= 1 ? { value, unit: limit.unit } : undefined });
              }}
            />
            <select
              aria-label="Response limit counted in"
              value={limit.unit}
              onChange={(event) => {
                onChange({ ...details, responseLimit: { value: limit.value, unit: event.target.value === 'characters' ? 'characters' : 'words' } });
              }}
            >
              <option value="words">words</option>
              <option value="characters">characters</option>
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-exempt`}>Exempt from the s.52 KPI duty</label>
          <select
            id={`${id}-exempt`}
            value={details.kpiExemption ?? ''}
            onChange={(event) => {
              const chosen = KPI_EXEMPTIONS.find((e) => e === event.target.value);
              onChange({ ...details, kpiExemption: chosen });
            }}
          >
            <option value="">Not exempt</option>
            {KPI_EXEMPTIONS.map((e) => (
              <option key={e} value={e}>
                Yes: {EXEMPTION_NAMES[e]}
              </option>
            ))}
          </select>
        </div>
      </div>
    </details>
  );
}
