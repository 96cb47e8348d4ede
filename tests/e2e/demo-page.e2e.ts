/**
 * The demo tender portal `npm start` opens (tests/fixtures/demo.html): an
 * officer inserts the tender question from the panel into a numbered
 * question and into the rich answer box (TinyMCE), and the portal's live
 * limit counters follow. The page passes axe-core's WCAG 2.2 AA rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { click, controlFor, count, role, textNow } from './driver';
import { accessibilityViolations, launchExtension, type ExtensionSession } from './harness';
import { EXPECTED_LINES, EXPECTED_TEXT, insertFromPanel, openEditorFixture, openPanelOnIndicator } from './insert-helpers';

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
  const counter = () => textNow(fixture.page, `#${counterId}`);
  await expect.poll(counter).toBe(emptyCounter);
  await session.bringToFront(fixture.page);
  await click(fixture.frame, fixture.field);
  return { fixture, counter };
}

describe('demo tender portal', () => {
  it('inserts the tender question into question 1.1 and its character counter follows', async () => {
    const { fixture: q1, counter } = await openDemoField('q1', 'q1-count', '0 of 2,000 characters');
    const text = EXPECTED_TEXT.question;
    expect(await insertFromPanel(session, panel, q1, 'question')).toContain('Inserted');
    await expect.poll(q1.content).toBe(text);
    await expect.poll(counter).toBe(`${en(text.length)} of 2,000 characters`);
    // Typing afterwards counts too.
    await q1.page.keyboard.type('!');
    await expect.poll(counter).toBe(`${en(text.length + 1)} of 2,000 characters`);
    await q1.page.close();
  });

  it('inserts the tender question as formatted text into the rich answer box and its word counter follows', async () => {
    const { fixture: answer, counter } = await openDemoField('answer', 'q4-count', '0 of 500 words');
    const lines = EXPECTED_LINES.question;
    expect(await insertFromPanel(session, panel, answer, 'question')).toContain('Inserted');
    await expect.poll(answer.content).toBe(lines.join('\n'));
    const words = lines.join(' ').trim().split(/\s+/).length;
    expect(words).toBeGreaterThan(10);
    await expect.poll(counter).toBe(`${en(words)} of 500 words`);
    await answer.page.close();
  });

  it('has labelled fields, headings and landmarks, and no WCAG 2.2 AA violations', async () => {
    const demo = await openEditorFixture(session, 'demo.html', 'spec');
    const page = demo.page;
    expect(await textNow(page, 'h1')).toContain('Tender response');
    for (const label of [
      '1.1 Social value question (max 2,000 characters)',
      '1.2 Local employment and skills (max 250 words)',
      '1.3 Reducing emissions (max 1,000 characters)',
      '1.5 Summary of your offer (max 150 characters)',
    ]) {
      expect(await count(page, await controlFor(page, label)), label).toBe(1);
    }
    expect(await count(page, role('searchbox', 'Search documents and clarifications'))).toBe(1);
    expect(await count(page, 'main')).toBe(1);
    expect(await count(page, 'header')).toBeGreaterThanOrEqual(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
