// Texts given per language: where the schema takes them, the rules for them, the résumé resolved into one
// language, which languages a run builds and how their outputs are named.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import schema from '../../schema/resume.schema.json' with { type: 'json' };
import { directionOf } from '../../src/core/direction.js';
import {
  coverage,
  editionsOf,
  inLanguage,
  languageFor,
  languageProblems,
  meansLocale,
  missingTranslations,
  untranslatedResume,
} from '../../src/core/languages.js';
import { displayPath } from '../../src/core/parse.js';
import { textsOf } from '../../src/core/text-slots.js';
import { UsageError, UserError } from '../../src/errors.js';
import { root } from '../helpers.js';

const bilingual = parse(
  readFileSync(join(root, 'test', 'fixtures', 'languages', 'bilingual.yaml'), 'utf8'),
) as Record<string, unknown>;

describe('the shipped schema', () => {
  it('takes a text as a string or as a map by language, as an editor reads it', () => {
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(bilingual), JSON.stringify(validate.errors)).toBe(true);
    const wrong = structuredClone(bilingual) as { basics: Record<string, unknown> };
    wrong.basics.label = { en: 'Engineer', de: 7 };
    expect(validate(wrong)).toBe(false);
    wrong.basics.label = { english: 'Engineer' };
    expect(validate(wrong)).toBe(false);
  });
});

describe('texts', () => {
  it('are every value the schema takes as text or link, wherever it is, and nothing else', () => {
    const paths = textsOf(bilingual).map((t) => displayPath(t.path));
    expect(paths).toContain('meta.titles.strengths');
    expect(paths).toContain('basics.location.city');
    expect(paths).toContain('work[0].highlights[0]');
    expect(paths).toContain('work[0].highlights[2].text');
    expect(paths).toContain('skills[0].keywords[1]');
    expect(paths).toContain('sections[0].items[0].label');
    expect(paths).toContain('variants.lead.label');
    for (const notText of [
      'basics.email',
      'work[0].startDate',
      'meta.languages[0]',
      'work[0].highlights[2].tags[0]',
    ])
      expect(paths).not.toContain(notText);
  });

  it('resolve into one language, the default where a translation is missing', () => {
    const de = inLanguage(bilingual, 'de') as typeof bilingual & { work: { highlights: unknown[] }[] };
    expect(de.work[0]?.highlights).toEqual([
      'Entwarf die API der Differenzmaschine',
      'Shipped version 2.0',
      { text: 'Betreute vier Ingenieure', tags: ['leadership'] },
      'Cut build times by half',
    ]);
    expect(textsOf(de).every((t) => typeof t.value === 'string')).toBe(true);
    expect(missingTranslations(bilingual, 'de')).toEqual([
      { path: ['work', 0, 'highlights', 3], message: 'no de text: en used' },
    ]);
    expect(missingTranslations(bilingual, 'en')).toEqual([]);
  });

  it('are counted per language', () => {
    const { plain, languages } = coverage(bilingual);
    expect(plain).toBe(8);
    expect(languages.map(({ language, texts, written }) => [language, texts, written])).toEqual([
      ['en', 16, 16],
      ['de', 16, 15],
    ]);
  });
});

describe('the rules', () => {
  const doc = (meta: object, basics: object) => ({ meta, basics: { name: 'Ada', ...basics } });
  const said = (data: unknown) => languageProblems(data).map((p) => `${displayPath(p.path)} ${p.message}`);

  it('a map needs meta.languages, keys among them and the default language', () => {
    expect(said(doc({}, { label: { en: 'A', de: 'B' } }))).toEqual([
      'basics.label a text per language (en, de) needs meta.languages, the languages of the résumé, default first: languages: [en, de]; text with ": " in it goes in quotes',
    ]);
    expect(said(doc({ languages: ['en', 'de'] }, { label: { de: 'B', fr: 'C' } }))).toEqual([
      'basics.label.fr "fr" is not one of meta.languages (en, de)',
      'basics.label no en text: a text per language needs one in en, the first of meta.languages (it is used where a translation is missing)',
    ]);
  });

  it('meta.locale belongs to the default language; a language must be one the runtime knows', () => {
    expect(said(doc({ languages: ['en', 'de'], locale: 'en-GB' }, {}))).toEqual([]);
    expect(said(doc({ languages: ['en', 'qq'], locale: 'de' }, {}))).toEqual([
      'meta.languages[1] unknown language "qq": use a code such as en, de or pt-BR',
      'meta.locale meta.locale "de" is not in en, the first of meta.languages: it sets how the first language\'s dates read (such as en-GB); put the default language first in meta.languages',
    ]);
  });
});

