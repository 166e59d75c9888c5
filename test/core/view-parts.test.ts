import { describe, expect, it } from 'vitest';
import { groups, labelBeforeText, mapViewTexts } from '../../src/core/view-parts.js';

describe('labelBeforeText', () => {
  it("takes a label's own colon off where the language's follows it", () => {
    expect(labelBeforeText('Rolle:')).toBe('Rolle');
    expect(labelBeforeText('Rôle :')).toBe('Rôle');
    expect(labelBeforeText('役割：')).toBe('役割');
    expect(labelBeforeText('Note: 1,3')).toBe('Note: 1,3');
  });

  it('keeps a label with no text after it, and one that is a colon alone, as written', () => {
    expect(labelBeforeText('Rolle:', false)).toBe('Rolle:');
    expect(labelBeforeText(':')).toBe(':');
    expect(labelBeforeText(undefined)).toBeUndefined();
  });
});

describe('groups', () => {
  it("names each group without a colon of its own: every format puts the language's after it", () => {
    const body = groups([{ name: 'Sprachen:', keywords: ['Deutsch'] }], (g) => ({
      name: g.name,
      keywords: g.keywords.map((text) => [{ type: 'text' as const, text }]),
    }));
    expect(body?.groups[0]?.name).toBe('Sprachen');
  });
});

describe('mapViewTexts', () => {
  it('changes every text at any depth, never an address, an id or a kind', () => {
    const section = {
      id: 'talks-60 %',
      kind: 'items',
      title: 'Talks 60 %',
      items: [{ label: 'a 60 %', href: 'https://x.org/60 %', text: [{ type: 'text', text: '60 %' }] }],
    };
    expect(mapViewTexts(section, (t) => t.replace(' %', '%'))).toEqual({
      id: 'talks-60 %',
      kind: 'items',
      title: 'Talks 60%',
      items: [{ label: 'a 60%', href: 'https://x.org/60 %', text: [{ type: 'text', text: '60%' }] }],
    });
  });
});
