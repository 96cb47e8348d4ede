/**
 * Shared steps of the insertion end-to-end tests: open the panel on one
 * indicator's detail view, prepare a fixture field (type, move the caret to
 * the middle), insert from the panel and read the editor's own model.
 */
import { expect } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import { defaultFramework } from '../../framework';
import { renderWording, type WordingKind } from '../../framework/render-wording';
import type { ExtensionSession } from './harness';

/** The indicator every insertion test uses: its wording has paragraphs, a list and bold labels. */
export const INDICATOR_ID = 'dementia-friendly';

export const BUTTON_NAMES: Record<WordingKind, string> = {
  indicator: 'Insert indicator wording',
  outcome: 'Insert outcome statement',
  question: 'Insert tender question',
  kpi: 'Insert KPI',
};

export function wording(kind: WordingKind): { text: string; html: string } {
  const indicator = defaultFramework.indicators.find((i) => i.id === INDICATOR_ID);
  if (!indicator) throw new Error(`No indicator ${INDICATOR_ID}`);
  return renderWording(indicator, kind);
}

/** The lines a rich editor shows for the wording's HTML: one per paragraph or list item. */
export function htmlLines(html: string): string[] {
  return html
    .replace(/<\/(p|li|h\d)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .split('\n')
    .filter((line) => line !== '');
}

/** Opens the panel (as a page, like the real side panel) on the indicator's detail view. */
export async function openPanelOnIndicator(session: ExtensionSession): Promise<Page> {
  const panel = await session.openPanel();
  await panel.setViewportSize({ width: 360, height: 900 });
  const search = panel.getByRole('searchbox', { name: 'Search the framework' });
  await search.waitFor();
  await search.fill('dementia friendly');
  const result = panel.locator(`.result-title button[data-indicator="${INDICATOR_ID}"]`);
  await result.click();
  await panel.locator('article.detail').waitFor();
  return panel;
}

export interface FixtureHandle {
  page: Page;
  /** Where the field lives (the page, or its iframe). */
  frame: Page | Frame;
  field: Locator;
  content: () => Promise<string>;
}

export async function openEditorFixture(session: ExtensionSession, path: string, fixtureName?: string): Promise<FixtureHandle> {
  const page = await session.openFixture(path);
  await page.waitForFunction(() => (window as unknown as { fixtureReady?: boolean }).fixtureReady === true, undefined, { timeout: 20_000 });
  const info = await page.evaluate((name) => {
    const w = window as unknown as { fixture: { frame?: string; editable: string }; fixtures?: Record<string, { frame?: string; editable: string }> };
    const api = name ? w.fixtures?.[name] : w.fixture;
    return { frame: api?.frame, editable: api?.editable ?? '' };
  }, fixtureName);
  let frame: Page | Frame = page;
  if (info.frame) {
    const handle = await page.locator(info.frame).elementHandle();
    const inner = await handle.contentFrame();
    if (!inner) throw new Error(`${path}: no frame ${info.frame}`);
    frame = inner;
  }
  const field = frame.locator(info.editable).first();
  const content = () =>
    page.evaluate((name) => {
      const w = window as unknown as { fixture: { getContent(): string }; fixtures?: Record<string, { getContent(): string }> };
      return (name ? w.fixtures?.[name] : w.fixture)?.getContent() ?? '';
    }, fixtureName);
  return { page, frame, field, content };
}

/** Clicks into the field and types `text`, then moves the caret `back` characters to the left. */
export async function typeThenMoveCaret(fixture: FixtureHandle, text: string, back: number): Promise<void> {
  await fixture.page.bringToFront();
  await fixture.field.click();
  await fixture.page.keyboard.type(text);
  for (let i = 0; i < back; i += 1) await fixture.page.keyboard.press('ArrowLeft');
  await expect.poll(fixture.content).toBe(text);
}

/** The status region next to a panel button. */
export function statusFor(panel: Page, buttonName: string): Locator {
  return panel.locator('.actions', { has: panel.getByRole('button', { name: buttonName, exact: true }) }).locator('.insert-status[role="status"]');
}

/** Brings the fixture to the front (the panel targets the last-focused tab) and presses Insert in the panel. */
export async function insertFromPanel(panel: Page, fixture: FixtureHandle, kind: WordingKind): Promise<string> {
  await fixture.page.bringToFront();
  const name = BUTTON_NAMES[kind];
  await panel.getByRole('button', { name, exact: true }).click();
  const status = statusFor(panel, name);
  await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 10_000 }).not.toMatch(/^$|Inserting…/);
  return (await status.textContent()) ?? '';
}

export async function undo(fixture: FixtureHandle): Promise<void> {
  await fixture.page.bringToFront();
  await fixture.page.keyboard.press('Control+z');
}

/**
 * The round trip every insertion test ends with: the field holds exactly
 * "Hello " + inserted + "world", Ctrl+Z restores "Hello world" in one step,
 * and typing afterwards lands in the editor's own model.
 */
export async function expectInsertedUndoableAndInSync(fixture: FixtureHandle, inserted: string): Promise<void> {
  await expect.poll(fixture.content).toBe(`Hello ${inserted}world`);
  await undo(fixture);
  await expect.poll(fixture.content).toBe('Hello world');
  await fixture.page.keyboard.type('!');
  await expect.poll(fixture.content).toBe('Hello !world');
  await fixture.page.close();
}
