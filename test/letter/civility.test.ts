// A recipient's civility read in any language and written in the letter's, and the greeting that agrees with it.
import { describe, expect, it } from 'vitest';
import { localeRecord } from '../../src/core/locales.js';
import { addressee, civilityIn, familyName, greeting } from '../../src/letter/civility.js';

const greet = (locale: string, civility: string | undefined, name = 'Lucía Martín') =>
  greeting({ address: [], name, ...(civility ? { civility } : {}) }, localeRecord(locale).letter);

describe('a civility that names a property every object has', () => {
  it.each(['es', 'pt', 'de', 'pl'])('is a word like any other in %s', (locale) => {
    for (const civility of ['constructor', '__proto__', 'toString'])
      expect(typeof greet(locale, civility)).toBe('string');
  });
});

describe('civility', () => {
  it.each([
    ['es', 'Sra.', 'Estimada Sra. Martín:'],
    ['es', 'Señora', 'Estimada Señora Martín:'],
    ['es', 'Sr.', 'Estimado Sr. Martín:'],
    ['es', 'Ms', 'Estimada Sra. Martín:'],
    ['es', 'Frau', 'Estimada Sra. Martín:'],
    ['es', 'Mme', 'Estimada Sra. Martín:'],
    ['es', 'Herr', 'Estimado Sr. Martín:'],
    ['es', 'Mr', 'Estimado Sr. Martín:'],
    ['es', 'Dra.', 'Estimada Dra. Martín:'],
    ['es', 'Dr.', 'Estimado Dr. Martín:'],
    ['pt', 'Frau', 'Prezada Sra. Martín,'],
    ['pt', 'Mr', 'Prezado Sr. Martín,'],
    ['it', 'Ms', 'Gentile Sig.ra Martín,'],
    ['it', 'Herr', 'Gentile Sig. Martín,'],
    ['fr', 'Sra.', 'Madame Martín,'],
    ['fr', 'Mr', 'Monsieur Martín,'],
    ['de', 'Sra.', 'Sehr geehrte Frau Martín,'],
    ['de', 'Dr.', 'Guten Tag Dr. Martín,'],
    ['en', 'Frau', 'Dear Ms Martín,'],
    ['en', 'Mrs', 'Dear Mrs Martín,'],
    ['nl', 'Frau', 'Geachte mevrouw Martín,'],
    ['pl', 'Mr', 'Szanowny Panie,'],
  ])('in %s, %s greets as "%s"', (locale, civility, expected) => {
    expect(greet(locale, civility)).toBe(expected);
  });

  it('names no one in a language whose greeting agrees with a civility the letter does not give', () => {
    expect(greet('es', undefined)).toBe('Estimado equipo de selección:');
    expect(greet('pt', undefined)).toBe('Prezados senhores,');
    expect(greet('fr', undefined)).toBe('Madame, Monsieur,');
    // A title that says no gender, where the greeting must agree: no guess either.
    expect(greet('es', 'Prof.')).toBe('Estimado equipo de selección:');
    // Neutral greetings keep the name.
    expect(greet('it', undefined)).toBe('Gentile Lucía Martín,');
    expect(greet('de', undefined)).toBe('Guten Tag Lucía Martín,');
  });

  it("keeps the letter language's own civility as written, and one it does not know", () => {
    const es = localeRecord('es').letter;
    expect(civilityIn('Srta.', es)).toEqual({ printed: 'Srta.', kind: 'female' });
    expect(civilityIn('frau', es)).toEqual({ printed: 'Sra.', kind: 'female' });
    expect(civilityIn('Prof.', es)).toEqual({ printed: 'Prof.' });
  });

  it('leaves out a civility of another language in a language whose civilities it does not know', () => {
    expect(greet('ru', 'Ms')).toBe('Здравствуйте, Lucía Martín!');
    expect(greet('ja', 'Frau')).toBe('Lucía Martín様');
    expect(addressee({ address: [], name: 'Lucía Martín', civility: 'Ms' }, localeRecord('ru').letter)).toBe(
      'Lucía Martín',
    );
    // One it does not know is the author's own word.
    expect(greet('sv', 'Fru')).toBe('Hej Fru Martín,');
  });

  it('greets by the family name of a given and a family name only, titles kept', () => {
    expect(familyName('Lucía Martín')).toBe('Martín');
    expect(familyName('Dr. Anna Schröder')).toBe('Dr. Schröder');
    expect(familyName('Dr. med. Anna Schröder')).toBe('Dr. med. Schröder');
    expect(familyName('Schröder')).toBe('Schröder');
    expect(familyName('María José García')).toBe('María José García');
  });
});
