// One résumé in several languages: meta.languages names them, the default first, and any text may then be a map
// by language ({ en: …, de: … }); a plain string is the same in every language. Here: the rules for those maps,
// the résumé resolved into one language (what every stage after load sees), and how much each language has.
import { UsageError, UserError } from '../errors.js';
import { countryFor, printedAlike, regionOf } from './country.js';
import { isKnownLocale, readLocaleTag } from './locales.js';
import type { DataPath } from './parse.js';
import { listOf, mapOf, type Problem, textOf } from './problems.js';
import { isLanguageMap, mapTexts, textsOf } from './text-slots.js';

/** meta.languages as far as it is a list of text (the schema checks the rest); empty for one language. */
export function languagesOf(data: unknown): string[] {
  return listOf<unknown>(mapOf(mapOf(data).meta).languages).filter((l): l is string => typeof l === 'string');
}

/** A locale's language alone, in lower case: fr-FR, fr_FR and FR are fr. */
export const primary = (code: string) => code.split(/[-_]/)[0]?.toLowerCase() ?? code;

/** The language of meta.languages (or of a text's keys) a locale asks for: the same code however written (en_US
 * is en-US), else the same language (de-AT → de). */
export function languageFor(locale: string, languages: readonly string[]): string | undefined {
  const tag = readLocaleTag(locale).toLowerCase();
  return (
    languages.find((l) => readLocaleTag(l).toLowerCase() === tag) ??
    languages.find((l) => primary(l) === primary(locale))
  );
}

/** Whether a locale asked for means the résumé's own `locale` (`countryCode`: its basics.location's): the same
 * language and script, with no region (a language alone asks for the résumé's own), or with the region the own
 * one has, or its language has by default, where that prints the résumé alike (de-DE is what de is to Intl, and
 * A4; en-US is not what en is: a region in North America prints on Letter; de-AT, en-GB and zh-TW write dates and
 * names otherwise). */
export function meansLocale(asked: string, own: string, countryCode?: string): boolean {
  const [a, o] = [maximized(asked), maximized(own)];
  if (!a || !o || a.language !== o.language || a.script !== o.script) return false;
  if (!regionOf(readLocaleTag(asked))) return true;
  const country = (locale: string) => countryFor(countryCode, readLocaleTag(locale));
  return a.region === o.region && printedAlike(country(asked), country(own));
}

/** A locale with the script and region Intl takes for it (de → de-Latn-DE); undefined for no locale at all. */
function maximized(locale: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(readLocaleTag(locale)).maximize();
  } catch {
    return undefined;
  }
}

/** The locale a language is built in when none is asked for: meta.locale refines the default language (en-GB
 * for en); any other language is its own code. */
export function localeOf(language: string, data: unknown): string {
  const metaLocale = textOf(mapOf(mapOf(data).meta).locale);
  return metaLocale && language === languagesOf(data)[0] ? metaLocale : language;
}

/** What is wrong with the languages and the texts given per language: every problem, at its place. */
export function languageProblems(data: unknown): Problem[] {
  const languages = languagesOf(data);
  const meta = mapOf(mapOf(data).meta);
  const problems: Problem[] = languages.flatMap((code, i): Problem[] =>
    isKnownLocale(code)
      ? []
      : [
          {
            path: ['meta', 'languages', i],
            message: `unknown language "${code}": use a code such as en, de or pt-BR`,
          },
        ],
  );
  const locale = textOf(meta.locale);
  const first = languages[0];
  if (locale && first && primary(locale) !== primary(first))
    problems.push({
      path: ['meta', 'locale'],
      message: `meta.locale "${locale}" is not in ${first}, the first of meta.languages: it sets how the first language's dates read (such as en-GB); put the default language first in meta.languages`,
    });
  for (const { path, value } of textsOf(data))
    if (isLanguageMap(value)) problems.push(...mapProblems(value, path, languages));
  return problems;
}

