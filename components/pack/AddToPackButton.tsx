import { addIndicator, hasIndicator, removeIndicator } from '../../framework/pack/edit';
import { updateOpenPack } from './pack-store';
import { usePackStore } from './use-pack-store';

/** Adds an indicator to the open pack, or takes it out again; says which pack. */
export function AddToPackButton({ indicatorId, context }: { indicatorId: string; context?: string }) {
  const { pack, loaded } = usePackStore();
  const inPack = hasIndicator(pack, indicatorId);
  const suffix = context ? `: ${context}` : '';
  const visible = inPack ? 'Remove from pack' : 'Add to pack';
  return (
    <button
      type="button"
      className="action action-pack"
      disabled={!loaded}
      aria-label={`${visible} “${pack.name}”${suffix}`}
      onClick={() => {
        void updateOpenPack((p) => (inPack ? removeIndicator(p, indicatorId) : addIndicator(p, indicatorId)));
      }}
    >
      {visible}
    </button>
  );
}
