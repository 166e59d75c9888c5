// A second language merged into a résumé's YAML: entries paired (by position, dates, a text both write alike,
// never guessed), each translation written beside its text in the file as it was, the file read back.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { align } from '../../src/import/align.js';
import { mergeLanguage } from '../../src/import/merge-language.js';

const job = (startDate: string, name: string, url?: string) => ({ name, startDate, ...(url ? { url } : {}) });

describe('align', () => {
  it('pairs by position when nothing there says otherwise', () => {
    expect(align(['a', 'b'], ['x', 'y']).pairs).toEqual([
      [0, 0],
      [1, 1],
    ]);
    const localizedLinks = align(
      [job('2020', 'A', 'https://a.example/en')],
      [job('2020', 'A', 'https://a.example')],
    );
    expect(localizedLinks.pairs).toEqual([[0, 0]]);
  });

  it('pairs by dates when the lists drifted, and leaves what stays unsure unpaired', () => {
    const target = [job('2020', 'Compiler Works'), job('2016', 'Navy Labs'), job('2012', 'Harvard')];
    const other = [job('2016', 'Marinelabor'), job('2020', 'Compiler Works'), job('2001', 'Schule')];
    expect(align(target, other)).toEqual({
      pairs: [
        [0, 1],
        [1, 0],
      ],
      onlyTarget: [2],
      onlyOther: [2],
    });
  });

  it('dates agree at the precision both give: a month is the same as a day of it, another month is not', () => {
    const target = [job('2021-04', 'Kiplin'), job('2007-12', 'Insa Rennes')];
    const other = [job('2025-05', 'Wakam'), job('2021-04-30', 'Kiplin'), job('2007-12-31', 'Insa')];
    expect(align(target, other)).toEqual({
      pairs: [
        [0, 1],
        [1, 2],
      ],
      onlyTarget: [],
      onlyOther: [0],
    });
  });

  it('without dates, by a text both write alike, only where that is one on each side', () => {
    const target = [{ name: 'Docker' }, { name: 'Languages' }, { name: 'Tools' }];
    const other = [{ name: 'Sprachen' }, { name: 'Docker' }];
    expect(align(target, other)).toEqual({ pairs: [[0, 1]], onlyTarget: [1, 2], onlyOther: [0] });
  });

  it('two entries of the same dates on each side are paired in their order', () => {
    const target = [job('2020', 'A'), job('2020', 'B'), job('2010', 'C')];
    const other = [job('2020', 'X'), job('2020', 'Y')];
    expect(align(target, other).pairs).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});

const other = {
  basics: { name: 'Ada', label: 'Ingenieurin', summary: 'Baut Systeme.\n\nZweiter Absatz.' },
  work: [
    {
      name: 'Engines',
      position: 'Leiterin',
      startDate: '2021',
      highlights: ['Eins', 'Zwei: mit Doppelpunkt'],
    },
  ],
  skills: [{ name: 'Sprachen', keywords: ['Deutsch', 'Englisch'] }],
};

const merge = (text: string, replace = false) =>
  mergeLanguage({ text, other, language: 'de', replace, names: { target: 'cv.yaml', other: 'de.json' } });

describe('mergeLanguage', () => {
  it('writes each translation beside its text, the rest of the file byte for byte', async () => {
    const text = [
      '# yaml-language-server: $schema=./schema/resume.schema.json',
      '# My résumé',
      'meta:',
      '  languages: [en] # more to come',
      'basics:',
      '  name: Ada',
      '  label: "Engineer" # quoted',
      '  summary: | # two paragraphs',
      '    Builds systems.',
      '',
      '    Second paragraph.',
      'work:',
      '  - name: Engines',
      '    position: # the title on the contract',
      '      Lead',
      '    startDate: "2021"',
      '    highlights:',
      '      - One # first',
      '      - text: Two',
      '        tags: [core]',
      'skills:',
      '  - { name: Languages, keywords: [German, English] }',
      '',
    ].join('\n');
    const merged = await merge(text);
    expect(merged.text).toBe(
      [
        '# yaml-language-server: $schema=./schema/resume.schema.json',
        '# My résumé',
        'meta:',
        '  languages: [en, de] # more to come',
        'basics:',
        '  name: Ada',
        '  label:',
        '    en: "Engineer" # quoted',
        '    de: Ingenieurin',
        '  summary:',
        '    en: | # two paragraphs',
        '      Builds systems.',
        '',
        '      Second paragraph.',
        '    de: |-',
        '      Baut Systeme.',
        '',
        '      Zweiter Absatz.',
        'work:',
        '  - name: Engines',
        '    position: # the title on the contract',
        '      en: Lead',
        '      de: Leiterin',
        '    startDate: "2021"',
        '    highlights:',
        '      - en: One # first',
        '        de: Eins',
        '      - text:',
        '          en: Two',
        '          de: "Zwei: mit Doppelpunkt"',
        '        tags: [core]',
        'skills:',
        '  - { name: { en: Languages, de: Sprachen }, keywords: [{ en: German, de: Deutsch }, { en: English, de: Englisch }] }',
        '',
      ].join('\n'),
    );
    expect(merged).toMatchObject({ language: 'de', added: 8, same: 2, kept: 0, notes: [] });
  });

  it('adds the language to a map that has others, keeps a translation there unless told to replace it', async () => {
    const text =
      'meta:\n  languages:\n    - en\n    - de\nbasics:\n  name: Ada\n  label:\n    en: Engineer\n    de: Ingenieur\n  summary: { en: Builds systems. }\n';
    const kept = await merge(text);
    expect(kept.text).toBe(
      'meta:\n  languages:\n    - en\n    - de\nbasics:\n  name: Ada\n  label:\n    en: Engineer\n    de: Ingenieur\n  summary: { en: Builds systems., de: "Baut Systeme.\\n\\nZweiter Absatz." }\n',
    );
    expect(kept).toMatchObject({ added: 1, kept: 1 });
    const replaced = await merge(text, true);
    expect(parse(replaced.text).basics.label).toEqual({ en: 'Engineer', de: 'Ingenieurin' });
  });

  it('makes meta.languages where there is none, from meta.locale', async () => {
    const merged = await merge('# Ada\nbasics:\n  name: Ada\n  label: Engineer\nmeta:\n  locale: en-GB\n');
    expect(merged.text).toBe(
      '# Ada\nbasics:\n  name: Ada\n  label:\n    en-GB: Engineer\n    de: Ingenieurin\nmeta:\n  languages: [en-GB, de]\n  locale: en-GB\n',
    );
  });

  it('a layout it does not splice (a document in flow style) is written by the yaml Document, comments kept', async () => {
    const merged = await merge(
      '# Ada in flow style\n{ meta: { languages: [en] }, basics: { name: Ada, label: Engineer } }\n',
    );
    expect(merged.text.startsWith('# Ada in flow style\n')).toBe(true);
    expect(parse(merged.text)).toEqual({
      meta: { languages: ['en', 'de'] },
      basics: { name: 'Ada', label: { en: 'Engineer', de: 'Ingenieurin' } },
    });
  });
});
