import { describe, expect, it } from 'vitest';
import {
  fillPlaceholders,
  findPlaceholders,
  isPlaceholder,
  knownPlaceholders,
  unknownPlaceholders,
} from '../../framework/placeholders';
import { PLACEHOLDERS } from '../../framework/schema';

describe('finding placeholders', () => {
  it('lists each name in braces once, in order of first appearance', () => {
    expect(findPlaceholders('{target} jobs on {contractName} over {contractTerm}; {target} again')).toEqual([
      'target',
      'contractName',
      'contractTerm',
    ]);
  });

  it('finds nothing in plain text', () => {
    expect(findPlaceholders('No. of weeks of apprenticeships on the contract')).toEqual([]);
  });

  it('tells known placeholders from unknown ones, case and all', () => {
    const text = 'On {contractName} in {Locality}, answer in {responseLimit} words {contract name} {}';
    expect(knownPlaceholders(text)).toEqual(['contractName', 'responseLimit']);
    expect(unknownPlaceholders(text)).toEqual(['Locality', 'contract name', '']);
  });

  it('knows every placeholder in the typed list and nothing else', () => {
    for (const name of PLACEHOLDERS) expect(isPlaceholder(name)).toBe(true);
    expect(isPlaceholder('contractname')).toBe(false);
    expect(isPlaceholder('toString')).toBe(false);
  });
});

describe('filling placeholders', () => {
  it('replaces every occurrence of each placeholder that has a value', () => {
    expect(
      fillPlaceholders('{organisation} will deliver {target} FTE jobs in {locality} ({target} in total)', {
        organisation: 'Acme Care Ltd',
        target: '12',
        locality: 'Crewe',
      }),
    ).toBe('Acme Care Ltd will deliver 12 FTE jobs in Crewe (12 in total)');
  });

  it('leaves missing, blank and unknown placeholders visible so nothing is silently dropped', () => {
    expect(
      fillPlaceholders('{contractName} for {contractTerm} at {weighting}, see {appendix}', {
        contractName: 'Home Care 2026',
        contractTerm: '   ',
      }),
    ).toBe('Home Care 2026 for {contractTerm} at {weighting}, see {appendix}');
  });

  it('does not expand placeholders that appear inside a value', () => {
    expect(fillPlaceholders('{contractName}: {target}', { contractName: 'Lot {target}', target: '5' })).toBe(
      'Lot {target}: 5',
    );
  });

  it('inserts values as text, markup and all, without interpreting them', () => {
    expect(fillPlaceholders('Contract: {contractName}', { contractName: '<b>Care & Support</b>' })).toBe(
      'Contract: <b>Care & Support</b>',
    );
  });
});
