/**
 * The demo tender portal `npm start` opens (tests/fixtures/demo.html): an
 * officer inserts the tender question from the panel into a numbered
 * question and into the rich answer box (TinyMCE), and the portal's live
 * limit counters follow. The page passes axe-core's WCAG 2.2 AA rules.
 * Uses only the harness's public functions and the shared insertion steps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations, launchExtension, type ExtensionSession } from './harness';
import { htmlLines, insertFromPanel, openEditorFixture, openPanelOnIndicator, wording } from './insert-helpers';

let session: ExtensionSession;
let panel: Page;

beforeAll(async () => {
  session = await launchExtension();
  panel = await openPanelOnIndicator(session);
});

afterAll(async () => {
  await session.close();
});

const en = (n: number) => n.toLocaleString('en-GB');

/** Opens the demo on one field, checks its counter starts at zero and puts the cursor in the field. */
async function openDemoField(name: string, counterId: string, emptyCounter: string) {
  const fixture = await openEditorFixture(session, 'demo.html', name);
  const counter = fixture.page.locator(`#${counterId}`);
  await expect.poll(() => counter.textContent()).toBe(emptyCounter);
  await fixture.page.bringToFront();
  await fixture.field.click();
  return { fixture, counter };
}

describe('demo tender portal', () => {
  it('inserts the tender question into question 1.1 and its character counter follows', async () => {
    const { fixture: q1, counter } = await openDemoField('q1', 'q1-count', '0 of 2,000 characters');
    const { text } = wording('question');
    expect(await insertFromPanel(panel, q1, 'question')).toContain('Inserted');
    await expect.poll(q1.content).toBe(text);
    await expect.poll(() => counter.textContent()).toBe(`${en(text.length)} of 2,000 characters`);
    // Typing afterwards counts too.
    await q1.page.keyboard.type('!');
    await expect.poll(() => counter.textContent()).toBe(`${en(text.length + 1)} of 2,000 characters`);
    await q1.page.close();
  });

  it('inserts the tender question as formatted text into the rich answer box and its word counter follows', async () => {
    const { fixture: answer, counter } = await openDemoField('answer', 'q4-count', '0 of 500 words');
    const lines = htmlLines(wording('question').html);
    expect(await insertFromPanel(panel, answer, 'question')).toContain('Inserted');
    await expect.poll(answer.content).toBe(lines.join('\n'));
    const words = lines.join(' ').trim().split(/\s+/).length;
    expect(words).toBeGreaterThan(10);
    await expect.poll(() => counter.textContent()).toBe(`${en(words)} of 500 words`);
    await answer.page.close();
  });

  it('has labelled fields, headings and landmarks, and no WCAG 2.2 AA violations', async () => {
    const demo = await openEditorFixture(session, 'demo.html', 'spec');
    const page = demo.page;
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Tender response');
    for (const name of ['1.1 Social value question', '1.2 Local employment', '1.3 Reducing emissions', '1.5 Summary of your offer']) {
      expect(await page.getByLabel(name).count(), name).toBe(1);
    }
    expect(await page.getByRole('searchbox', { name: 'Search documents and clarifications' }).count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
