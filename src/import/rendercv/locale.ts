// RenderCV's `locale` (`locale_catalog` in v1): its language as meta.locale, its date template as the date
// format, and its words (`present`, the `to` of a span, the month names and abbreviations) as meta.words where
// they are not the words ours prints already. What has no equivalent here (the words of time spans, the page
// footer, …) is named in the import's notes and, for a build that reads the file, in a warning at its key.

import { DATE_FORMATS, formatDate, printedMonths } from '../../core/dates.js';
import { isKnownLocale, type OwnWords, printedWords } from '../../core/locales.js';
import type { DataPath } from '../../core/parse.js';
import type { Meta } from '../../core/resume-types.js';
import { dateFormat } from '../design-values.js';
import type { Report } from '../report.js';
import type { SourceWarning } from '../types.js';
import { isRecord, text } from '../values.js';
import { applyRules, design, type Rule } from './rules.js';

/** RenderCV 2.4+ names its locales; 2.0–2.3 used ISO codes; a YAML 1.1 reader turns `no` (Norwegian) into false. */
const LANGUAGES: Record<string, string> = {
  english: 'en',
  arabic: 'ar',
  danish: 'da',
  dutch: 'nl',
  french: 'fr',
  german: 'de',
  hebrew: 'he',
  hindi: 'hi',
  hungarian: 'hu',
  indonesian: 'id',
  italian: 'it',
  japanese: 'ja',
  korean: 'ko',
  mandarin_chinese: 'zh',
  norwegian_bokmål: 'nb',
  norwegian_nynorsk: 'nn',
  persian: 'fa',
  portuguese: 'pt',
  russian: 'ru',
  spanish: 'es',
  turkish: 'tr',
  vietnamese: 'vi',
};

function setLocale(value: unknown, meta: Meta): boolean {
  const code =
    value === false ? 'no' : (LANGUAGES[String(value).toLowerCase()] ?? String(value).toLowerCase());
  if (!/^[a-z]{2,3}$/.test(code) || !isKnownLocale(code)) return false;
  meta.locale = code;
  return true;
}

/** The locale's word as meta.words[key], unless it is the word printed already (the language is read first). */
const word = (key: 'present' | 'to') => (value: unknown, meta: Meta) => {
  const written = text(value);
  if (written === undefined) return false;
  if (written !== printedWords(meta.locale ?? 'en')[key]) meta.words = { ...meta.words, [key]: written };
  return true;
};

/** Twelve month names as meta.words[key], unless they are the names printed already. */
const monthNames = (key: 'months' | 'shortMonths') => (value: unknown, meta: Meta) => {
  const names = Array.isArray(value) ? value.map(text) : [];
  if (names.length !== 12 || names.some((n) => n === undefined)) return false;
  const printed = printedMonths(meta.locale ?? 'en', key === 'months' ? 'long' : 'short');
  if (names.some((n, i) => n !== printed[i]))
    meta.words = { ...meta.words, [key]: names as NonNullable<OwnWords[typeof key]> };
  return true;
};

/** The keys each of meta.words is read from, in every version. */
const WORD_KEYS = {
  present: ['present'],
  to: ['to'],
  months: ['month_names', 'full_names_of_months'],
  shortMonths: ['month_abbreviations', 'abbreviations_for_months'],
};

/** A date template ("MONTH_ABBREVIATION YEAR") as our date format: by its name, else the one of ours that prints
 * what it prints in the résumé's words (Korean "YEAR년 MONTH월" is MMM YYYY in ko), unless the design set one. */
