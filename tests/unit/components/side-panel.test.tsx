// @vitest-environment happy-dom
/**
 * The side panel as an officer uses it: typing, the keyboard, the filters,
 * what is announced, and what is offered when nothing matches. Rendered
 * with the shipped framework; the browser is WXT's fake one.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { stubPermissions } from './browser-stubs';
import { defaultFramework } from '../../../framework';
import { SidePanel } from '../../../components/SidePanel';
import { EXAMPLE_SEARCHES } from '../../../components/search/EmptyState';

// The panel's body loads lazily after the first paint; loading its module once here keeps
// the first test within its time on a busy machine (the first import builds the search).
beforeAll(async () => {
  await import('../../../components/PanelBody');
}, 60_000);

beforeEach(() => {
  fakeBrowser.reset();
  stubPermissions();
});
afterEach(() => {
  cleanup();
});

/** The panel once its body (loaded just after the first paint) is in. */
async function renderPanel(): Promise<HTMLElement> {
  render(<SidePanel framework={defaultFramework} />);
  // The body's first load (framework, search, views) can take seconds on a busy machine.
  await screen.findByRole('heading', { name: 'Try searching for' }, { timeout: 15_000 });
  return screen.getByRole('searchbox', { name: 'Search the framework' });
}

function type(box: HTMLElement, value: string) {
  fireEvent.change(box, { target: { value } });
}

/** The result cards' main buttons, in order (each card's title). */
function resultTitles(): HTMLElement[] {
  const list = screen.queryByRole('list', { name: 'Results' });
  if (!list) return [];
  return within(list)
    .getAllByRole('heading', { level: 3 })
    .map((heading) => within(heading).getByRole('button'));
}

/** The polite status that announces the count (the Insert and Copy buttons have their own). */
function countStatus(): HTMLElement {
  const section = screen.getByRole('region', { name: 'Results' });
  const [status] = within(section).getAllByRole('status');
  if (!status) throw new Error('no result count status');
  return status;
}