describe('the languages a run builds', () => {
  const two = { meta: { languages: ['en', 'de'], locale: 'en-GB' } };

  it('the default, one asked for, or all; a language other than the default adds its locale to the names', () => {
    expect(editionsOf(two, {})).toEqual([{ language: 'en', locale: 'en-GB', suffix: '' }]);
    expect(editionsOf(two, { locale: 'de' })).toEqual([{ language: 'de', locale: 'de', suffix: '.de' }]);
    expect(editionsOf(two, { locale: 'de-AT' })).toEqual([
      { language: 'de', locale: 'de-AT', suffix: '.de-AT' },
    ]);
    expect(editionsOf(two, { locale: 'en-US' })).toEqual([
      { language: 'en', locale: 'en-US', suffix: '.en-US' },
    ]);
    expect(editionsOf(two, { all: true })).toEqual([
      { language: 'en', locale: 'en-GB', suffix: '' },
      { language: 'de', locale: 'de', suffix: '.de' },
    ]);
  });

  it('a résumé in one language is built once, in the locale asked for; another than its own adds it to the names', () => {
    // Its own locale: meta.locale, else the language its text was found in, else en.
    expect(editionsOf({}, { locale: 'de' })).toEqual([{ locale: 'de', suffix: '.de' }]);
    expect(editionsOf({}, { locale: 'en' })).toEqual([{ locale: 'en', suffix: '' }]);
    expect(editionsOf({}, { locale: 'de', detected: 'de' })).toEqual([{ locale: 'de', suffix: '' }]);
    expect(editionsOf({}, { locale: 'en', detected: 'fr' })).toEqual([{ locale: 'en', suffix: '.en' }]);
    const german = { meta: { locale: 'de-AT' } };
    expect(editionsOf(german, { locale: 'de-at', detected: 'fr' })).toEqual([
      { locale: 'de-AT', suffix: '' },
    ]);
    expect(editionsOf(german, {})).toEqual([{ locale: undefined, suffix: '' }]);
    expect(editionsOf({}, { all: true })).toEqual([{ locale: undefined, suffix: '' }]);
  });

  it("a locale that means the résumé's own is built as the résumé's own, under its names", () => {
    // German with Germany's region is German to Intl: no resume.de-DE beside resume.*, the same twice.
    expect(editionsOf({ meta: { locale: 'de' } }, { locale: 'de-DE' })).toEqual([
      { locale: 'de', suffix: '' },
    ]);
    expect(editionsOf({}, { locale: 'de-DE', detected: 'de' })).toEqual([{ locale: 'de', suffix: '' }]);
    expect(editionsOf({ basics: { location: { countryCode: 'US' } } }, { locale: 'en-US' })).toEqual([
      { locale: 'en', suffix: '' },
    ]);
    // A region in North America prints on Letter where the résumé's country does not say: another locale.
    expect(editionsOf({}, { locale: 'en-US' })).toEqual([{ locale: 'en-US', suffix: '.en-US' }]);
    // A language alone asks for the résumé's own, region and all.
    expect(editionsOf({ meta: { locale: 'de-AT' } }, { locale: 'de' })).toEqual([
      { locale: 'de-AT', suffix: '' },
    ]);
    expect(editionsOf({ meta: { locale: 'en-GB' } }, { locale: 'en' })).toEqual([
      { locale: 'en-GB', suffix: '' },
    ]);
    // Another region is another locale: its dates read otherwise (Jänner, 14 March 2025).
    expect(editionsOf({ meta: { locale: 'de' } }, { locale: 'de-AT' })).toEqual([
      { locale: 'de-AT', suffix: '.de-AT' },
    ]);
    expect(editionsOf({ meta: { locale: 'en' } }, { locale: 'en-GB' })).toEqual([
      { locale: 'en-GB', suffix: '.en-GB' },
    ]);
    expect(editionsOf({ meta: { locale: 'de-AT' } }, { locale: 'de-DE' })).toEqual([
      { locale: 'de-DE', suffix: '.de-DE' },
    ]);
    // In several languages: named as --all-locales names the language (resume.de.*), not twice.
    expect(editionsOf(two, { locale: 'de-DE' })).toEqual([{ language: 'de', locale: 'de', suffix: '.de' }]);
    expect(editionsOf(two, { locale: 'en' })).toEqual([{ language: 'en', locale: 'en-GB', suffix: '' }]);
    const brazilian = { meta: { languages: ['en', 'pt-BR'] } };
    expect(editionsOf(brazilian, { locale: 'pt' })).toEqual([
      { language: 'pt-BR', locale: 'pt-BR', suffix: '.pt-BR' },
    ]);
    expect(editionsOf(brazilian, { locale: 'pt-PT' })).toEqual([
      { language: 'pt-BR', locale: 'pt-PT', suffix: '.pt-PT' },
    ]);
  });

  it('a locale means another where language, script and region (where it names one) agree', () => {
    expect(meansLocale('de-DE', 'de')).toBe(true);
    expect(meansLocale('de', 'de-AT')).toBe(true);
    expect(meansLocale('de_de', 'de')).toBe(true);
    expect(meansLocale('en-GB', 'en')).toBe(false);
    // en is en-US to Intl, but a region in North America prints on Letter: alike only where the country is said.
    expect(meansLocale('en-US', 'en')).toBe(false);
    expect(meansLocale('en-US', 'en', 'GB')).toBe(true);
    expect(meansLocale('pt-BR', 'pt')).toBe(true);
    expect(meansLocale('zh', 'zh-TW')).toBe(false); // Simplified is not Traditional
    expect(meansLocale('fr', 'de')).toBe(false);
    expect(meansLocale('not a locale', 'en')).toBe(false);
  });

  it("with postings and no locale asked, each résumé in its posting's language, where the résumé has it", () => {
    expect(editionsOf(two, { postings: ['de'] })).toEqual([
      { language: 'de', locale: 'de', suffix: '.de', chosenBy: 'posting' },
    ]);
    // All variants: the default for those with no posting or one in a language the résumé lacks, de for the others.
    expect(editionsOf(two, { postings: [undefined, 'de', 'es', 'de', 'en'] })).toEqual([
      { language: 'en', locale: 'en-GB', suffix: '' },
      { language: 'de', locale: 'de', suffix: '.de', chosenBy: 'posting' },
    ]);
    expect(editionsOf(two, { postings: ['es'] })).toEqual([{ language: 'en', locale: 'en-GB', suffix: '' }]);
    expect(editionsOf(two, { postings: [] })).toEqual([{ language: 'en', locale: 'en-GB', suffix: '' }]);
    // A letter's language wins over the postings' (a packet is in one language); a locale asked wins over both.
    expect(editionsOf(two, { letter: 'en', postings: ['de'] })).toEqual([
      { language: 'en', locale: 'en-GB', suffix: '' },
    ]);
    expect(editionsOf(two, { locale: 'en', postings: ['de'] })).toEqual([
      { language: 'en', locale: 'en-GB', suffix: '' },
    ]);
  });

  it('a résumé in one language built in another says once that its own words are used, at meta.locale', () => {
    const english = { meta: { locale: 'en-GB' } };
    expect(untranslatedResume(english, { locale: 'de' })).toEqual([
      {
        path: ['meta', 'locale'],
        message:
          'no de text: the résumé is written in en only, so its own words come under de headings and dates; to translate it, write meta.languages: [en, de] and give its texts in de (see resume languages)',
      },
    ]);
    // The same language in another region, no locale asked, or a résumé in several languages: nothing to say.
    expect(untranslatedResume(english, { locale: 'en-US' })).toEqual([]);
    expect(untranslatedResume(english, {})).toEqual([]);
    expect(untranslatedResume({ meta: { languages: ['en', 'de'] } }, { locale: 'de' })).toEqual([]);
    // Without meta.locale: the language its text is in, else en; said at the top of the file.
    expect(untranslatedResume({}, { locale: 'de', detected: 'de' })).toEqual([]);
    expect(untranslatedResume({}, { locale: 'en', detected: 'fr' })[0]?.path).toEqual([]);
    expect(untranslatedResume({}, { locale: 'en', detected: 'fr' })[0]?.message).toMatch(
      /^no en text: .* in fr only/,
    );
  });

  it('a language not written is an error; --locale and --all-locales together a usage error', () => {
    expect(() => editionsOf(two, { locale: 'fr' })).toThrow(UserError);
    expect(() => editionsOf(two, { locale: 'de', all: true })).toThrow(UsageError);
    expect(languageFor('pt', ['en', 'pt-BR'])).toBe('pt-BR');
    expect(languageFor('de-CH', ['en', 'de'])).toBe('de');
    // Keys as documents write them: en_US is en-US, de_DE German.
    expect(languageFor('de', ['en_US', 'de_DE'])).toBe('de_DE');
    expect(languageFor('en-GB', ['en_US', 'en_GB'])).toBe('en_GB');
  });
});

describe('directionOf', () => {
  it('reads the direction a language is written in from Intl, left to right for what it cannot read', () => {
    for (const locale of ['ar', 'ar-EG', 'he', 'fa', 'ur', 'yi'])
      expect(directionOf(locale), locale).toBe('rtl');
    for (const locale of ['en-GB', 'de', 'zh-CN', 'ja', 'hi'])
      expect(directionOf(locale), locale).toBe('ltr');
    expect(directionOf('not a locale')).toBe('ltr');
  });
});
