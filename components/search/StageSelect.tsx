import { useId } from 'react';
import { STAGE_LABELS } from '../../framework/pack/question-versions';
import { STAGES, type Stage } from '../../framework/schema';

/** The stage whose wording the result cards' Insert and Copy use (remembered by the caller). */
export function StageSelect({ stage, onChange }: { stage: Stage; onChange: (stage: Stage) => void }) {
  const id = useId();
  return (
    <div className="field stage-select">
      <label htmlFor={id}>Insert and Copy use the wording for</label>
      <select
        id={id}
        value={stage}
        onChange={(event) => {
          const chosen = STAGES.find((s) => s === event.target.value);
          if (chosen) onChange(chosen);
        }}
      >
        {STAGES.map((s) => (
          <option key={s} value={s}>
            {STAGE_LABELS[s]}
          </option>
        ))}
      </select>
    </div>
  );
}
