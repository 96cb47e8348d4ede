// @vitest-environment happy-dom
/**
 * The options page's framework section: a file that fails the checks lists
 * its errors and changes nothing; a good one becomes the framework in use;
 * going back to Cheshire East's is one button. Storage is WXT's fake browser.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultFramework, exportFramework } from '../../../framework';
import { FrameworkSettings } from '../../../components/options/FrameworkSettings';
import { loadActiveFramework } from '../../../components/storage/active-framework';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
});

const DEFAULT_IN_USE = `In use: ${defaultFramework.name} (${defaultFramework.publisher}, ${defaultFramework.indicators.length} indicators).`;

function borsetshire(): string {
  const custom = structuredClone(defaultFramework);
  custom.id = 'borsetshire';
  custom.name = 'Borsetshire Social Value Framework';
  custom.indicators = custom.indicators.slice(0, 3);
  return exportFramework(custom);
}

async function renderSettings() {
  render(<FrameworkSettings />);
  await screen.findByText((_, element) => element?.tagName === 'P' && element.textContent.startsWith('In use:'));
}

function inUse(): string {
  const paragraph = screen.getByText((_, element) => element?.tagName === 'P' && element.textContent.startsWith('In use:'));
  return paragraph.textContent;
}

function choose(name: string, text: string) {
  const input = screen.getByLabelText('Import a framework file (JSON)');
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

describe('the framework settings', () => {
  it('shows the shipped framework in use, with no way back needed', async () => {
    await renderSettings();
    expect(inUse()).toBe(DEFAULT_IN_USE);
    expect(screen.queryByRole('button', { name: 'Use the Cheshire East framework' })).toBeNull();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Export the framework in use' }).disabled).toBe(false);
  });

  it('lists what is wrong with a bad file and changes nothing', async () => {
    await renderSettings();
    const broken = JSON.parse(borsetshire()) as { indicators: { themes: string[] }[]; name: unknown };
    broken.name = 42;
    if (broken.indicators[0]) broken.indicators[0].themes = ['enviromental'];
    choose('broken.json', JSON.stringify(broken));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('“broken.json” was not imported, and nothing has changed. Please correct the file:')).toBeTruthy();
    const errors = within(alert).getAllByRole('listitem').map((item) => item.textContent);
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors.some((error) => error.includes('name'))).toBe(true);
    expect(errors.some((error) => error.includes('enviromental'))).toBe(true);

    expect(inUse()).toBe(DEFAULT_IN_USE);
    expect((await loadActiveFramework()).source).toBe('default');
    expect(screen.queryByRole('button', { name: 'Use the Cheshire East framework' })).toBeNull();
  });

  it('refuses a file that is not JSON, naming the file', async () => {
    await renderSettings();
    choose('notes.json', 'this is not json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“notes.json” was not imported');
    expect(within(alert).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect((await loadActiveFramework()).source).toBe('default');
  });

  it('uses a good file, says so, and goes back to Cheshire East’s on request', async () => {
    await renderSettings();
    choose('borsetshire.json', borsetshire());
    await waitFor(() => {
      expect(screen.getByText('Imported “Borsetshire Social Value Framework” (3 indicators). It is now the framework in use.')).toBeTruthy();
    });
    await waitFor(() => {
      expect(inUse()).toBe(`In use: Borsetshire Social Value Framework (${defaultFramework.publisher}, 3 indicators), imported from a file.`);
    });
    expect(screen.queryByRole('alert')).toBeNull();
    expect((await loadActiveFramework()).framework.name).toBe('Borsetshire Social Value Framework');

    fireEvent.click(screen.getByRole('button', { name: 'Use the Cheshire East framework' }));
    await waitFor(() => {
      expect(screen.getByRole('status').textContent).toBe('The Cheshire East Social Value Framework is in use again.');
    });
    await waitFor(() => {
      expect(inUse()).toBe(DEFAULT_IN_USE);
    });
    expect((await loadActiveFramework()).source).toBe('default');
    expect(screen.queryByRole('button', { name: 'Use the Cheshire East framework' })).toBeNull();
  });
});
