/**
 * The counting rules the panel and the content script share, at their
 * edges: Windows line endings, and every way a portal writes its limit.
 */
import { describe, expect, it } from 'vitest';
import { countCharactersCrlf, countIn, countLineBreaks, limitFromText } from '../../entrypoints/content/contract/counting';

describe('line breaks', () => {
  it('counts a CR LF pair as one line break, and as two characters where portals count two', () => {
    expect(countLineBreaks('a\r\nb\r\nc')).toBe(2);
    expect(countLineBreaks('no breaks')).toBe(0);
    expect(countCharactersCrlf('a\r\nb')).toBe(4);
    expect(countCharactersCrlf('no breaks')).toBe(9);
    expect(countIn('characters', 'a\r\nb')).toBe(3);
    expect(countIn('words', 'a\r\nb')).toBe(2);
  });
});

describe('limits written in labels and hints', () => {
  const words = (max: number) => ({ max, unit: 'words' });
  const characters = (max: number) => ({ max, unit: 'characters' });

  it.each([
    ['Max 300 words', words(300)],
    ['Maximum: 1,500 characters', characters(1500)],
    ['Limit 200 words', words(200)],
    ['Limited 100 words', words(100)],
    ['Answer limited  to 400 words', words(400)],
    ['Up to 250 words', words(250)],
    ['Up  to 250 words', words(250)],
    ['No more than 800 chars', characters(800)],
    ['no  more   than 80 char', characters(80)],
    ['Must not exceed 1000 characters', characters(1000)],
    ['Not exceeding 600 words', words(600)],
    ['Not  exceeding 60 word', words(60)],
    ['(maximum of 2,000 characters)', characters(2000)],
    ['500 words maximum', words(500)],
    ['500words max', words(500)],
    ['1 word limit', words(1)],
    ['750 chars limit', characters(750)],
    ['750 charactersmax', characters(750)],
    ['Answer in 2000 Characters Max', characters(2000)],
  ])('%s', (label, limit) => {
    expect(limitFromText(label)).toEqual(limit);
  });

  it.each([
    'Describe up to 3 initiatives',
    'Max 0 words',
    '0 characters limit',
    'Tell us about 500 local jobs',
    'Maximum weighting 10%',
    'limitless 500 words',
  ])('finds no limit in “%s”', (label) => {
    expect(limitFromText(label)).toBeUndefined();
  });
});