function dateTemplate(value: unknown, meta: Meta): boolean {
  const locale = meta.locale ?? 'en';
  const words = printedWords(locale, meta.words);
  const fill = (date: string) => {
    const [year = '', month = ''] = date.split('-');
    const m = Number(month) - 1;
    return String(value)
      .replace(/FULL_MONTH_NAME/g, printedMonths(locale, 'long', words)[m] ?? '')
      .replace(/MONTH_ABBREVIATION/g, printedMonths(locale, 'short', words)[m] ?? '')
      .replace(/MONTH_IN_TWO_DIGITS/g, month)
      .replace(/YEAR_IN_TWO_DIGITS/g, year.slice(2))
      .replace(/MONTH/g, String(m + 1))
      .replace(/YEAR/g, year);
  };
  const format =
    dateFormat(value) ??
    DATE_FORMATS.find((f) =>
      ['2024-03', '2024-11'].every((d) => fill(d) === formatDate(d, locale, f, words)),
    );
  if (format) design(meta).dateFormat ??= format;
  return format !== undefined;
}

// The words first: a date template is read in them.
const LOCALE_RULES: Rule[] = [
  [['language'], setLocale],
  [WORD_KEYS.present, word('present')],
  [WORD_KEYS.to, word('to')],
  [WORD_KEYS.months, monthNames('months')],
  [WORD_KEYS.shortMonths, monthNames('shortMonths')],
  [['date_template', 'date_style'], dateTemplate],
];

/** Where each of meta.words was read, by its path under meta ("words/months"), for messages about it. */
export function wordSources(block: unknown, at: DataPath): Record<string, DataPath> {
  const written = isRecord(block) ? block : {};
  return Object.fromEntries(
    Object.entries(WORD_KEYS).flatMap(([word, keys]) => {
      const key = keys.find((k) => written[k] !== undefined);
      return key ? [[`words/${word}`, [...at, key]]] : [];
    }),
  );
}

const TIME_SPAN = 'this tool prints no time spans ("2 years 3 months")';
const LAST_UPDATED = 'this tool prints no "last updated" line';
const FOOTER = 'this tool prints no page footer';
const DATE_FORMAT =
  'no date format here reads so; meta.design.dateFormat takes MMM YYYY, MMMM YYYY, MM/YYYY, YYYY-MM or YYYY';
const MONTHS = 'twelve names are needed, January first';

/** Why a setting of the locale is not used here, by its path, where it is one RenderCV has. */
const NOT_USED: Readonly<Record<string, string>> = {
  month: TIME_SPAN,
  months: TIME_SPAN,
  year: TIME_SPAN,
  years: TIME_SPAN,
  last_updated: LAST_UPDATED,
  last_updated_date_template: LAST_UPDATED,
  last_updated_date_style: LAST_UPDATED,
  page_numbering_template: FOOTER,
  page_numbering_style: FOOTER,
  phone_number_format: 'a phone number prints as written',
  'phrases.degree_with_area': 'a degree and its field print as "Degree, Field"',
  date_template: DATE_FORMAT,
  date_style: DATE_FORMAT,
  language: 'no language this tool knows; meta.locale takes a code such as de or pt-BR',
  month_names: MONTHS,
  full_names_of_months: MONTHS,
  month_abbreviations: MONTHS,
  abbreviations_for_months: MONTHS,
};

/** The locale block (at `at` in the file) read into meta; what it cannot honour, each named: in a note, and in a
 * warning for a build that reads the file, one per reason, at the first key it holds for (month, months, year
 * and years are one warning, not four). */
export function readLocale(block: unknown, at: DataPath, meta: Meta, report: Report): SourceWarning[] {
  const byReason = new Map<string, string[][]>();
  for (const [path] of applyRules(block, LOCALE_RULES, meta)) {
    const key = path.join('.');
    report.note('locale words and formats with no equivalent here (our locale has its own)', key);
    const reason = NOT_USED[key] ?? 'no locale setting this tool reads';
    byReason.set(reason, [...(byReason.get(reason) ?? []), path]);
  }
  return [...byReason].map(([reason, [first = [], ...others]]) => {
    const also = others.length ? ` (nor ${others.map((p) => p.join('.')).join(', ')})` : '';
    return { path: [...at, ...first], message: `not used${also}: ${reason}` };
  });
}
