import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../../framework';
import { createSearch } from '../../../framework/search';
import { destinationFor, describeHit, MAX_SUGGESTIONS, suggestionsFor } from '../../../entrypoints/background/omnibox';

const search = createSearch(defaultFramework);

describe('address bar suggestions', () => {
  it('suggests the top matches, each choosing its indicator', () => {
    const results = suggestionsFor(search, 'apprentices', 'xml');
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    expect(results[0]?.content).toBe('apprenticeship-weeks');
    expect(suggestionsFor(search, '  ', 'xml')).toEqual([]);
  });

  it('marks matched words with <match> for Chrome and escapes the rest as XML', () => {
    const [hit] = search.search('modern slavery', { limit: 1 });
    if (!hit) throw new Error('no hit');
    const xml = describeHit(hit, 'xml');
    expect(xml).toMatch(/<match>Modern Slavery<\/match>/);
    const withAmpersand = { ...hit, indicator: { ...hit.indicator, text: 'Skills & <training>' }, matches: [{ key: 'text' as const, ranges: [[0, 6] as const] }] };
    expect(describeHit(withAmpersand, 'xml')).toBe('<match>Skills</match> &amp; &lt;training&gt;');
  });

  it('gives Firefox plain text, cut at a word', () => {
    const [hit] = search.search('modern slavery', { limit: 1 });
    if (!hit) throw new Error('no hit');
    const long = { ...hit, indicator: { ...hit.indicator, text: 'Modern slavery '.repeat(20).trim() } };
    const plain = describeHit(long, 'plain');
    expect(plain).not.toContain('<');
    expect(plain.length).toBeLessThanOrEqual(111);
    expect(plain.endsWith('slavery…') || plain.endsWith('Modern…')).toBe(true);
  });

  it('opens the framework page at the indicator chosen, or searching for the words typed', () => {
    expect(destinationFor(defaultFramework, 'vcse-spend')).toMatch(/\/framework\.html#indicator-vcse-spend$/);
    expect(destinationFor(defaultFramework, 'charity spend')).toMatch(/\/framework\.html\?q=charity\+spend$/);
  });
});
