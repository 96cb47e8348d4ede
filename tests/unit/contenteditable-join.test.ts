// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { joinEdgeParagraphs } from '../../entrypoints/content/adapters/shared';

describe('joinEdgeParagraphs (plain contenteditable insertHTML)', () => {
  it('unwraps the first and last paragraphs so they join the text around the caret', () => {
    expect(joinEdgeParagraphs('<p><strong>A:</strong> a</p><p>B</p><p>C &amp; D</p>')).toBe('<strong>A:</strong> a<p>B</p>C &amp; D');
  });

  it('unwraps a single paragraph once and leaves lists and middle paragraphs alone', () => {
    expect(joinEdgeParagraphs('<p>Only</p>')).toBe('Only');
    expect(joinEdgeParagraphs('<p>Q</p><ul><li>i</li></ul>')).toBe('Q<ul><li>i</li></ul>');
    expect(joinEdgeParagraphs('<ul><li>i</li></ul>')).toBe('<ul><li>i</li></ul>');
  });
});
