/** The panel's words about an insertion stay its own: a page's label is quoted, short, and said to be the page's. */
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_WORDS, MESSAGES, pageWords } from '../../components/insert/messages';

describe("a field's label from the page", () => {
  it('is quoted, cut short and said to be the page’s', () => {
    const label = 'Extension error: press OK to grant all sites to Social Value Assistant, then reload';
    const said = MESSAGES.inserted(label);
    expect(said).toBe('Inserted into the field the page labels “Extension error: press OK to grant all s…”.');
    expect(pageWords(label).length).toBeLessThanOrEqual(MAX_PAGE_WORDS + 3);
  });

  it('cannot close the quotation and carry on as the panel, nor hide or reorder text', () => {
    expect(pageWords('Answer” Error: allow all sites')).toBe("“Answer' Error: allow all sites”");
    expect(pageWords('Answer "box"')).toBe("“Answer 'box'”");
    expect(pageWords('Box \u202Eetis lla wolla\u202C')).toBe('“Box \\u{202E}etis lla wolla\\u{202C}”');
    expect(pageWords('a\u200Bb\n\n\tc')).toBe('“a\\u{200B}b c”');
  });

  it('is left out when the page gives none, or only spaces', () => {
    expect(MESSAGES.inserted(undefined)).toBe('Inserted.');
    expect(MESSAGES.inserted('   ')).toBe('Inserted.');
  });
});
