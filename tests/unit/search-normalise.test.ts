/**
 * The building blocks of search: how words are read from the verbatim text
 * and from what the officer typed, so that both sides meet.
 */
import { describe, expect, it } from 'vitest';
import { normaliseWord, spellingVariants, stem, tokenise } from '../../framework/search/normalise';
import { Vocabulary } from '../../framework/search/vocabulary';
import { editDistance } from '../../framework/text/edit-distance';

describe('tokenise', () => {
  it('keeps offsets into the original text, end exclusive', () => {
    const text = 'Savings in PM2.5 emissions (fine particles).';
    const tokens = tokenise(text);
    expect(tokens.map((t) => t.word)).toEqual(['savings', 'in', 'pm25', 'emissions', 'fine', 'particles']);
    for (const token of tokens) expect(normaliseWord(text.slice(token.start, token.end))).toBe(token.word);
  });

  it('marks words glued by a hyphen or slash, and reads % as percent', () => {
    const tokens = tokenise('ACE-awareness/ trauma; supplies/provisions; 50%');
    expect(tokens.map((t) => [t.word, t.joined])).toEqual([
      ['ace', false],
      ['awareness', true],
      ['trauma', false],
      ['supplies', false],
      ['provisions', true],
      ['50', false],
      ['percent', false],
    ]);
  });

  it('folds case, accents and inner apostrophes', () => {
    expect(tokenise("Café naïve Employer's").map((t) => t.word)).toEqual(['cafe', 'naive', 'employers']);
  });
});

describe('stem', () => {
  it('brings plurals and -ing/-ed forms together', () => {
    expect(new Set(['volunteering', 'volunteered', 'volunteers', 'volunteer'].map(stem)).size).toBe(1);
    expect(stem('charities')).toBe(stem('charity'));
    expect(stem('smoking')).toBe(stem('smoke'));
  });

  it('leaves short words apart: car is not care is not caring', () => {
    expect(new Set([stem('car'), stem('care'), stem('caring')]).size).toBe(3);
  });
});

describe('spellingVariants', () => {
  it('offers UK and US spellings both ways', () => {
    expect(spellingVariants('organization')).toContain('organisation');
    expect(spellingVariants('organisational')).toContain('organizational');
    expect(spellingVariants('program')).toContain('programme');
    expect(spellingVariants('labour')).toContain('labor');
    expect(spellingVariants('center')).toContain('centre');
    expect(spellingVariants('fibre')).toContain('fiber');
  });
});

describe('Vocabulary', () => {
  const vocabulary = new Vocabulary(['apprenticeships', 'volunteering', 'carbon', 'care', 'career', 'programmes', 'ev']);
  const words = (word: string, asPrefix = false): string[] => vocabulary.resolve(word, { asPrefix }).map((m) => m.word);

  it('corrects typos to known words, more for longer words', () => {
    expect(words('apprentiships')).toContain('apprenticeships');
    expect(words('volunterring')).toContain('volunteering');
    expect(words('carbn')).toContain('carbon');
    expect(words('ew')).toEqual([]); // two letters: no guessing
  });

  it('completes the word being typed, shortest first', () => {
    expect(words('car', true)).toEqual(['care', 'carbon', 'career']);
    expect(words('car', false)).toEqual([]); // a finished word is not a prefix
    expect(words('apprentis', true)).toContain('apprenticeships');
  });

  it('finds the UK spelling of a US one', () => {
    expect(words('programs')).toContain('programmes');
  });

  it('measures edit distance with adjacent swaps, giving up past the bound', () => {
    expect(editDistance('carbon', 'carbno', 2)).toBe(1);
    expect(editDistance('carbon', 'carbn', 2)).toBe(1);
    expect(editDistance('carbon', 'ribbon', 1)).toBe(2);
    expect(editDistance('carbon', 'ribbon', 5)).toBe(3);
  });

  it('measures the whole distance without a bound, as validation needs for "did you mean"', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('planet', 'planet')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('plnaet', 'planet')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('economic', 'people')).toBeGreaterThan(2);
  });
});
