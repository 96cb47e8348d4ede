import { describe, expect, it } from 'vitest';
import { describeAfterInsert } from '../../components/insert/limit-check';

describe('what is left after an insert', () => {
  it('counts what is left once the text is in, not before', () => {
    // 100 allowed, 30 used, 11 inserted: 59 left.
    expect(describeAfterInsert('Hello world', { max: 100, unit: 'characters', source: 'maxlength', enforced: true }, 30)).toBe(
      '11 characters, 2 words. 59 of 100 characters are left after this insert.',
    );
    expect(describeAfterInsert('one two three', { max: 50, unit: 'words', source: 'label', enforced: false }, 10)).toContain('37 of 50 words are left after this insert.');
  });

  it('says how far over the limit the field is after “Insert anyway”', () => {
    expect(describeAfterInsert('one two three', { max: 5, unit: 'words', source: 'label', enforced: false }, 4)).toContain('The field is now 2 words over its limit of 5.');
  });

  it('gives the counts alone when the field has no limit', () => {
    expect(describeAfterInsert('Hello world', undefined)).toBe('11 characters, 2 words.');
  });
});
