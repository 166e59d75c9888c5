import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/match/tokens.js';

const words = (text: string, language: 'es' | 'de' | 'fr' | 'en' = 'en') =>
  tokenize(text, language).map((t) => t.surface);

describe('tokenize', () => {
  it('reads a gendered job title as the word, in Spanish, German and French', () => {
    for (const [text, language, word] of [
      ['Ingeniero/a', 'es', 'Ingeniero'],
      ['desarrollador(a)', 'es', 'desarrollador'],
      ['programadores/as', 'es', 'programadores'],
      ['Entwickler/in', 'de', 'Entwickler'],
      ['Entwickler:in', 'de', 'Entwickler'],
      ['Entwickler*innen', 'de', 'Entwickler'],
      ['Entwickler(in)', 'de', 'Entwickler'],
      ['EntwicklerInnen', 'de', 'Entwickler'],
      ['développeur·se', 'fr', 'développeur'],
      ['Développeur.euse', 'fr', 'Développeur'],
      ['ingénieur(e)', 'fr', 'ingénieur'],
      ['motivé·e·s', 'fr', 'motivé'],
    ] as const)
      expect(words(text, language), text).toEqual([word]);
  });

  it('keeps what only looks like an ending: names, units, the German (m/w/d)', () => {
    expect(words('TCP/IP')).toEqual(['TCP', 'IP']);
    expect(words('LinkedIn')).toEqual(['LinkedIn']);
    expect(words('SQL/ES')).toEqual(['SQL', 'ES']);
    expect(words('10 Gbit/s')).toEqual(['10', 'Gbit/s']);
    expect(words('Entwickler (m/w/d)', 'de')).toEqual(['Entwickler', 'm/w/d']);
  });

  it('ends the word where its gendered ending ends, so a phrase goes on after it', () => {
    const [first, second] = tokenize('desarrollador/a backend', 'es');
    expect(first).toMatchObject({ surface: 'desarrollador', start: 0, end: 13 });
    expect(second).toMatchObject({ surface: 'backend', start: 16, boundary: false });
  });
});
