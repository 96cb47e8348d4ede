/**
 * The officer's own wording: rendered in place of the framework's through
 * the one render path, asked for when its placeholders are blank, kept
 * beside the framework's in storage, turned off (not deleted) by the
 * organisation's policy (stubbed managed storage), and carried in the
 * settings file with validation on import.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultFramework } from '../../framework';
import { STAGE_WORDING } from '../../framework/pack/question-versions';
import { fillWording, renderWording, unfilledPlaceholders } from '../../framework/render-wording';
import type { Indicator } from '../../framework/schema';
import {
  importOwnWording,
  loadOwnWording,
  loadOwnWordingInForce,
  OwnWordingOffError,
  saveOwnWording,
} from '../../components/storage/own-wording';
import { exportSettingsFile, parseSettingsFile } from '../../components/storage/settings-file';
import { kpiScheduleCsv, scoringSheetCsv } from '../../framework/pack/csv';
import { sectionToDocxBytes } from '../../framework/pack/docx';
import { sectionToMarkdown } from '../../framework/pack/render';
import { generateSection, missingValues } from '../../framework/pack/section';
import { details, realisticPack } from './pack/realistic-pack';
import mammoth from 'mammoth';
import Papa from 'papaparse';
import { DEFAULT_SETTINGS } from '../../components/storage/settings';

function indicator(id: string): Indicator {
  const found = defaultFramework.indicators.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

const vcse = indicator('vcse-spend');

describe('own wording in the rendered wording', () => {
  it('replaces only the piece the officer wrote, fills its placeholders, and leaves the rest the framework’s', () => {
    const own = { question: 'How much will you spend with VCSEs on {contractName}?', measure: 'VCSE spend in {locality}' };
    const question = renderWording(vcse, 'question', { contractName: 'Meals' }, { own });
    expect(question.text.split('\n')[0]).toBe('How much will you spend with VCSEs on Meals?');
    expect(question.text).toContain('What a strong answer contains:');
    const kpi = renderWording(vcse, 'kpi', { locality: 'Crewe' }, { own });
    expect(kpi.text.split('\n')[0]).toBe('Measure: VCSE spend in Crewe');
    expect(kpi.text).toContain(`Unit: ${fillWording(vcse.wording.contractManagement.unit, {})}`);
    expect(renderWording(vcse, 'outcome', {}, { own }).text).toBe(renderWording(vcse, 'outcome').text);
    // The result card's stage wording (the bidders' question) goes the same way.
    expect(STAGE_WORDING.procurement.render(vcse, { contractName: 'Meals' }, { own }).text.split('\n')[0]).toBe('How much will you spend with VCSEs on Meals?');
    // HTML stays escaped.
    expect(renderWording(vcse, 'question', {}, { own: { question: '<b>Bold & brave</b>' } }).html).toContain('<p>&lt;b&gt;Bold &amp; brave&lt;/b&gt;</p>');
  });

  it('lists the blank placeholders a piece uses, the officer’s own included, in order, once each', () => {
    const apprenticeships = indicator('apprenticeship-weeks');
    expect(unfilledPlaceholders(apprenticeships, 'outcome')).toEqual(['contractName', 'contractTerm']);
    expect(unfilledPlaceholders(apprenticeships, 'outcome', { contractName: 'X', contractTerm: ' ' })).toEqual(['contractTerm']);
    expect(unfilledPlaceholders(apprenticeships, 'outcome', {}, { own: { outcome: 'Apprentices on {organisation} sites.' } })).toEqual(['organisation']);
    // The weighting model under every question asks for both weightings; the response limit has its suggested value.
    expect(unfilledPlaceholders(apprenticeships, 'question')).toEqual(['contractName', 'locality', 'weighting', 'questionWeighting']);
    expect(unfilledPlaceholders(apprenticeships, 'question', { contractName: 'X', locality: 'Z', weighting: '10%' })).toEqual(['questionWeighting']);
    expect(unfilledPlaceholders(apprenticeships, 'kpi', { contractName: 'X', target: '12' })).toEqual([]);
    expect(unfilledPlaceholders(apprenticeships, 'indicator')).toEqual([]);
  });

  it('puts typed values in literally: no braces or brackets in them expanded, no defined term swapped', () => {
    expect(fillWording('On {contractName} for {contractTerm}', { contractName: 'Lot {target} [locality]' })).toBe('On Lot {target} [locality] for [contract term]');
    const outcome = renderWording(vcse, 'outcome', { contractName: 'Provider Services {contractTerm}' }, { supplierTerm: 'Supplier', own: { outcome: 'The Provider runs {contractName}.' } });
    expect(outcome.text).toBe('The Supplier runs Provider Services {contractTerm}.');
  });
});

describe('own wording in storage, under the organisation’s policy', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('is in force unless the policy turns custom wording off; then it is kept, not applied, and cannot be changed', async () => {
    await saveOwnWording('vcse-spend', 'question', 'Mine');
    expect(await loadOwnWordingInForce()).toEqual({ wording: { 'vcse-spend': { question: 'Mine' } }, editable: true });

    await fakeBrowser.storage.managed.set({ disabledFeatures: ['custom-wording'] });
    expect(await loadOwnWordingInForce()).toEqual({ wording: {}, editable: false });
    await expect(saveOwnWording('vcse-spend', 'question', 'Other')).rejects.toBeInstanceOf(OwnWordingOffError);
    await expect(saveOwnWording('vcse-spend', 'question', '')).rejects.toThrow('Editing wording is turned off by your organisation.');
    await expect(importOwnWording({ 'vcse-spend': { measure: 'X' } })).rejects.toBeInstanceOf(OwnWordingOffError);
    expect((await loadOwnWording()).value).toEqual({ 'vcse-spend': { question: 'Mine' } });

    // Another feature turned off leaves own wording alone.
    await fakeBrowser.storage.managed.set({ disabledFeatures: ['framework-import'] });
    expect((await loadOwnWordingInForce()).editable).toBe(true);
  });

  it('imports wording piece by piece over what is kept', async () => {
    await saveOwnWording('vcse-spend', 'question', 'Mine');
    await saveOwnWording('vcse-spend', 'measure', 'My measure');
    await importOwnWording({ 'vcse-spend': { question: 'Theirs' }, 'apprenticeship-weeks': { outcome: 'An outcome' } });
    expect((await loadOwnWording()).value).toEqual({
      'vcse-spend': { question: 'Theirs', measure: 'My measure' },
      'apprenticeship-weeks': { outcome: 'An outcome' },
    });
  });
});

describe('own wording in the settings file', () => {
  const own = { 'vcse-spend': { question: 'Mine, with “quotes” & {contractName}' } };

  it('is written with the settings and read back', () => {
    const text = exportSettingsFile(DEFAULT_SETTINGS, own);
    expect(JSON.parse(text)).toMatchObject({ version: 2, ownWording: own });
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings: DEFAULT_SETTINGS, ownWording: own });
  });

  it('still reads a version 1 file, settings only', () => {
    const v1 = JSON.stringify({ format: 'social-value-assistant-settings', version: 1, settings: DEFAULT_SETTINGS });
    expect(parseSettingsFile(v1)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it.each([
    ['an unknown piece', { 'vcse-spend': { heading: 'X' } }, /^Your wording of “vcse-spend”/],
    ['an empty text', { 'vcse-spend': { question: '   ' } }, /^Your wording of “vcse-spend” tender question:/],
    ['not an object', 'some text', /^Your wording:/],
  ])('refuses %s with a plain reason and imports nothing', (_name, ownWording, reason) => {
    const result = parseSettingsFile(JSON.stringify({ format: 'social-value-assistant-settings', version: 2, settings: DEFAULT_SETTINGS, ownWording }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.some((error) => reason.test(error))).toBe(true);
  });
});

describe('own wording in the pack’s outputs', () => {
  const pack = realisticPack();
  const own = { 'vcse-spend': { question: 'How much of {contractName} will you spend with VCSEs?', measure: 'Spend with VCSEs in {locality}' } };
  const section = generateSection({ framework: defaultFramework, pack, details: details(pack), version: 'evaluator', ownWording: own });
  const QUESTION = 'How much of Highways Maintenance 2027 will you spend with VCSEs? (wording edited by the officer)';
  const MEASURE = 'Spend with VCSEs in Cheshire East (wording edited by the officer)';
  const rows = (csv: string) => Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;

  it('puts the officer’s question and measure, marked, in the Markdown, the CSVs and the .docx', async () => {
    expect(sectionToMarkdown(section)).toContain(QUESTION);
    expect(sectionToMarkdown(section)).toContain(MEASURE);
    expect(rows(scoringSheetCsv(section)).find((r) => r[0] === 'SV5')?.[1]).toBe(QUESTION);
    expect(rows(kpiScheduleCsv(section)).find((r) => r[0] === 'KPI 5')?.[1]).toBe(MEASURE);
    // Only the piece the officer changed is marked.
    expect(sectionToMarkdown(section).match(/wording edited by the officer/g)).toHaveLength(2);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await sectionToDocxBytes(section)) });
    expect(value).toContain(QUESTION);
    expect(value).toContain(MEASURE);
  });

  it('asks for a value the officer’s own wording uses before export', () => {
    const term = { ...pack, details: { ...pack.details, contractTerm: undefined } };
    // The framework's question and KPI for VCSE spend do not use the contract term; the officer's question does.
    const onlyVcse = { ...term, items: term.items.filter((i) => i.indicatorId === 'vcse-spend') };
    const without = missingValues(defaultFramework, onlyVcse, details(onlyVcse)).map((m) => m.field);
    const withOwn = missingValues(defaultFramework, onlyVcse, details(onlyVcse), { 'vcse-spend': { question: 'Over {contractTerm}, what will you spend?' } }).map((m) => m.field);
    expect(without).not.toContain('contractTerm');
    expect(withOwn).toContain('contractTerm');
  });
});
