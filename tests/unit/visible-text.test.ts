/** What people cannot see in text is found, and shown in messages where it can be seen. */
import { describe, expect, it } from 'vitest';
import { hasBidiControl, isInvisibleOnly, loneSurrogateAt, quoteForMessage } from '../../framework/text/visible';

describe('invisible, bidi and half characters', () => {
  it('a text of only zero-width, joiner, filler or tag characters is invisible; one with a letter is not', () => {
    for (const text of ['\u200B', '\u200C\u200D', '\u2060\uFEFF', '\u3164', '\u{E0041}\u{E0042}', ' \u200B ']) expect(isInvisibleOnly(text)).toBe(true);
    for (const text of ['a\u200B', '', '   ', 'é', '👍🏽']) expect(isInvisibleOnly(text)).toBe(false);
  });

  it('finds embeddings, overrides, isolates and marks', () => {
    for (const text of ['a\u202Eb', '\u2066x\u2069', 'x\u200F']) expect(hasBidiControl(text)).toBe(true);
    expect(hasBidiControl('ordinary text, عربى')).toBe(false);
  });

  it('finds a lone surrogate, not a pair', () => {
    expect(loneSurrogateAt('a😀b')).toBe(-1);
    expect(loneSurrogateAt('ab\uD83D')).toBe(2);
    expect(loneSurrogateAt('\uDE00x')).toBe(0);
  });

  it('quotes values short, with what cannot be seen written out', () => {
    expect(quoteForMessage('x'.repeat(100))).toBe(`"${'x'.repeat(40)}…"`);
    expect(quoteForMessage('say "hi"\\')).toBe('"say \\"hi\\"\\\\"');
    expect(quoteForMessage('a\u202Eb\u200Bc\n\uD800')).toBe('"a\\u{202E}b\\u{200B}c\\u{000A}\\u{D800}"');
  });
});
