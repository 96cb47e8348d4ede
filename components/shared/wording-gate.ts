/** Saving the values filled in before Insert or Copy to the open pack (the same storage the Pack view uses). */
import { hasIndicator } from '../../framework/pack/edit';
import type { Indicator } from '../../framework/schema';
import { updateOpenPack } from '../pack/pack-store';
import type { PreparedWording, WordingSources } from './prepare-wording';
import { withValues } from './wording-values';
import type { WordingActionsProps } from './WordingActions';

export function gateFor(prepared: PreparedWording, sources: WordingSources, indicator: Indicator): NonNullable<WordingActionsProps['gate']> {
  const adds = prepared.missing.some((field) => field.belongsTo === 'indicator') && !hasIndicator(sources.pack, indicator.id);
  return {
    missing: prepared.missing,
    renderWith: prepared.renderWith,
    save: (values) => {
      void updateOpenPack((pack) => withValues(pack, indicator.id, values, sources.inForce));
    },
    savedIn: `What you fill in is saved in your pack “${sources.pack.name}”${adds ? ', and this indicator is added to it' : ''}.`,
  };
}