describe('the side panel', () => {
  it('starts in the search box with example searches and announces nothing', async () => {
    const box = await renderPanel();
    expect(document.activeElement).toBe(box);
    expect(screen.getByRole('heading', { name: 'Try searching for' })).toBeTruthy();
    for (const example of EXAMPLE_SEARCHES) expect(screen.getByRole('button', { name: example })).toBeTruthy();
    expect(resultTitles()).toEqual([]);
    expect(countStatus().textContent).toBe('');
  });

  it('keeps what was typed before the rest of the panel had loaded, and searches it', async () => {
    render(<SidePanel framework={defaultFramework} />);
    type(screen.getByRole('searchbox', { name: 'Search the framework' }), 'apprenticeships');
    await waitFor(() => {
      expect(resultTitles().length).toBeGreaterThan(0);
    }, { timeout: 15_000 });
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search the framework' }).value).toBe('apprenticeships');
    expect(countStatus().textContent).toMatch(/^\d+ results? for “apprenticeships”$/);
  });

  it('shows and announces results as the officer types, with the match highlighted', async () => {
    const box = await renderPanel();
    type(box, 'apprenticeships');
    const titles = resultTitles();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles[0]?.textContent).toMatch(/apprenticeship/i);
    expect(titles[0]?.querySelector('mark')?.textContent.toLowerCase()).toBe('apprenticeships');
    expect(countStatus().textContent).toBe(`${titles.length} ${titles.length === 1 ? 'result' : 'results'} for “apprenticeships”`);
    expect(screen.queryByRole('heading', { name: 'Try searching for' })).toBeNull();

    // The cards follow the query.
    type(box, 'biodiversity');
    expect(resultTitles()[0]?.textContent).toMatch(/biodiversity/i);
    expect(resultTitles().map((title) => title.textContent)).not.toContain(titles[0]?.textContent);
    type(box, '');
    expect(resultTitles()).toEqual([]);
    expect(screen.getByRole('heading', { name: 'Try searching for' })).toBeTruthy();
  });

  it('runs an example search when its chip is pressed and returns focus to the box', async () => {
    const box = await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'carbon transport' }));
    expect((box as HTMLInputElement).value).toBe('carbon transport');
    expect(document.activeElement).toBe(box);
    expect(resultTitles().length).toBeGreaterThan(0);
  });

  it('moves through results with the arrow keys, back to the box, and clears on Escape', async () => {
    const box = await renderPanel();
    type(box, 'carbon');
    const titles = resultTitles();
    expect(titles.length).toBeGreaterThan(2);

    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(titles[0]);
    fireEvent.keyDown(titles[0] as HTMLElement, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(titles[1]);
    fireEvent.keyDown(titles[1] as HTMLElement, { key: 'End' });
    expect(document.activeElement).toBe(titles.at(-1));
    fireEvent.keyDown(titles.at(-1) as HTMLElement, { key: 'Home' });
    expect(document.activeElement).toBe(titles[0]);
    fireEvent.keyDown(titles[0] as HTMLElement, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(box);

    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Escape' });
    expect(document.activeElement).toBe(box);
    expect((box as HTMLInputElement).value).toBe('');
    expect(resultTitles()).toEqual([]);
  });

  it('opens a result in the detail view and goes back to it with Escape', async () => {
    const box = await renderPanel();
    type(box, 'apprenticeships');
    const [first, second] = resultTitles();
    const title = second?.textContent ?? '';
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(first as HTMLElement, { key: 'ArrowDown' });
    // Enter on a focused button is the browser's click.
    fireEvent.click(document.activeElement as HTMLElement);

    const heading = screen.getByRole('heading', { level: 2, name: title });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByRole('button', { name: /Back to results/ })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Results' })).toBeNull();

    fireEvent.keyDown(heading, { key: 'Escape' });
    expect(screen.queryByRole('heading', { level: 2, name: title })).toBeNull();
    expect((box as HTMLInputElement).value).toBe('apprenticeships');
    // Back on the result that was opened, not at the top.
    await waitFor(() => {
      expect(document.activeElement).toBe(resultTitles()[1]);
    });
  });

  it('filters by theme, says how many filters are on, and clears them', async () => {
    const box = await renderPanel();
    fireEvent.change(screen.getByRole('combobox', { name: 'Theme' }), { target: { value: 'environmental' } });
    const titles = resultTitles();
    expect(titles.length).toBeGreaterThan(0);
    const environmental = defaultFramework.indicators.filter((indicator) => indicator.themes.includes('environmental'));
    expect(countStatus().textContent).toBe(`${environmental.length} results with 1 filter`);
    expect(screen.getByText('1 on')).toBeTruthy();
    // Every card carries the Environmental badge.
    for (const item of within(screen.getByRole('list', { name: 'Results' })).getAllByRole('listitem')) {
      if (item.closest('ol')) expect(item.textContent).toContain('Environmental');
    }

    type(box, 'carbon');
    expect(countStatus().textContent).toMatch(/^\d+ results? for “carbon” with 1 filter$/);

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Theme' }).value).toBe('');
    expect(screen.queryByText('1 on')).toBeNull();
    expect(countStatus().textContent).toMatch(/^\d+ results? for “carbon”$/);
  });

  it('when filters hide every match, says so and offers the search without them', async () => {
    const box = await renderPanel();
    fireEvent.change(screen.getByRole('combobox', { name: 'Theme' }), { target: { value: 'environmental' } });
    type(box, 'apprenticeships');
    expect(resultTitles()).toEqual([]);
    expect(countStatus().textContent).toBe('No results for “apprenticeships” with 1 filter');
    expect(screen.getByText(/No indicators match/).textContent).toBe('No indicators match “apprenticeships” with these filters.');

    const chip = screen.getByRole('button', { name: /^apprenticeships \(\d+ results?, all filters off\)$/ });
    const offered = Number(/\((\d+)/.exec(chip.textContent)?.[1]);
    fireEvent.click(chip);
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Theme' }).value).toBe('');
    expect(resultTitles()).toHaveLength(offered);
  });

  it('offers the nearest framework word for a misspelling, with what it finds', async () => {
    const box = await renderPanel();
    type(box, 'apprentxcxshipz');
    expect(resultTitles()).toEqual([]);
    expect(screen.getByRole('heading', { name: 'Close matches' })).toBeTruthy();
    const chip = screen.getByRole('button', { name: /^apprenticeships \(\d+ results?\)$/ });
    expect(screen.getByText('Try fewer words, or another word for the same thing.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
    act(() => {
      chip.click();
    });
    expect((box as HTMLInputElement).value).toBe('apprenticeships');
    expect(resultTitles().length).toBeGreaterThan(0);
  });
});
