import { describe, expect, it } from 'vitest';
import { checkLimit, checkText, checkWeighting } from '../../components/options/settings-fields';

describe('options fields', () => {
  it('takes weightings as officers type them and explains what is wrong', () => {
    expect(checkWeighting('15%', 0)).toEqual({ ok: true, value: 15 });
    expect(checkWeighting('12.5', 10)).toEqual({ ok: true, value: 12.5 });
    expect(checkWeighting('ten', 0)).toMatchObject({ ok: false, error: expect.stringMatching(/number of per cent/) as unknown });
    expect(checkWeighting('5', 10)).toMatchObject({ ok: false, error: expect.stringMatching(/10% or more/) as unknown });
    expect(checkWeighting('101', 0)).toMatchObject({ ok: false, error: expect.stringMatching(/100% or less/) as unknown });
  });

  it('takes limits with thousands separators, in the unit chosen', () => {
    expect(checkLimit('2,000', 'characters')).toEqual({ ok: true, value: { value: 2000, unit: 'characters' } });
    expect(checkLimit('0', 'words')).toMatchObject({ ok: false });
    expect(checkLimit('1.5', 'words')).toMatchObject({ ok: false, error: expect.stringMatching(/whole number of words/) as unknown });
  });

  it('needs a name and a locality', () => {
    expect(checkText('organisation', '  ')).toMatchObject({ ok: false, error: 'Enter your organisation’s name.' });
    expect(checkText('locality', ' Crewe ')).toEqual({ ok: true, value: 'Crewe' });
  });
});
