// The small parts every importer shares: dates, links, section ids, Typst, country names, design values.
import { describe, expect, it } from 'vitest';
import { countryCode } from '../../src/import/countries.js';
import { readDate, readDateRange } from '../../src/import/dates.js';
import { bullet, colour, dateFormat, millimetres } from '../../src/import/design-values.js';
import { splitList } from '../../src/import/list-split.js';
import { splitMarkdown } from '../../src/import/markdown-blocks.js';
import { plainText } from '../../src/import/plain-text.js';
import { sectionNamed } from '../../src/import/section-words.js';
import { stripTypst } from '../../src/import/typst.js';
import { link, sectionId } from '../../src/import/values.js';

describe('dates', () => {
  it('reads exact, loose and current dates, and keeps the rest as written', () => {
    expect(readDate(2020)).toEqual({ date: '2020' });
    expect(readDate('2021-03')).toEqual({ date: '2021-03' });
    expect(readDate('Sep 1, 2016')).toEqual({ date: '2016-09-01' });
    expect(readDate('present')).toEqual({ present: true });
    expect(readDate('Fall 2023')).toEqual({ raw: 'Fall 2023' });
    expect(readDate('')).toBeUndefined();
  });

  it('splits free-text ranges', () => {
    expect(readDateRange('2019 – 2021')).toEqual({ start: '2019', end: '2021' });
    expect(readDateRange('Sep 2020 - present')).toEqual({ start: '2020-09' });
    expect(readDateRange('2022')).toEqual({ start: '2022', end: '2022' });
    expect(readDateRange('Summer 2019')).toEqual({ raw: 'Summer 2019' });
  });

  it('reads a range joined by a bare hyphen when both sides are dates', () => {
    expect(readDateRange('2014-2020')).toEqual({ start: '2014', end: '2020' });
    expect(readDateRange('Jan 2020-Present')).toEqual({ start: '2020-01' });
    expect(readDateRange('2020-03-2021-04')).toEqual({ start: '2020-03', end: '2021-04' });
    expect(readDateRange('Oktober 2024 – Gegenwart')).toEqual({ start: '2024-10' });
    expect(readDateRange('2020-03')).toEqual({ start: '2020-03', end: '2020-03' });
    expect(readDateRange('Q1-Q3 2020')).toEqual({ raw: 'Q1-Q3 2020' });
  });
});

describe('values', () => {
  it('reads links, a bare domain as https', () => {
    expect(link('https://a.example/x')).toEqual({ url: 'https://a.example/x', guessed: false });
    expect(link('github.com/me')).toEqual({ url: 'https://github.com/me', guessed: true });
    expect(link('not a link')).toBeUndefined();
    expect(link('2021')).toBeUndefined();
  });

  it('makes unique section ids from titles in any script', () => {
    expect(sectionId('Teaching Experience', new Set())).toBe('teaching-experience');
    expect(sectionId('Educación', new Set())).toBe('educacion');
    expect(sectionId('比赛经历', new Set(['section']))).toBe('section-2');
    expect(sectionId('Talks', new Set(['talks']))).toBe('talks-2');
  });

  it("spells a title's letters out in Latin ones as ICAO 9303 does, for every language alike", () => {
    expect(sectionId('Vorträge', new Set())).toBe('vortraege');
    expect(sectionId('Weiterbildung & Größe', new Set())).toBe('weiterbildung-groesse');
    expect(sectionId('Ærø Øst Åland', new Set())).toBe('aeroe-oest-aaland');
    expect(sectionId('Współpraca', new Set())).toBe('wspolpraca');
    expect(sectionId('Публикации', new Set())).toBe('publikatsii');
    expect(sectionId('Проєкти й нагороди', new Set())).toBe('proiekti-i-nagorodi');
    // Written with combining marks (as macOS writes file names), the same id.
    expect(sectionId('Vorträge'.normalize('NFD'), new Set())).toBe('vortraege');
  });

  it('splits keyword lists outside brackets', () => {
    expect(splitList('Python, AWS (EC2, S3); [Rust](https://r.example, x)')).toEqual([
      'Python',
      'AWS (EC2, S3)',
      '[Rust](https://r.example, x)',
    ]);
  });

  it('takes Markdown off plain-text names, keeping link targets', () => {
    expect(plainText('**Acme** [site](https://acme.example)')).toEqual({
      text: 'Acme',
      links: ['https://acme.example'],
    });
    expect(plainText('snake_case_name')).toEqual({ text: 'snake_case_name', links: [] });
  });

  it('splits a Markdown summary into paragraphs and list items', () => {
    expect(splitMarkdown('Intro.\n\n- one\n  - nested\n2. two\n   continued')).toEqual({
      summary: 'Intro.',
      bullets: ['one', 'nested', 'two continued'],
      nested: 1,
    });
  });
});

describe('section titles', () => {
  it('names our built-in sections in several languages, and none when a title names two', () => {
    expect(sectionNamed('Work Experience')).toBe('work');
    expect(sectionNamed('Experiencia laboral')).toBe('work');
    expect(sectionNamed('Programming Languages')).toBe('skills');
    expect(sectionNamed('Sprachen')).toBe('languages');
    expect(sectionNamed('Certifications & Languages')).toBeUndefined();
    expect(sectionNamed('Talks')).toBeUndefined();
    expect(sectionNamed('Résumé')).toBe('summary');
    expect(sectionNamed('Resume Highlights')).toBeUndefined();
    expect(sectionNamed("Centres d'intérêt")).toBe('interests');
  });
});

describe('Typst', () => {
  it('takes commands out: formatting keeps its content, spacing goes, footnotes are set aside', () => {
    expect(stripTypst('Built X#footnote[In 2021.] fast')).toEqual({
      text: 'Built X fast',
      commands: ['footnote'],
      footnotes: ['In 2021.'],
    });
    expect(stripTypst('#h(1fr) Right').text).toBe('Right');
    expect(stripTypst('#strong[a #emph[b]]').text).toBe('**a *b***');
    expect(stripTypst('#link("https://a.example")[site]').text).toBe('[site](https://a.example)');
  });

  it('leaves text that only looks like a command alone', () => {
    expect(stripTypst('Ranked #1 in class, #2 overall')).toEqual({
      text: 'Ranked #1 in class, #2 overall',
      commands: [],
      footnotes: [],
    });
    expect(stripTypst('#box[unclosed').text).toBe('#box[unclosed');
  });
});

describe('countries', () => {
  it("reads English names, other lists' names and codes", () => {
    expect(countryCode('United States')).toBe('US');
    expect(countryCode('Czech Republic')).toBe('CZ');
    expect(countryCode('Saint Kitts And Nevis')).toBe('KN');
    expect(countryCode('DE')).toBe('DE');
    expect(countryCode('Atlantis')).toBeUndefined();
  });
});

describe('design values', () => {
  it('reads sizes, colours, bullets and date templates into ours', () => {
    expect(millimetres('2cm')).toBe(20);
    expect(millimetres('0.7in')).toBe(17.8);
    expect(millimetres('0.6em')).toBeUndefined();
    expect(colour('rgb(0, 79, 144)')).toBe('#004f90');
    expect(colour('rgba(0, 150, 137, 1)')).toBe('#009689');
    expect(colour('#ABC')).toBe('#aabbcc');
    expect(bullet('◦')).toBe('circle');
    expect(bullet('★')).toBeUndefined();
    expect(dateFormat('MONTH_ABBREVIATION YEAR')).toBe('MMM YYYY');
  });
});
