// An abbreviation's last full stop held to it on a right-to-left page, by an invisible left-to-right mark.
import { describe, expect, it } from 'vitest';
import { holdAbbreviations } from '../../src/core/abbreviations.js';

const LRM = '\u200E';

describe('holdAbbreviations', () => {
  it('marks "B.Sc." and "Ph.D." before a comma or the end, in every text of the view, not in addresses', () => {
    const view = {
      title: 'B.Sc., מדעי המחשב',
      detail: 'Ph.D.',
      text: [{ type: 'text', text: 'תואר M.Sc. בהצטיינות' }],
      href: 'https://example.com/B.Sc.',
    };
    expect(holdAbbreviations(view)).toEqual({
      title: `B.Sc.${LRM}, מדעי המחשב`,
      detail: `Ph.D.${LRM}`,
      text: [{ type: 'text', text: `תואר M.Sc.${LRM} בהצטיינות` }],
      href: 'https://example.com/B.Sc.',
    });
  });

  it("leaves a sentence's full stop after a Latin word, and names with a dot inside, as they are", () => {
    expect(holdAbbreviations('עבדתי עם PostgreSQL.')).toBe('עבדתי עם PostgreSQL.');
    expect(holdAbbreviations('פיתחתי ב-Node.js.')).toBe('פיתחתי ב-Node.js.');
  });
});
