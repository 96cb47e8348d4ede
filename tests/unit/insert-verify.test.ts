// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { singleLine } from '../../entrypoints/content/insert';
import { arrived, snapshot } from '../../entrypoints/content/verify';

describe('reading a field back after inserting', () => {
  it('text fields: only the exact expected value counts as arrived', () => {
    const field = document.createElement('textarea');
    field.value = 'Hello world';
    const before = snapshot(field, 'NEW ', '<p>NEW</p>', 6, 6);
    expect(arrived(field, before)).toBe(false);
    field.value = 'Hello NEW world';
    expect(arrived(field, before)).toBe(true);
    // Cut off (as maxlength would) is not arrived.
    field.value = 'Hello NEworld';
    expect(arrived(field, before)).toBe(false);
  });

  it('rich editors: the text must appear once more than before, whatever the line breaks became', () => {
    const host = document.createElement('div');
    const text = 'Measure: the number of initiatives completed in the period\nUnit: initiatives completed with evidence';
    host.innerHTML = '<p>Hello</p>';
    const before = snapshot(host, text, '<p><strong>Measure:</strong> the number of initiatives completed in the period</p><p><strong>Unit:</strong> initiatives completed with evidence</p>');
    expect(arrived(host, before)).toBe(false);
    host.innerHTML = '<p>Hello <b>Measure:</b> the number of initiatives completed in the period</p><p>Unit: initiatives completed with evidence</p>';
    expect(arrived(host, before)).toBe(true);
  });

  it('rich editors: inserting the same wording twice is still seen the second time', () => {
    const host = document.createElement('div');
    host.textContent = 'Short wording.';
    const before = snapshot(host, 'Short wording.', '<p>Short wording.</p>');
    expect(arrived(host, before)).toBe(false);
    host.textContent = 'Short wording. Short wording.';
    expect(arrived(host, before)).toBe(true);
  });
});

describe('single-line inputs', () => {
  it('joins lines with single spaces', () => {
    expect(singleLine('Measure: x\n\nUnit: y \n Target: z\n')).toBe('Measure: x Unit: y Target: z');
  });
});
