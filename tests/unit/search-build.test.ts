/**
 * The parts that make the index quick to build must not change what a
 * search finds: fuse.js given the remembered tokeniser scores as with its
 * own, and the word table finds each word again by its place in a text.
 */
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { BuildMemo } from '../../framework/search/rank';
import { WordTable } from '../../framework/search/word-table';

describe('index build helpers', () => {
  it("fuse.js scores the same with the build's tokeniser as with its own", () => {
    const texts = [
      'café au lait naïve coöperation',
      'snake_case words and 12°C, PM2.5 and CO₂',
      'Ελληνικά και русский текст',
      'well-being / supplies;provisions… “quoted” words',
      'well-being / supplies;provisions… “quoted” words',
    ];
    const options = { useTokenSearch: true, ignoreLocation: true, includeScore: true, threshold: 0.2, isCaseSensitive: true };
    const own = new Fuse(texts, options);
    const memo = new BuildMemo();
    const ours = new Fuse(texts, { ...options, tokenize: memo.tokenize });
    memo.built();
    for (const query of ['cafe', 'naïve', 'snake_case', 'pm2', 'co₂', 'русский', 'being supplies', 'quoted words', '12']) {
      expect(ours.search(query)).toEqual(own.search(query));
    }
  });

  it('lower-cases a text the same whether or not it has met it before', () => {
    const memo = new BuildMemo();
    expect(memo.lower('Carbon NET Zero')).toBe('carbon net zero');
    expect(memo.lower('Carbon NET Zero')).toBe('carbon net zero');
    memo.built();
    expect(memo.lower('ÉMISSIONS')).toBe('émissions');
  });

  it('the word table finds each of thousands of words again by its span, and only that word', () => {
    const table = new WordTable<number>();
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const text = words.join(' ');
    let made = 0;
    let at = 0;
    const spans = words.map((word) => {
      const span = [at, at + word.length] as const;
      at += word.length + 1;
      return span;
    });
    for (const [i, [start, end]] of spans.entries()) {
      expect(table.get(text, start, end, () => (made++, i))).toBe(i);
    }
    for (const [i, [start, end]] of spans.entries()) expect(table.get(text, start, end, () => -1)).toBe(i);
    expect(made).toBe(words.length);
    // A word inside a longer one is a different word.
    expect(table.get('xw1zzzz', 1, 3, () => -2)).toBe(1);
    expect(table.get('xw1zzzz', 1, 7, () => -3)).toBe(-3);
  });
});
