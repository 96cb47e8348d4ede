// @vitest-environment happy-dom
/**
 * The detail view: each stage's wording under the framework's own stage
 * names, and the contract details form filling the placeholders while the
 * ones left blank stay visible as "[their name]".
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { stubPermissions } from './browser-stubs';
import { defaultFramework } from '../../../framework';
import type { PlaceholderValues } from '../../../framework/placeholders';
import type { Indicator } from '../../../framework/schema';
import { IndicatorDetail } from '../../../components/detail/IndicatorDetail';

beforeEach(() => {
  fakeBrowser.reset();
  stubPermissions();
});
afterEach(() => {
  cleanup();
});

function indicator(id: string): Indicator {
  const found = defaultFramework.indicators.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

/** The detail view with its form state held as the panel holds it. */
function Detail({ of, onBack = () => undefined }: { of: Indicator; onBack?: () => void }) {
  const [values, setValues] = useState<PlaceholderValues>({});
  return <IndicatorDetail framework={defaultFramework} indicator={of} values={values} onValuesChange={setValues} onBack={onBack} />;
}

/** "n of N filled in", N being the fields the form offers. */
function filledNote(count: number): RegExp {
  const form = screen.getByText(/^Contract details/).closest('details');
  if (!form) throw new Error('no contract details form');
  return new RegExp(`${count} of ${within(form).getAllByRole('textbox').length} filled in`);
}

function stage(title: RegExp): HTMLElement {
  const section = screen.getByRole('region', { name: title });
  return section;
}

/** The wording shown for a stage (its preview, without the buttons). */
function wordingOf(title: RegExp): string {
  const preview = stage(title).querySelector('.wording');
  if (!preview) throw new Error('no wording preview');
  return preview.textContent;
}

describe('the indicator detail view', () => {
  const apprenticeships = indicator('apprenticeship-weeks');

  it('shows the indicator and each stage’s wording under the framework’s stage names', () => {
    render(<Detail of={apprenticeships} />);
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

  it('fills the placeholders from the contract details and keeps blank ones visible', () => {
    render(<Detail of={apprenticeships} />);
    expect(screen.getByText(/none filled in/)).toBeTruthy();
    expect(wordingOf(/^Outcome statement/)).toContain('on [contract name]');
    expect(wordingOf(/^Tender question/)).toContain('from [locality]');
    expect(wordingOf(/^Outcome statement/)).not.toContain('{');

    fireEvent.change(screen.getByRole('textbox', { name: 'Contract name' }), { target: { value: 'Crewe Leisure Services' } });
    expect(wordingOf(/^Outcome statement/)).toContain('on Crewe Leisure Services');
    expect(wordingOf(/^Tender question/)).toContain('on Crewe Leisure Services');
    expect(wordingOf(/^Tender question/)).not.toContain('[contract name]');
    // Still blank, still shown for the officer to complete.
    expect(wordingOf(/^Tender question/)).toContain('from [locality]');
    expect(wordingOf(/^Outcome statement/)).toContain('[contract term]');
    expect(screen.getByText(filledNote(1))).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: 'Locality' }), { target: { value: 'Macclesfield' } });
    expect(wordingOf(/^Tender question/)).toContain('from Macclesfield');
    // A value of spaces only is blank.
    fireEvent.change(screen.getByRole('textbox', { name: 'Contract name' }), { target: { value: '   ' } });
    expect(wordingOf(/^Outcome statement/)).toContain('on [contract name]');
    expect(screen.getByText(filledNote(1))).toBeTruthy();
  });

  it('uses the response limit given, or the suggested one when blank', () => {
    render(<Detail of={apprenticeships} />);
    const before = wordingOf(/^Tender question/);
    fireEvent.change(screen.getByRole('textbox', { name: 'Response limit (words)' }), { target: { value: '350' } });
    const after = wordingOf(/^Tender question/);
    expect(after).toMatch(/\(maximum 350 words\.?\)/i);
    expect(after).toMatch(/Response limit:\s*350 words/);
    expect(before).not.toContain('350');
  });

  it('goes back on Escape from anywhere in the view', () => {
    const onBack = vi.fn();
    render(<Detail of={apprenticeships} onBack={onBack} />);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Locality' }), { key: 'Escape' });
    expect(onBack).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(document.body, { key: 'Enter' });
    expect(onBack).toHaveBeenCalledTimes(1);
  });
});
