// @vitest-environment happy-dom
/**
 * The detail view: each stage's wording under the framework's own stage
 * names; the contract details form filling the placeholders from the open
 * pack (blank ones stay visible as "[their name]"); the officer's own
 * wording, edited, marked as theirs and reverted; the organisation's policy
 * turning editing off; and the form of missing values before Copy.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { stubPermissions } from './browser-stubs';
import { defaultFramework } from '../../../framework';
import type { Indicator } from '../../../framework/schema';
import { IndicatorDetail } from '../../../components/detail/IndicatorDetail';
import { packSnapshot, updateStore } from '../../../components/pack/pack-store';
import { defaultStore, openPack } from '../../../components/storage/packs';
import { loadOwnWording, saveOwnWording } from '../../../components/storage/own-wording';

beforeEach(async () => {
  fakeBrowser.reset();
  stubPermissions();
  // The pack store is one live copy for the whole panel: start each test from an empty default pack.
  await updateStore(() => defaultStore());
  await navigator.clipboard.writeText('');
});
afterEach(() => {
  cleanup();
});

function indicator(id: string): Indicator {
  const found = defaultFramework.indicators.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

async function renderDetail(of: Indicator, onBack: () => void = () => undefined) {
  render(<IndicatorDetail framework={defaultFramework} indicator={of} onBack={onBack} />);
  // The policy and the officer's wording are read as the view opens.
  await waitFor(() => {
    expect(screen.queryAllByRole('button', { name: /^Edit wording of the / }).length + screen.queryAllByText('Editing wording is turned off by your organisation').length).toBeGreaterThan(0);
  });
}

/** "n of N filled in", N being the fields the form offers. */
function filledNote(count: number): RegExp {
  const form = screen.getByText(/^Contract details/).closest('details');
  if (!form) throw new Error('no contract details form');
  return new RegExp(`${String(count)} of ${String(within(form).getAllByRole('textbox').length)} filled in`);
}

function stage(title: RegExp): HTMLElement {
  return screen.getByRole('region', { name: title });
}

/** The wording shown for a stage (its first preview, without the buttons). */
function wordingOf(title: RegExp): string {
  const preview = stage(title).querySelector('.wording');
  if (!preview) throw new Error('no wording preview');
  return preview.textContent;
}

async function clipboardText(): Promise<string> {
  const [item] = await navigator.clipboard.read();
  return item ? (await item.getType('text/plain')).text() : '';
}

