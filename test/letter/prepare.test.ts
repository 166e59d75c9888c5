// The letter's view: the letterhead from the résumé, the recipient, the date line and the greetings per locale.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/core/markdown.js';
import type { Resume } from '../../src/core/resume-types.js';
import { fillLetter } from '../../src/letter/placeholders.js';
import { prepareLetter } from '../../src/letter/prepare.js';
import { readLetter } from '../../src/letter/read.js';

const resume: Resume = {
  basics: {
    name: 'Ana Rivera',
    label: 'Backend Engineer',
    email: 'ana@example.com',
    location: { city: 'Berlin', countryCode: 'DE' },
  },
};

function view(text: string, locale = 'en', basics: Resume['basics'] = resume.basics) {
  const { file } = readLetter({ path: 'a.md', name: 'a.md', text, json: false });
  const { texts, values } = fillLetter(file, undefined);
  return prepareLetter(
    { file, texts, values },
    { ...resume, basics },
    {
      locale,
      paper: 'A4',
      today: new Date(2025, 2, 14, 23, 30),
    },
  );
}

describe('the letter view', () => {
  it('heads the letter with the résumé: name, headline, contacts; the recipient in lines, company among them', () => {
    const v = view(
      '---\ncompany: Acme\nrecipient:\n  name: Jo Lee\n  title: CTO\n  address: [1 Main St]\n---\nHi.\n',
    );
    expect(v).toMatchObject({
      kind: 'letter',
      name: 'Ana Rivera',
      label: 'Backend Engineer',
      contacts: [{ text: 'Berlin, Germany' }, { text: 'ana@example.com', href: 'mailto:ana@example.com' }],
      recipient: ['Jo Lee', 'CTO', 'Acme', '1 Main St'],
      date: 'March 14, 2025',
      document: { title: 'Ana Rivera — Cover letter', author: 'Ana Rivera', subject: 'Acme', lang: 'en' },
    });
    expect(plainText(v.salutation)).toBe('Dear Jo Lee,');
    expect(plainText(v.closing)).toBe('Kind regards,');
  });

  it('prints a date given as YYYY-MM-DD in the locale, any other date as written, and today by default', () => {
    expect(view('---\ndate: 2024-12-01\n---\nHi\n', 'en-GB').date).toBe('1 December 2024');
    expect(view('---\ndate: Spring 2025\n---\nHi\n', 'de').date).toBe('Spring 2025');
    // Today is the local day the letter is made (late in the evening, it is still that day).
    expect(view('Hi\n', 'en-GB').date).toBe('14 March 2025');
    // No city in the résumé: the date alone, in every language.
    expect(view('Hi\n', 'de', { name: 'Ana' }).date).toBe('14. März 2025');
  });

  it.each([
    ['en', 'March 14, 2025', 'Dear Hiring Manager,', 'Dear Jo,', 'Kind regards,'],
    [
      'de',
      'Berlin, 14. März 2025',
      'Sehr geehrte Damen und Herren,',
      'Guten Tag Jo,',
      'Mit freundlichen Grüßen',
    ],
    [
      'fr',
      'Berlin, le 14 mars 2025',
      'Madame, Monsieur,',
      'Madame, Monsieur,',
      'Veuillez agréer mes salutations distinguées.',
    ],
    [
      'es',
      'Berlin, 14 de marzo de 2025',
      'Estimado equipo de selección:',
      'Estimado equipo de selección:',
      'Atentamente,',
    ],
    ['pt-BR', 'Berlin, 14 de março de 2025', 'Prezados senhores,', 'Prezados senhores,', 'Atenciosamente,'],
    [
      'it',
      'Berlin, 14 marzo 2025',
      'Gentile Responsabile della selezione,',
      'Gentile Jo,',
      'Cordiali saluti,',
    ],
    ['nl', 'Berlin, 14 maart 2025', 'Geachte heer/mevrouw,', 'Geachte Jo,', 'Met vriendelijke groet,'],
    ['pl', 'Berlin, 14 marca 2025', 'Szanowni Państwo,', 'Szanowni Państwo,', 'Z poważaniem'],
    ['ja', '2025年3月14日', '拝啓', 'Jo様', '敬具'],
    // A language Intl knows and that has no words of its own: its date, English greetings.
    ['fi', '14. maaliskuuta 2025', 'Dear Hiring Manager,', 'Dear Jo,', 'Kind regards,'],
  ])('writes the date, greetings and closing in %s', (locale, date, salutation, named, closing) => {
    const anonymous = view('Hi\n', locale);
    expect(anonymous.date).toBe(date);
    expect(plainText(anonymous.salutation)).toBe(salutation);
    expect(plainText(anonymous.closing)).toBe(closing);
    expect(plainText(view('---\nrecipient:\n  name: Jo\n---\nHi\n', locale).salutation)).toBe(named);
  });

  it("keeps the author's own subject, greeting and closing, with inline markup", () => {
    const v = view('---\nsubject: Re **role**\nsalutation: Hello team,\nclosing: Best,\n---\nHi\n', 'de');
    expect(v.subject).toEqual([
      { type: 'text', text: 'Re ' },
      { type: 'strong', children: [{ type: 'text', text: 'role' }] },
    ]);
    expect(plainText(v.salutation)).toBe('Hello team,');
    expect(plainText(v.closing)).toBe('Best,');
  });

  it('greets by civility where the letter gives one: "Monsieur Paccoud,", and addresses them so', () => {
    const civil = '---\nrecipient:\n  civility: Monsieur\n  name: Paccoud\n---\nHi\n';
    expect(plainText(view(civil, 'fr').salutation)).toBe('Monsieur Paccoud,');
    expect(view(civil, 'fr').recipient).toEqual(['Monsieur Paccoud']);
    // A locale with no greeting of its own for it puts the civility, in its own words, before the name.
    expect(plainText(view(civil, 'en').salutation)).toBe('Dear Mr Paccoud,');
    expect(view(civil, 'en').recipient).toEqual(['Mr Paccoud']);
    // German agrees the formal greeting with the civility.
    const german = (civility: string) =>
      plainText(
        view(`---\nrecipient:\n  civility: ${civility}\n  name: Dr. Schröder\n---\nHi\n`, 'de').salutation,
      );
    expect(german('Frau')).toBe('Sehr geehrte Frau Dr. Schröder,');
    expect(german('Herr')).toBe('Sehr geehrter Herr Dr. Schröder,');
    expect(german('Ms')).toBe('Sehr geehrte Frau Dr. Schröder,');
    expect(german('Prof.')).toBe('Guten Tag Prof. Dr. Schröder,');
  });

  it('writes the first of the month "1er" in French', () => {
    expect(view('---\ndate: 2026-12-01\n---\nHi\n', 'fr').date).toBe('Berlin, le 1er décembre 2026');
    expect(view('---\ndate: 2026-12-01\n---\nHi\n', 'en').date).toBe('December 1, 2026');
  });

  it.each([
    ["Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées."],
    ['Dans l’attente de votre réponse, veuillez agréer mes sentiments distingués.'],
    ['Cordialement,\\\nCamille'],
    ['Best regards,'],
    ['Sincerely'],
    ['Mit freundlichen Grüßen'],
  ])('adds no closing after a text that ends with its own: %s', (last) => {
    expect(view(`Hello.\n\n${last}\n`, 'fr').closing).toEqual([]);
  });

  it('adds the closing after a last paragraph that only mentions one, and leaves it out with closing: false', () => {
    const closing = (text: string) => plainText(view(text, 'en').closing);
    expect(closing('I sincerely hope to hear from you.\n')).toBe('Kind regards,');
    expect(closing('Thank you for your time.\n')).toBe('Kind regards,');
    expect(closing('I would be a strong fit in all regards.\n')).toBe('Kind regards,');
    expect(closing('I treat every customer respectfully.\n')).toBe('Kind regards,');
    expect(closing('---\nclosing: false\n---\nHi\n')).toBe('');
  });

  it('sets no-break spaces in a French text before : ; ! ? and inside « », and leaves others alone', () => {
    const firstParagraph = (text: string, locale: string) => {
      const [first] = view(text, locale).body;
      return plainText(first?.kind === 'paragraph' ? first.text : []);
    };
    const v = view('---\nsubject: "Objet : candidature"\n---\nHi\n', 'fr');
    expect(plainText(v.subject ?? [])).toBe('Objet\u00a0: candidature');
    expect(firstParagraph('Pourquoi ? « Oui » ; enfin : https://a.fr !\n', 'fr')).toBe(
      'Pourquoi\u202f? «\u00a0Oui\u00a0»\u202f; enfin\u00a0: https://a.fr\u202f!',
    );
    expect(firstParagraph('Why ? Because : yes\n', 'en')).toBe('Why ? Because : yes');
  });
});
