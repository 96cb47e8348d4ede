/** The pack's indicators in order: share, minimum score, KPI target, and Move up / Move down / Remove by keyboard or pointer. */
import { useId, useRef, useState } from 'react';
import { moveIndicator, removeIndicator, updateItem } from '../../framework/pack/edit';
import type { Pack } from '../../framework/pack/schema';
import type { Framework } from '../../framework/schema';
import { shortName } from '../search/ResultList';

export interface PackItemsProps {
  framework: Framework;
  pack: Pack;
  onChange: (change: (pack: Pack) => Pack) => void;
}

export function PackItems({ framework, pack, onChange }: PackItemsProps) {
  const id = useId();
  const [announcement, setAnnouncement] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const byId = new Map(framework.indicators.map((indicator) => [indicator.id, indicator]));
  const total = pack.items.length;

  const move = (index: number, by: number, name: string, id: string) => {
    onChange((p) => moveIndicator(p, index, by));
    const to = index + by;
    setAnnouncement(`Moved “${name}” to position ${String(to + 1)} of ${String(total)}.`);
    // Keep focus on the same button of the moved item, or its other button at an end.
    requestAnimationFrame(() => {
      const row = list.current?.querySelector(`[data-indicator="${id}"]`);
      const wanted = row?.querySelector<HTMLButtonElement>(`button[data-move="${by < 0 ? 'up' : 'down'}"]:not(:disabled)`);
      (wanted ?? row?.querySelector<HTMLButtonElement>('button[data-move]:not(:disabled)'))?.focus();
    });
  };

  if (total === 0) {
    return <p className="muted">This pack is empty. Search for indicators and press “Add to pack” on each one you want.</p>;
  }
  return (
    <>
      <ol className="pack-items" ref={list} aria-label={`Indicators in ${pack.name}`}>
        {pack.items.map((item, index) => {
          const indicator = byId.get(item.indicatorId);
          const name = indicator ? shortName(indicator.text) : item.indicatorId;
          const field = `${id}-${item.indicatorId}`;
          return (
            <li key={item.indicatorId} className="pack-item" data-indicator={item.indicatorId}>
              <p className="pack-item-title">
                <span className="pack-item-number">SV{index + 1}</span> {indicator ? indicator.text : `${item.indicatorId} (not in the framework in use)`}
              </p>
              <div className="form-grid">
                <div className="field">
                  <label htmlFor={`${field}-share`}>Share of social value (%)</label>
                  <input
                    id={`${field}-share`}
                    type="number"
                    min={0}
                    max={100}
                    step="any"
                    value={item.weight}
                    onChange={(event) => {
                      const value = Number(event.target.value);
                      if (Number.isFinite(value) && value >= 0 && value <= 100) onChange((p) => updateItem(p, item.indicatorId, { weight: value }));
                    }}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`${field}-min`}>Minimum acceptable score</label>
                  <select
                    id={`${field}-min`}
                    value={item.minimumScore ?? ''}
                    onChange={(event) => {
                      const value = event.target.value === '' ? undefined : Number(event.target.value);
                      onChange((p) => updateItem(p, item.indicatorId, { minimumScore: value }));
                    }}
                  >
                    <option value="">None</option>
                    {[1, 2, 3, 4, 5].map((score) => (
                      <option key={score} value={score}>
                        {score} of 5
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`${field}-target`}>KPI target</label>
                  <input
                    id={`${field}-target`}
                    type="text"
                    value={item.values.target ?? ''}
                    onChange={(event) => {
                      onChange((p) => updateItem(p, item.indicatorId, { values: { ...item.values, target: event.target.value || undefined } }));
                    }}
                  />
                </div>
              </div>
              <div className="actions pack-item-actions">
                <button type="button" data-move="up" disabled={index === 0} aria-label={`Move up: ${name}`} onClick={() => { move(index, -1, name, item.indicatorId); }}>
                  Move up
                </button>
                <button type="button" data-move="down" disabled={index === total - 1} aria-label={`Move down: ${name}`} onClick={() => { move(index, 1, name, item.indicatorId); }}>
                  Move down
                </button>
                <button
                  type="button"
                  aria-label={`Remove: ${name}`}
                  onClick={() => {
                    onChange((p) => removeIndicator(p, item.indicatorId));
                    setAnnouncement(`Removed “${name}” from the pack.`);
                  }}
                >
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </>
  );
}