function mapProblems(map: Record<string, unknown>, path: DataPath, languages: string[]): Problem[] {
  const keys = Object.keys(map);
  const [first] = languages;
  if (!first)
    return [
      {
        path,
        message: `a text per language (${keys.join(', ')}) needs meta.languages, the languages of the résumé, default first: languages: [${keys.join(', ')}]; text with ": " in it goes in quotes`,
      },
    ];
  const problems: Problem[] = keys
    .filter((key) => !languages.includes(key))
    .map((key) => ({
      path: [...path, key],
      at: 'key' as const,
      message: `"${key}" is not one of meta.languages (${languages.join(', ')})`,
    }));
  if (!(first in map))
    problems.push({
      path,
      message: `no ${first} text: a text per language needs one in ${first}, the first of meta.languages (it is used where a translation is missing)`,
    });
  return problems;
}

/** Texts with no translation into `language`: a warning each, at its place (the default's text is used). */
export function missingTranslations(data: unknown, language: string): Problem[] {
  const [first] = languagesOf(data);
  if (!first || language === first) return [];
  return textsOf(data)
    .filter(({ value }) => isLanguageMap(value) && !(language in value))
    .map(({ path }) => ({ path, message: `no ${language} text: ${first} used` }));
}

/** The document in one language: each map by language replaced by its text in `language`, else the default's. */
export function inLanguage<T>(data: T, language: string): T {
  const [first] = languagesOf(data);
  if (!first) return data;
  return mapTexts(data, (value) => (isLanguageMap(value) ? (value[language] ?? value[first]) : value)) as T;
}

export interface Coverage {
  language: string;
  /** Texts written per language (maps), and how many of them have this language. */
  texts: number;
  written: number;
  /** Where a text has no translation into this language. */
  missing: DataPath[];
}

/** How much of each language is written; `plain` counts the texts that are the same in every language. */
export function coverage(data: unknown): { plain: number; languages: Coverage[] } {
  const texts = textsOf(data);
  const maps = texts.filter((t) => isLanguageMap(t.value));
  const languages = languagesOf(data).map((language) => {
    const missing = maps.filter((t) => !(language in (t.value as object))).map((t) => t.path);
    return { language, texts: maps.length, written: maps.length - missing.length, missing };
  });
  return { plain: texts.filter((t) => typeof t.value === 'string').length, languages };
}

/** One language a run builds: its locale (headings, dates), the language of meta.languages its text is in, and
 * what its outputs' names add (nothing for the résumé's default locale, else ".de"). */
export interface EditionChoice {
  language?: string;
  locale?: string;
  suffix: string;
  /** Chosen as the language of the letter or the posting the run makes or answers (AskedLocales), not the default
   * one. */
  chosenBy?: 'letter' | 'posting';
}

/** What a run asks for: one locale, or every language of meta.languages; and the language a résumé in one
 * language was found written in, when meta.locale does not say (see language.ts). */
export interface AskedLocales {
  locale?: string;
  all?: boolean;
  detected?: string;
  /** The language of each posting the run's résumés are tailored to (undefined: none), one per résumé: each is
   * built in its posting's language, where the résumé has it and no locale is asked. */
  postings?: readonly (string | undefined)[];
  /** The language of the letter the run makes: likewise, and before the postings' (a packet is in one language). */
  letter?: string;
}

/** The locale a résumé in one language is written in: meta.locale, else the language its text was found in,
 * else en (README: --locale's default). */
export function ownLocale(data: unknown, detected?: string): string {
  return textOf(mapOf(mapOf(data).meta).locale) ?? detected ?? 'en';
}

/** What the outputs of a locale other than the default add to their names, so that no language (nor a region's
 * dates) overwrites another: ".de", ".en-US"; nothing for the default. */
function suffixOf(locale: string, standard: string): string {
  return locale.toLowerCase() === standard.toLowerCase() ? '' : `.${locale}`;
}