describe('the indicator detail view', () => {
  const apprenticeships = indicator('apprenticeship-weeks');

  it('shows the indicator and each stage’s wording under the framework’s stage names', async () => {
    await renderDetail(apprenticeships);
    expect(screen.getByRole('heading', { level: 2, name: apprenticeships.text })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: /^Outcome statement\s*Strategic Commissioning \(Planning\)$/ })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: /^Tender question\s*Procurement \(Purchasing\)$/ })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: /^KPI\s*Contract Management \(Monitoring\)$/ })).toBeTruthy();

    expect(wordingOf(/^Outcome statement/)).toContain('The Provider will create and sustain apprenticeships');
    expect(wordingOf(/^Tender question/)).toContain('How many weeks of apprenticeships will you provide');
    expect(wordingOf(/^Tender question/)).toContain('What a strong answer contains');
    const kpi = wordingOf(/^KPI/);
    for (const label of ['Measure:', 'Unit:', 'Target:', 'Reporting frequency:', 'Evidence:']) expect(kpi).toContain(label);
    // Each stage has its own Insert and Copy, named for the wording.
    expect(within(stage(/^Tender question/)).getByRole('button', { name: 'Insert tender question' })).toBeTruthy();
    expect(within(stage(/^KPI/)).getByRole('button', { name: 'Copy KPI' })).toBeTruthy();
  });

  it('fills the placeholders from the contract details, saved in the open pack, and keeps blank ones visible', async () => {
    await renderDetail(apprenticeships);
    expect(screen.getByText(/none filled in/)).toBeTruthy();
    expect(wordingOf(/^Outcome statement/)).toContain('on [contract name]');
    // The locality falls back to the officer's default.
    expect(wordingOf(/^Tender question/)).toContain('from Cheshire East');
    expect(wordingOf(/^Outcome statement/)).not.toContain('{');

    fireEvent.change(screen.getByRole('textbox', { name: 'Contract name' }), { target: { value: 'Crewe Leisure Services' } });
    await waitFor(() => {
      expect(wordingOf(/^Outcome statement/)).toContain('on Crewe Leisure Services');
    });
    expect(wordingOf(/^Tender question/)).not.toContain('[contract name]');
    expect(wordingOf(/^Outcome statement/)).toContain('[contract term]');
    expect(screen.getByText(filledNote(1))).toBeTruthy();
    expect(openPack(packSnapshot().store).details.contractName).toBe('Crewe Leisure Services');

    fireEvent.change(screen.getByRole('textbox', { name: 'Locality' }), { target: { value: 'Macclesfield' } });
    await waitFor(() => {
      expect(wordingOf(/^Tender question/)).toContain('from Macclesfield');
    });
    // A value of spaces only is blank.
    fireEvent.change(screen.getByRole('textbox', { name: 'Contract name' }), { target: { value: '   ' } });
    await waitFor(() => {
      expect(wordingOf(/^Outcome statement/)).toContain('on [contract name]');
    });
  });

  it('keeps a KPI target with the indicator in the pack, and uses the response limit given or the suggested one', async () => {
    await renderDetail(apprenticeships);
    const before = wordingOf(/^Tender question/);
    fireEvent.change(screen.getByRole('textbox', { name: 'Response limit (words)' }), { target: { value: '350' } });
    await waitFor(() => {
      expect(wordingOf(/^Tender question/)).toMatch(/Response limit:\s*350 words/);
    });
    expect(wordingOf(/^Tender question/)).toMatch(/\(maximum 350 words\.?\)/i);
    expect(before).not.toContain('350');
    fireEvent.change(screen.getByRole('textbox', { name: 'KPI target' }), { target: { value: '52 {contractName} [locality]' } });
    // What the officer types is put in literally, braces and brackets too.
    await waitFor(() => {
      expect(wordingOf(/^KPI/)).toContain('52 {contractName} [locality]');
    });
    const item = openPack(packSnapshot().store).items.find((i) => i.indicatorId === apprenticeships.id);
    expect(item?.values).toEqual({ target: '52 {contractName} [locality]', responseLimit: { value: 350, unit: 'words' } });
  });

  it('goes back on Escape from anywhere in the view', async () => {
    const onBack = vi.fn();
    await renderDetail(apprenticeships, onBack);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Locality' }), { key: 'Escape' });
    expect(onBack).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(document.body, { key: 'Enter' });
    expect(onBack).toHaveBeenCalledTimes(1);
  });
});

describe('the officer’s own wording in the detail view', () => {
  const apprenticeships = indicator('apprenticeship-weeks');
  const MINE = 'Tell us how many apprenticeship weeks you will offer on {contractName}.';

  it('edits the tender question, marks it as theirs, keeps the framework’s one click away, and reverts', async () => {
    const onBack = vi.fn();
    await renderDetail(apprenticeships, onBack);
    const question = stage(/^Tender question/);
    fireEvent.click(within(question).getByRole('button', { name: 'Edit wording of the tender question' }));
    const editor = within(question).getByRole('textbox', { name: 'Your wording of the tender question' });
    // It starts from the framework's text, placeholders in braces.
    expect((editor as HTMLTextAreaElement).value).toBe(apprenticeships.wording.procurement.question);
    fireEvent.change(editor, { target: { value: 'Not this' } });
    // Escape cancels the editor, and only the editor.
    fireEvent.keyDown(editor, { key: 'Escape' });
    expect(within(question).queryByRole('textbox', { name: 'Your wording of the tender question' })).toBeNull();
    expect(onBack).not.toHaveBeenCalled();
    expect(await loadOwnWording()).toEqual({ value: {} });

    fireEvent.click(within(question).getByRole('button', { name: 'Edit wording of the tender question' }));
    fireEvent.change(within(question).getByRole('textbox', { name: 'Your wording of the tender question' }), { target: { value: MINE } });
    fireEvent.click(within(question).getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(within(stage(/^Tender question/)).getByText('Your wording')).toBeTruthy();
    });
    expect(wordingOf(/^Tender question/)).toContain('Tell us how many apprenticeship weeks you will offer on [contract name].');
    expect(wordingOf(/^Tender question/)).not.toContain(apprenticeships.wording.procurement.question.slice(0, 30));
    // The framework's wording is kept, one click away.
    const original = within(stage(/^Tender question/)).getByText('The framework’s wording').closest('details');
    expect(original?.textContent).toContain('How many weeks of apprenticeships will you provide');
    // The other pieces are still the framework's.
    expect(within(stage(/^Outcome statement/)).queryByText('Your wording')).toBeNull();

    // Copy (after choosing to leave the placeholders in) takes the officer's version.
    fireEvent.click(within(stage(/^Tender question/)).getByRole('button', { name: 'Copy tender question' }));
    fireEvent.click(within(stage(/^Tender question/)).getByRole('button', { name: 'Copy with placeholders left in' }));
    await waitFor(async () => {
      expect(await clipboardText()).toMatch(/^Tell us how many apprenticeship weeks you will offer on \[contract name\]\.\n/);
    });

    fireEvent.click(within(stage(/^Tender question/)).getByRole('button', { name: 'Revert to the framework’s wording of the tender question' }));
    await waitFor(() => {
      expect(within(stage(/^Tender question/)).queryByText('Your wording')).toBeNull();
    });
    expect(wordingOf(/^Tender question/)).toContain('How many weeks of apprenticeships will you provide');
    expect(await loadOwnWording()).toEqual({ value: {} });
  });

  it('shows no edit controls and uses the framework’s wording while the organisation turns editing off, keeping what was saved', async () => {
    await saveOwnWording(apprenticeships.id, 'question', MINE);
    await fakeBrowser.storage.managed.set({ disabledFeatures: ['custom-wording'] });
    await renderDetail(apprenticeships);
    expect(screen.getByText('Editing wording is turned off by your organisation')).toBeTruthy();
    expect(screen.queryAllByRole('button', { name: /^Edit wording/ })).toHaveLength(0);
    expect(screen.queryAllByRole('button', { name: /^Revert/ })).toHaveLength(0);
    expect(screen.queryByText('Your wording')).toBeNull();
    expect(wordingOf(/^Tender question/)).toContain('How many weeks of apprenticeships will you provide');
    expect((await loadOwnWording()).value[apprenticeships.id]?.question).toBe(MINE);
  });
});

