/**
 * One piece of an indicator's wording made ready for Insert and Copy in the
 * panel: rendered with the open pack's values and the officer's own wording
 * in force (the one render path, framework/render-wording.ts), with the
 * placeholders it still lacks, and how to fill and save them first.
 */
import type { Pack } from '../../framework/pack/schema';
import type { PlaceholderValues } from '../../framework/placeholders';
import { unfilledPlaceholders, type RenderedWording, type RenderOptions, type WordingKind } from '../../framework/render-wording';
import type { Indicator } from '../../framework/schema';
import type { OwnWording } from '../storage/own-wording';
import type { SettingsInForce } from '../storage/effective-settings';
import { valueField, withValues, wordingValues, type ValueField } from './wording-values';

/** Which wording: its kind, how it is rendered (e.g. the bidders' question), and whether it keeps what a strong answer contains. */
export interface WordingSpec {
  kind: WordingKind;
  render: (indicator: Indicator, values?: PlaceholderValues, options?: RenderOptions) => RenderedWording;
  withStrongAnswer: boolean;
}

/** What the wording is filled from. */
export interface WordingSources {
  pack: Pack;
  /** The organisation's policy over the officer's settings. */
  inForce: SettingsInForce;
  /** The officer's wording in force (none when the organisation turns editing off). */
  own: OwnWording;
}

export interface PreparedWording {
  content: RenderedWording;
  /** Values the wording uses that are still blank, as form fields. */
  missing: ValueField[];
  /** The wording as it would read with these values typed in. */
  renderWith: (values: PlaceholderValues) => RenderedWording;
  /** The pack with these values saved in it. */
  packWith: (values: PlaceholderValues) => Pack;
}

export function prepareWording(sources: WordingSources, indicator: Indicator, spec: WordingSpec): PreparedWording {
  const options: RenderOptions = { supplierTerm: sources.inForce.settings.supplierTerm, own: sources.own[indicator.id] };
  const packWith = (values: PlaceholderValues) => withValues(sources.pack, indicator.id, values, sources.inForce);
  const valuesOf = (pack: Pack) => wordingValues(pack, indicator.id, sources.inForce);
  const values = valuesOf(sources.pack);
  return {
    content: spec.render(indicator, values, options),
    missing: unfilledPlaceholders(indicator, spec.kind, values, { ...options, withStrongAnswer: spec.withStrongAnswer }).map(valueField),
    renderWith: (typed) => spec.render(indicator, valuesOf(packWith(typed)), options),
    packWith,
  };
}