/** The languages a run builds: the one --locale asks for (else the default), or every one of meta.languages.
 * A résumé in one language is built once, in the locale asked for, named as any other language is. */
export function editionsOf(data: unknown, asked: AskedLocales): EditionChoice[] {
  if (asked.all && asked.locale) throw new UsageError('--locale and --all-locales cannot be used together');
  const languages = languagesOf(data);
  const [first] = languages;
  if (!first) {
    const own = ownLocale(data, asked.detected);
    const locale = asked.locale && builtLocale(asked.locale, own, data);
    return [{ locale, suffix: locale ? suffixOf(locale, own) : '' }];
  }
  const standard = localeOf(first, data);
  if (asked.all)
    return languages.map((language) => {
      const locale = localeOf(language, data);
      return { language, locale, suffix: suffixOf(locale, standard) };
    });
  if (!asked.locale) {
    const chosen = (language: string, chosenBy: 'letter' | 'posting'): EditionChoice => {
      if (language === first) return { language, locale: standard, suffix: '' };
      const locale = localeOf(language, data);
      return { language, locale, suffix: suffixOf(locale, standard), chosenBy };
    };
    if (asked.letter) return [chosen(languageFor(asked.letter, languages) ?? first, 'letter')];
    // The default first, then each posting's language in the order the résumés need them.
    const needed = (asked.postings?.length ? asked.postings : [undefined]).map(
      (posting) => (posting && languageFor(posting, languages)) || first,
    );
    return [...new Set(needed)]
      .sort((a, b) => Number(b === first) - Number(a === first))
      .map((language) => chosen(language, 'posting'));
  }
  const language = languageFor(asked.locale, languages);
  if (!language)
    throw new UserError(
      `--locale ${asked.locale}: this résumé is written in ${languages.join(', ')} (meta.languages); add ${asked.locale} there and its texts to build it`,
    );
  const locale = builtLocale(asked.locale, localeOf(language, data), data);
  return [{ language, locale, suffix: suffixOf(locale, standard) }];
}

/** The locale built for one asked: the language's own as the résumé writes it (meta.locale, meta.languages) where
 * the asked one means it (--locale de-DE or de on a German résumé: no second copy named resume.de-DE), else the
 * asked one (de-AT: Austrian month names). */
function builtLocale(asked: string, own: string, data: unknown): string {
  const countryCode = textOf(mapOf(mapOf(mapOf(data).basics).location).countryCode);
  return meansLocale(asked, own, countryCode) ? own : asked;
}

/** A résumé in one language built in another: its own words come under the other's headings and dates. Said
 * once, at meta.locale where it names the language, with the way to translate it. */
export function untranslatedResume(data: unknown, asked: AskedLocales, asWritten = data): Problem[] {
  const { locale } = asked;
  const own = ownLocale(data, asked.detected);
  if (!locale || languagesOf(data).length || primary(locale) === primary(own)) return [];
  const [wanted, written] = [primary(locale), primary(own)];
  // A JSON Resume document may give its texts per language without meta.languages: those are read in it.
  if (hasTextsIn(asWritten, wanted)) return [];
  const named = textOf(mapOf(mapOf(data).meta).locale) !== undefined;
  return [
    {
      path: named ? ['meta', 'locale'] : [],
      message: `no ${wanted} text: the résumé is written in ${written} only, so its own words come under ${wanted} headings and dates; to translate it, write meta.languages: [${written}, ${wanted}] and give its texts in ${wanted} (see resume languages)`,
    },
  ];
}

/** Whether a text anywhere in the document is given in `language` ({ en: …, de: … }). */
function hasTextsIn(value: unknown, language: string): boolean {
  if (isLanguageMap(value) && Object.keys(value).length > 1)
    return Object.keys(value).some((code) => primary(code) === language);
  if (Array.isArray(value)) return value.some((v) => hasTextsIn(v, language));
  if (value && typeof value === 'object') return Object.values(value).some((v) => hasTextsIn(v, language));
  return false;
}