describe('values missing before Copy', () => {
  const apprenticeships = indicator('apprenticeship-weeks');

  it('lists what is missing in a small form, saves what is filled to the pack, and copies the filled wording', async () => {
    await renderDetail(apprenticeships);
    const outcome = stage(/^Outcome statement/);
    fireEvent.click(within(outcome).getByRole('button', { name: 'Copy outcome statement' }));
    const form = within(outcome).getByRole('form', { name: /^The outcome statement has values still to fill in before you copy it/ });
    const fields = within(form).getAllByRole('textbox').map((box) => box.getAttribute('id') ?? '');
    expect(fields.map((id) => form.querySelector(`label[for="${id}"]`)?.textContent)).toEqual(['Contract name', 'Contract term']);
    // Nothing is copied yet.
    expect(await clipboardText()).toBe('');
    expect(document.activeElement).toBe(within(form).getByRole('textbox', { name: 'Contract name' }));

    fireEvent.change(within(form).getByRole('textbox', { name: 'Contract name' }), { target: { value: 'Leisure [phase 2] {target}' } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Contract term' }), { target: { value: '5 years' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'Save and copy' }));
      await Promise.resolve();
    });
    await waitFor(async () => {
      expect(await clipboardText()).toContain('on Leisure [phase 2] {target}');
    });
    expect(await clipboardText()).toContain('5 years');
    expect(within(outcome).queryByRole('form')).toBeNull();
    await waitFor(() => {
      expect(openPack(packSnapshot().store).details).toMatchObject({ contractName: 'Leisure [phase 2] {target}', contractTerm: '5 years' });
    });
    // Filled in, the next Copy copies at once.
    await navigator.clipboard.writeText('');
    fireEvent.click(within(stage(/^Outcome statement/)).getByRole('button', { name: 'Copy outcome statement' }));
    expect(within(stage(/^Outcome statement/)).queryByRole('form')).toBeNull();
    await waitFor(async () => {
      expect(await clipboardText()).toContain('Leisure [phase 2] {target}');
    });
  });

  it('closes on Cancel or Escape without copying or going back', async () => {
    const onBack = vi.fn();
    await renderDetail(apprenticeships, onBack);
    const kpi = stage(/^KPI/);
    fireEvent.click(within(kpi).getByRole('button', { name: 'Copy KPI' }));
    const form = within(kpi).getByRole('form');
    expect(within(form).getByRole('textbox', { name: 'KPI target' })).toBeTruthy();
    fireEvent.keyDown(within(form).getByRole('textbox', { name: 'KPI target' }), { key: 'Escape' });
    expect(within(kpi).queryByRole('form')).toBeNull();
    expect(onBack).not.toHaveBeenCalled();
    fireEvent.click(within(kpi).getByRole('button', { name: 'Copy KPI' }));
    fireEvent.click(within(kpi).getByRole('button', { name: 'Cancel' }));
    expect(within(kpi).queryByRole('form')).toBeNull();
    expect(await clipboardText()).toBe('');
    expect(document.activeElement).toBe(within(kpi).getByRole('button', { name: 'Copy KPI' }));
  });
});
