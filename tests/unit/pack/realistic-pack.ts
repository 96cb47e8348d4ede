/** A realistic pack for the pack builder's tests: five indicators from three themes, every value filled. */
import { defaultFramework } from '../../../framework';
import { resolveDetails, type DetailDefaults } from '../../../framework/pack/section';
import type { Pack } from '../../../framework/pack/schema';

export const framework = defaultFramework;

export const DEFAULTS: DetailDefaults = {
  organisation: 'Cheshire East Council',
  locality: 'Cheshire East',
  defaultWeighting: 10,
  defaultResponseLimit: { value: 500, unit: 'words' },
};

export const PACK_IDS = ['apprenticeship-weeks', 'local-people-employed', 'ghg-savings-non-transport', 'homelessness-initiatives', 'vcse-spend'];

export function realisticPack(): Pack {
  return {
    id: 'p1',
    name: 'Highways 2027',
    details: { contractName: 'Highways Maintenance 2027', contractTerm: '5 years', estimatedValue: 12_000_000, weighting: 15 },
    items: [
      { indicatorId: 'apprenticeship-weeks', weight: 30, minimumScore: 2, values: { target: '52' } },
      { indicatorId: 'local-people-employed', weight: 25, values: { target: '40' } },
      { indicatorId: 'ghg-savings-non-transport', weight: 20, values: { target: '120' } },
      { indicatorId: 'homelessness-initiatives', weight: 15, values: { target: '25', responseLimit: { value: 3000, unit: 'characters' } } },
      { indicatorId: 'vcse-spend', weight: 10, values: { target: '£250,000' } },
    ],
  };
}

export const details = (pack: Pack) => resolveDetails(pack.details, DEFAULTS);
