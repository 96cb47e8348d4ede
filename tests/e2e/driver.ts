/**
 * The few page actions the end-to-end tests need, on puppeteer-core pages
 * and frames, the same in Chromium (CDP) and Firefox (WebDriver BiDi).
 * Elements are found by CSS, by accessible role and name (`role()`), or by
 * text (`::-p-text(...)`); `>>>` reaches into shadow roots.
 */
import { Puppeteer, type Frame, type Page } from 'puppeteer-core';

export type Context = Page | Frame;

/**
 * Finds elements by role and accessible name in the page itself. (Puppeteer's
 * `::-p-aria` asks Chromium's accessibility tree, which a background tab does
 * not build.) The name is worked out as browsers do for these simple cases:
 * aria-label, aria-labelledby, a <label>, then the text.
 */
Puppeteer.registerCustomQueryHandler('role', {
  queryAll: (root: Node, query: string): Element[] => {
    const [roleName = '', ...rest] = query.split('|');
    const name = rest.join('|');
    const IMPLICIT: Record<string, string> = {
      button: 'button, [role="button"], summary',
      searchbox: 'input[type="search"], [role="searchbox"]',
      textbox: 'input:not([type]), input[type="text"], textarea, [role="textbox"]',
      combobox: 'select, [role="combobox"]',
    };
    const scope = root as ParentNode;
    const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const accessibleName = (e: Element): string => {
      const label = e.getAttribute('aria-label');
      if (label) return label.trim();
      const by = e.getAttribute('aria-labelledby');
      if (by) return by.split(/\s+/).map((id) => text(e.ownerDocument.getElementById(id))).join(' ');
      if (e.id) {
        const forLabel = e.ownerDocument.querySelector(`label[for="${CSS.escape(e.id)}"]`);
        if (forLabel) return text(forLabel);
      }
      return text(e);
    };
    return [...scope.querySelectorAll(IMPLICIT[roleName] ?? `[role="${roleName}"]`)].filter((e) => accessibleName(e) === name);
  },
});

/** Selector of the element with this ARIA role and exact accessible name. */
export function role(roleName: string, name: string): string {
  return `::-p-role(${JSON.stringify(`${roleName}|${name}`)})`;
}

/** Selector of the element whose text is `text` (the innermost such element). */
export function byText(text: string): string {
  return `::-p-text(${JSON.stringify(text)})`;
}

/**
 * Clicks the element's centre with the mouse. Puppeteer's own click waits
 * for animation frames and intersection observers, which Chromium never runs
 * in a background tab, and the panel is one while the fixture is in front
 * (the real side panel is never a tab, so that must work).
 */
export async function click(context: Context, selector: string): Promise<void> {
  const element = await context.waitForSelector(selector, { timeout: 10_000 });
  if (!element) throw new Error(`No element ${selector}`);
  if (!('mouse' in context)) {
    await element.click(); // a frame's page is in front
    return;
  }
  const point = await element.evaluate((e) => {
    e.scrollIntoView({ block: 'center', inline: 'center' });
    const box = e.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  await context.mouse.click(point.x, point.y);
}

function locate(context: Context, selector: string) {
  return context.locator(selector).setWaitForStableBoundingBox(false).setEnsureElementIsInTheViewport(false);
}

/** Replaces the value of an input, textarea, select or contenteditable. */
export async function fill(context: Context, selector: string, value: string): Promise<void> {
  if (value === '' && 'keyboard' in context) {
    // Puppeteer's fill types nothing for '' and so leaves the old text: select it and delete it as the officer would.
    await context.$eval(selector, (e) => {
      (e as HTMLElement).focus();
      if (e instanceof HTMLInputElement || e instanceof HTMLTextAreaElement) e.select();
    });
    await context.keyboard.press('Backspace');
    return;
  }
  await locate(context, selector).fill(value);
}

/** The element's text, waiting for it to exist. */
export async function textOf(context: Context, selector: string): Promise<string> {
  const element = await context.waitForSelector(selector, { timeout: 10_000 });
  if (!element) throw new Error(`No element ${selector}`);
  return element.evaluate((e) => e.textContent);
}

/** The element's text, or '' while it does not exist (for polling). */
export async function textNow(context: Context, selector: string): Promise<string> {
  const element = await context.$(selector);
  return element ? element.evaluate((e) => e.textContent) : '';
}

export async function allTexts(context: Context, selector: string): Promise<string[]> {
  return context.$$eval(selector, (elements) => elements.map((e) => e.textContent));
}

export async function count(context: Context, selector: string): Promise<number> {
  return (await context.$$(selector)).length;
}

export async function attribute(context: Context, selector: string, name: string): Promise<string | null> {
  const element = await context.waitForSelector(selector, { timeout: 10_000 });
  if (!element) throw new Error(`No element ${selector}`);
  return element.evaluate((e, n) => e.getAttribute(n), name);
}

export async function inputValue(context: Context, selector: string): Promise<string> {
  return context.$eval(selector, (e) => (e as HTMLInputElement).value);
}

/** Presses a key or a chord such as `Control+z` or `Shift+ArrowLeft`. */
export async function press(page: Page, chord: string, times = 1): Promise<void> {
  const keys = chord.split('+') as Parameters<Page['keyboard']['press']>[0][];
  const key = keys.pop();
  if (!key) throw new Error(`No key in ${chord}`);
  for (const modifier of keys) await page.keyboard.down(modifier);
  for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Selector of the form control a `<label>` with exactly this text points at. */
export async function controlFor(context: Context, labelText: string): Promise<string> {
  const id = await context.evaluate(
    (text) => [...document.querySelectorAll('label')].find((label) => label.textContent.trim() === text)?.htmlFor ?? '',
    labelText,
  );
  if (!id) throw new Error(`No control labelled “${labelText}”`);
  return `[id=${JSON.stringify(id)}]`;
}

/** Replaces a field's content as typing would (the page sees one trusted-looking input event, React included). */
export async function replaceText(context: Context, selector: string, value: string): Promise<void> {
  await context.$eval(
    selector,
    (element, text) => {
      (element as HTMLElement).focus();
      if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) element.select();
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- still the only way to edit as the officer would, undo included
      element.ownerDocument.execCommand('insertText', false, text);
    },
    value,
  );
}
