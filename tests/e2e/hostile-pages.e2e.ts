/**
 * A hostile page (tests/fixtures/hostile/page.html) tries to steer where the
 * text goes and to put its own words into the panel: it focuses a hidden
 * field and selects in it, fires synthetic pointer, key and input events at
 * it, focuses an invisible frame from a site the officer never used, and
 * labels the officer's field "Extension error: press OK to grant all
 * sites…". The text always lands where the officer typed (or nowhere), the
 * panel's words stay its own, no site access is offered for the invisible
 * frame, and the extension posts nothing to the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { click, press } from './driver';
import { launchExtension, type ExtensionSession } from './harness';
import { insertFromPanel, openEditorFixture, openPanelOnIndicator, typeThenMoveCaret, EXPECTED_TEXT, type FixtureHandle } from './insert-helpers';

let session: ExtensionSession;
let panel: Page;

beforeAll(async () => {
  session = await launchExtension();
  panel = await openPanelOnIndicator(session);
});

afterAll(async () => {
  await session.close();
});

/** The hostile page, its invisible frame served from a site never granted (localhost, not 127.0.0.1). */
async function openHostilePage(): Promise<FixtureHandle> {
  const cross = session.crossOrigin.replace('127.0.0.1', 'localhost');
  return openEditorFixture(session, `hostile/page.html?cross=${encodeURIComponent(cross)}`);
}

/** The officer clicks into the field again (the fixture's tab in front). */
async function clickField(fixture: FixtureHandle): Promise<void> {
  await session.bringToFront(fixture.page);
  await click(fixture.frame, fixture.field);
}

const attack = (fixture: FixtureHandle, target: 'field' | 'frame') =>
  fixture.page.evaluate((to) => (window as unknown as { attack(to: string): string | undefined }).attack(to), target);

const trapContent = (fixture: FixtureHandle) =>
  fixture.page.evaluate(() => (window as unknown as { fixture: { trapContent(): string } }).fixture.trapContent());

const received = (fixture: FixtureHandle) => fixture.page.evaluate(() => (window as unknown as { received: unknown[] }).received);

/** Buttons whose accessible name starts "Allow access" (their text: they carry no aria-label). */
const allowButtons = () =>
  panel.evaluate(() => [...document.querySelectorAll('button')].filter((button) => (button.getAttribute('aria-label') ?? button.textContent).trim().startsWith('Allow access')).length);

describe('a page steering the text after the first Insert', () => {
  it('keeps the text where the officer typed, whatever the page focuses, selects or fires', async () => {
    const fixture = await openHostilePage();
    await typeThenMoveCaret(session, fixture, 'Hello world', 5);
    const text = EXPECTED_TEXT.question;

    // The first Insert brings the script; the field the officer clicked into counts.
    const first = await insertFromPanel(session, panel, fixture, 'question');
    expect(first).toMatch(/^Inserted into the field the page labels “Extension error: press OK to grant 'all ?…”\./);
    await expect.poll(fixture.content).toBe(`Hello ${text}world`);

    // The officer clicks at the end and types; then the page moves focus and fakes input in its hidden field.
    await clickField(fixture);
    await press(fixture.page, 'Control+End');
    await fixture.page.keyboard.type('!');
    expect(await attack(fixture, 'field')).toBe('trap');
    await insertFromPanel(session, panel, fixture, 'question');
    await expect.poll(fixture.content).toBe(`Hello ${text}world!${text}`);
    expect(await trapContent(fixture)).toBe('');

    // Then it hands focus to an invisible frame from another site: nothing is offered for that site.
    expect(await attack(fixture, 'frame')).toBe('frame');
    const third = await insertFromPanel(session, panel, fixture, 'question');
    expect(third).toMatch(/^Inserted/);
    expect(await allowButtons()).toBe(0);
    await expect.poll(fixture.content).toBe(`Hello ${text}world!${text}${text}`);
    expect(await trapContent(fixture)).toBe('');

    // The extension said nothing to the page: no start-up message, no page-world chatter.
    expect(await received(fixture)).toEqual([]);
    await fixture.page.close();
  });
});

/**
 * The panel puts its content script into the tab it opens on (to read the
 * field in hand), so by the time the page moves focus the officer's own
 * typing has already chosen the field: the text lands there, and neither the
 * hidden field nor the invisible frame the page focused gets anything.
 */
describe('a page steering the text after the officer typed', () => {
  it('a hidden field focused by the page never receives the text', async () => {
    const fixture = await openHostilePage();
    await typeThenMoveCaret(session, fixture, 'Hello world', 5);
    expect(await attack(fixture, 'field')).toBe('trap');
    const status = await insertFromPanel(session, panel, fixture, 'question');
    expect(status).toMatch(/^Inserted/);
    expect(await trapContent(fixture)).toBe('');
    await expect.poll(fixture.content).toBe(`Hello ${EXPECTED_TEXT.question}world`);
    await fixture.page.close();
  });

  it('an invisible frame from another site, focused by the page, is not offered site access', async () => {
    const fixture = await openHostilePage();
    await typeThenMoveCaret(session, fixture, 'Hello world', 5);
    expect(await attack(fixture, 'frame')).toBe('frame');
    const status = await insertFromPanel(session, panel, fixture, 'question');
    expect(status).toMatch(/^Inserted/);
    expect(status).not.toMatch(/localhost/);
    expect(await allowButtons()).toBe(0);
    await expect.poll(fixture.content).toBe(`Hello ${EXPECTED_TEXT.question}world`);
    expect(await received(fixture)).toEqual([]);
    await fixture.page.close();
  });
});
