import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../components/storage/settings';
import { exportSettingsFile, parseSettingsFile } from '../../components/storage/settings-file';

describe('settings file', () => {
  it('reads back what it writes', () => {
    const settings = { ...DEFAULT_SETTINGS, locality: 'Alsager', defaultResponseLimit: { value: 2000, unit: 'characters' as const } };
    expect(parseSettingsFile(exportSettingsFile(settings))).toEqual({ ok: true, settings, ownWording: {} });
  });

  it.each([
    ['not JSON', '{ nope', /not valid JSON/],
    ['a framework file', JSON.stringify({ schemaVersion: 1, themes: [] }), /not a Social Value Assistant settings file/],
    ['a weighting out of range', JSON.stringify({ format: 'social-value-assistant-settings', version: 1, settings: { ...DEFAULT_SETTINGS, defaultWeighting: 140 } }), /^Default weighting:/],
    ['an unknown stage', JSON.stringify({ format: 'social-value-assistant-settings', version: 1, settings: { ...DEFAULT_SETTINGS, defaultStage: 'later' } }), /^Default stage:/],
    ['a missing field', JSON.stringify({ format: 'social-value-assistant-settings', version: 1, settings: { organisation: 'X' } }), /^Locality:/],
  ])('refuses %s with a plain reason', (_name, text, reason) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.some((error) => reason.test(error))).toBe(true);
  });
});
