/**
 * The values that fill the panel's wording: read from the open pack over the
 * settings in force, and saved back where the Pack view keeps them (contract
 * details on the pack, a KPI target and the question's weighting on the
 * indicator's item, added to the pack when it is not there yet).
 */
import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS } from '../../framework/schema';
import type { Pack } from '../../framework/pack/schema';
import { combine } from '../../components/storage/effective-settings';
import { NO_POLICY, resolvePolicy } from '../../components/storage/policy';
import { DEFAULT_SETTINGS } from '../../components/storage/settings';
import { lockedFields, parsePercent, storedValues, VALUE_FIELDS, withValues, wordingValues } from '../../components/shared/wording-values';

const empty: Pack = { id: 'default', name: 'My tender pack', details: {}, items: [] };
const settings = combine({ settings: { ...DEFAULT_SETTINGS, locality: 'Nantwich', defaultWeighting: 15 } }, NO_POLICY);

describe('wording values', () => {
  it('offers a field for every placeholder', () => {
    expect(VALUE_FIELDS.map((f) => f.name).sort()).toEqual([...PLACEHOLDERS].sort());
  });

  it('fills from the pack, then the settings in force; nothing the pack lacks is made up', () => {
    expect(wordingValues(empty, 'vcse-spend', settings)).toEqual({
      locality: 'Nantwich',
      organisation: 'Cheshire East Council',
      weighting: '15%',
    });
    const pack: Pack = {
      ...empty,
      details: { contractName: 'Meals', locality: 'Crewe', weighting: 20 },
      items: [
        { indicatorId: 'vcse-spend', weight: 25, values: { target: '£5,000' } },
        { indicatorId: 'apprenticeship-weeks', weight: 75, values: { responseLimit: { value: 300, unit: 'words' } } },
      ],
    };
    expect(wordingValues(pack, 'vcse-spend', settings)).toMatchObject({ contractName: 'Meals', locality: 'Crewe', weighting: '20%', questionWeighting: '5%', target: '£5,000' });
    expect(wordingValues(pack, 'apprenticeship-weeks', settings)).toMatchObject({ questionWeighting: '15%', responseLimit: '300' });
    expect(wordingValues(pack, 'apprenticeship-weeks', settings).target).toBeUndefined();
    expect(storedValues(pack, 'vcse-spend', settings).weighting).toBe('20');
  });

  it('puts the organisation’s policy over the pack’s own values, and raises a weighting under its minimum', () => {
    const pack: Pack = { ...empty, details: { locality: 'Crewe', organisation: 'Pack Org', weighting: 5 }, items: [{ indicatorId: 'vcse-spend', weight: 50, values: {} }] };
    const policed = combine({ settings: DEFAULT_SETTINGS }, resolvePolicy({ locality: 'Congleton', minimumWeighting: 12 }));
    expect(wordingValues(pack, 'vcse-spend', policed)).toMatchObject({ locality: 'Congleton', organisation: 'Pack Org', weighting: '12%', questionWeighting: '6%' });
    expect([...lockedFields(pack, policed)]).toEqual(['locality']);
  });

  it('saves contract details on the pack and leaves its items alone', () => {
    const next = withValues(empty, 'vcse-spend', { contractName: ' Meals ', contractTerm: '3 years', weighting: '12.5%' }, settings);
    expect(next.details).toEqual({ contractName: 'Meals', contractTerm: '3 years', weighting: 12.5 });
    expect(next.items).toEqual([]);
    // Blank clears; a weighting that is no number leaves it as it was.
    expect(withValues(next, 'vcse-spend', { contractName: '  ', weighting: 'lots' }, settings).details).toMatchObject({ contractName: undefined, weighting: 12.5 });
    expect(withValues(next, 'vcse-spend', { weighting: '' }, settings).details.weighting).toBeUndefined();
  });

  it('keeps a target and the question’s weighting with the indicator, adding it to the pack', () => {
    const pack: Pack = { ...empty, details: { weighting: 10 }, items: [{ indicatorId: 'apprenticeship-weeks', weight: 100, values: {} }] };
    const next = withValues(pack, 'vcse-spend', { target: '12 {x}', questionWeighting: '2' }, settings);
    expect(next.items.map((i) => i.indicatorId)).toEqual(['apprenticeship-weeks', 'vcse-spend']);
    const item = next.items[1];
    expect(item?.values.target).toBe('12 {x}');
    // 2% of the total is a 20% share of a 10% social value weighting.
    expect(item?.weight).toBe(20);
    expect(wordingValues(next, 'vcse-spend', settings).questionWeighting).toBe('2%');
    // Clearing a value of an indicator not in the pack does not add it.
    expect(withValues(pack, 'vcse-spend', { target: '' }, settings).items).toHaveLength(1);
  });

  it('reads percentages as officers type them', () => {
    expect(parsePercent('10')).toBe(10);
    expect(parsePercent(' 2.5 % ')).toBe(2.5);
    expect(parsePercent('101')).toBeUndefined();
    expect(parsePercent('ten')).toBeUndefined();
    expect(parsePercent(undefined)).toBeUndefined();
  });
});
