// @vitest-environment happy-dom
/**
 * The portal-like fixture forms (tests/fixtures/portals/): each states its
 * question a different way; the field's question text must lead to the
 * indicator it asks about and to its limit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../framework';
import { fieldQuestion } from '../../entrypoints/content/field-context';
import { fieldLimit } from '../../entrypoints/content/field-limit';
import { fieldQuery, fieldSuggestionsFor } from '../../components/search/field-suggestions';

const DIR = resolve(import.meta.dirname, '../fixtures/portals');
const FORMS = readdirSync(DIR).filter((file) => file.endsWith('.html'));

function load(file: string): HTMLElement {
  document.documentElement.innerHTML = readFileSync(resolve(DIR, file), 'utf8').replace(/^<!doctype html>/i, '');
  const target = document.querySelector<HTMLElement>('[data-sva-target]');
  if (!target) throw new Error(`${file} has no [data-sva-target]`);
  return target;
}

describe('the question a field answers', () => {
  it('has at least eight portal-like forms', () => {
    expect(FORMS.length).toBeGreaterThanOrEqual(8);
  });

  it.each(FORMS)('%s: suggests the indicator the question is about', (file) => {
    const target = load(file);
    const question = fieldQuestion(target);
    expect(question).toBeTruthy();
    const expected = (target.dataset.expectIndicator ?? '').split(' ');
    const suggested = fieldSuggestionsFor(defaultFramework, question).map((hit) => hit.indicator.id);
    expect(suggested.some((id) => expected.includes(id)), `${question ?? ''} → ${suggested.join(', ')}`).toBe(true);
  });

  it.each(FORMS)('%s: finds the field’s limit', (file) => {
    const target = load(file);
    const limit = fieldLimit(target);
    const expected = target.dataset.expectLimit;
    expect(limit ? `${String(limit.max)} ${limit.unit}` : 'none').toBe(expected);
  });

  it('does not take a neighbouring question’s field for its own question', () => {
    load('table-row.html');
    const company = document.getElementById('company');
    if (!company) throw new Error('no company field');
    expect(fieldQuestion(company)).toBe('4.1 Company name');
  });

  it('searches the topic, not the limit or the numbering', () => {
    expect(fieldQuery('Q4.2 Describe how you will reduce carbon emissions (max 2,000 characters)')).toBe('reduce carbon emissions');
    expect(fieldQuery('MS2 Staff wellbeing — Limit: 1,500 characters')).toBe('Staff wellbeing');
  });
});
