import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../framework';
import { indicatorFromHash, indicatorLink, queryFromSearch, searchLink } from '../../components/framework-page/links';
import { frameworkOutline } from '../../components/framework-page/outline';

describe('framework page', () => {
  it('writes every indicator out exactly once, under a theme it belongs to', () => {
    const outline = frameworkOutline(defaultFramework);
    expect(outline.map((item) => item.theme.id)).toEqual(defaultFramework.themes.map((theme) => theme.id));
    const primary = outline.flatMap((item) =>
      item.outcomes.flatMap((group) => group.entries.filter((entry) => entry.primary).map((entry) => ({ id: entry.indicator.id, theme: item.theme.id, themes: entry.indicator.themes }))),
    );
    expect(primary.map((entry) => entry.id).sort()).toEqual(defaultFramework.indicators.map((indicator) => indicator.id).sort());
    for (const entry of primary) expect(entry.themes).toContain(entry.theme);
  });

  it('links to an indicator by its id and reads the id back', () => {
    expect(indicatorLink('vcse-spend')).toBe('/framework.html#indicator-vcse-spend');
    expect(indicatorFromHash('#indicator-vcse-spend')).toBe('vcse-spend');
    expect(indicatorFromHash('#guidance')).toBeUndefined();
    expect(indicatorFromHash('#indicator-')).toBeUndefined();
    expect(queryFromSearch(searchLink('carbon & travel').split('?')[1] ?? '')).toBe('carbon & travel');
  });
});
