import { describe, expect, it } from 'vitest';
import { countCharacters, countCharactersCrlf, countLineBreaks, countWords, limitFromText } from '../../entrypoints/content/contract/counting';
import { checkLimit, describeCounts } from '../../components/insert/limit-check';

describe('counting as fields and portals do', () => {
  it('counts a line break as one character, or two where portals count CR LF', () => {
    expect(countCharacters('ab\ncd')).toBe(5);
    expect(countCharacters('ab\r\ncd')).toBe(5);
    expect(countCharactersCrlf('ab\ncd\n\nef')).toBe(12);
    expect(countLineBreaks('a\n\nb')).toBe(2);
  });

  it('counts words across spaces and line breaks', () => {
    expect(countWords('  Describe the\ninitiatives  you will deliver ')).toBe(6);
    expect(countWords('   ')).toBe(0);
  });

  it('finds limits written in labels and hints', () => {
    expect(limitFromText('Social value question (max 2,000 characters)')).toEqual({ max: 2000, unit: 'characters' });
    expect(limitFromText('Your answer (maximum 500 words)')).toEqual({ max: 500, unit: 'words' });
    expect(limitFromText('Limited to 250 words')).toEqual({ max: 250, unit: 'words' });
    expect(limitFromText('1500 characters max')).toEqual({ max: 1500, unit: 'characters' });
    expect(limitFromText('Describe 3 initiatives')).toBeUndefined();
  });
});

describe('checking wording against a field’s limit', () => {
  const text = 'First line\nSecond line';

  it('shows characters, the CR LF count and words', () => {
    expect(describeCounts(text)).toBe('22 characters (23 if each line break counts as two), 4 words');
  });

  it('fits when there is room, and says how much is left', () => {
    const check = checkLimit(text, { max: 100, unit: 'characters', source: 'maxlength', enforced: true }, 50);
    expect(check.fits).toBe(true);
    expect(check.summary).toContain('The field allows 100 characters; 50 characters are left.');
  });

  it('does not fit when the text is longer than what is left, and keeps whether the browser enforces it', () => {
    const check = checkLimit(text, { max: 30, unit: 'characters', source: 'maxlength', enforced: true }, 10);
    expect(check).toMatchObject({ fits: false, enforced: true });
    expect(check.summary).toMatch(/^Too long for this field/);
  });

  it('warns when the text fits only if line breaks count as one', () => {
    const check = checkLimit(text, { max: 22, unit: 'characters', source: 'label', enforced: false });
    expect(check.fits).toBe(true);
    expect(check.summary).toContain('the answer would be 23 characters, over its limit');
  });

  it('counts words against a word limit', () => {
    expect(checkLimit(text, { max: 5, unit: 'words', source: 'label', enforced: false }, 2).fits).toBe(false);
    expect(checkLimit(text, { max: 6, unit: 'words', source: 'label', enforced: false }, 2).fits).toBe(true);
  });

  it('always fits a field with no limit', () => {
    expect(checkLimit(text, undefined).fits).toBe(true);
  });
});
