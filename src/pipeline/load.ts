// Stage 1, load: read → parse (with positions) → read as people write it → validate, with the photo and font
// files it names → resolve the texts given per language into each language the run builds. The résumé as a
// typed value and its warnings, or a UserError with every problem of all those steps at once. Our own format (it
// declares our schema) is read strictly; any other document is a JSON Resume document, read leniently: its
// vocabulary, its shapes, and what is left over named as not shown.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { coerceShapes } from '../core/coerce.js';
import { dropControlChars } from '../core/control-chars.js';
import type { Dialect } from '../core/dialect.js';
import { type FontFile, isFontFile, readFontFiles } from '../core/font-file.js';
import { htmlShownAsWritten, readInlineHtml } from '../core/inline-html.js';
import { type DocumentLanguage, documentLanguage } from '../core/language.js';
import {
  type EditionChoice,
  editionsOf,
  inLanguage,
  languageFor,
  languagesOf,
  missingTranslations,
  untranslatedResume,
} from '../core/languages.js';
import { readLocaleTag } from '../core/locales.js';
import { readLooseSettings } from '../core/loose-settings.js';
import { modernizeKeys, type Notice, normalizeDates } from '../core/normalize.js';
import { type DataPath, displayPath, type ParsedResume, parseResume } from '../core/parse.js';
import { type Photo, readPhoto } from '../core/photo.js';
import type { Problem } from '../core/problems.js';
import type { Resume } from '../core/resume-types.js';
import { emptyProfiles, setThemeLanguagesAside } from '../core/set-aside.js';
import { inputError, readSource, type Source, STDIN } from '../core/source.js';
import { checkResume } from '../core/validate.js';
import { readVocabulary } from '../core/vocabulary.js';
import { type Diagnostic, UserError } from '../errors.js';
import { detectImporter } from '../import/index.js';
import { isThemePackage, listThemes } from '../render/theme.js';
import { mark } from '../timings.js';
import { letEventsIn } from './events.js';
import { warningAt } from './prepare.js';

export interface LoadInput {
  /** The résumé's file (`-` is standard input); names the source in messages when `source` is given. */
  file?: string;
  /** The résumé itself: YAML or JSON text, or a JSON Resume object. */
  source?: string | object;
}

export interface Loaded {
  source: Source;
  /** The folder relative paths in the résumé are read from (photo, fonts, a theme folder). */
  baseDir: string;
  /** The résumé in the first language the run builds (its only one, unless --all-locales). */
  resume: Resume;
  /** The résumé in each language the run builds, every text resolved to plain strings. */
  editions: Edition[];
  /** The language the run builds when neither --locale nor meta.locale names one: the one its text is written
   * in, or the first of meta.languages; undefined for English, which needs no saying. */
  language?: DocumentLanguage;
  /** The validated document as written, its texts per language not yet resolved (resume languages). */
  written: unknown;
  photo?: Photo;
  /** The font files meta.design.font names, read. */
  fonts?: FontFile[];
  /** Things worth telling the user that do not stop the build, at file:line:col. */
  warnings: Diagnostic[];
  /** The document as parsed, before it was read (for check: every text of the source must reach a reader). */
  parsed: unknown;
  /** Text of the source that is not shown, each piece named in a warning (check does not miss it). */
  omitted: string[];
  /** Our format, or a JSON Resume document (read leniently). */
  dialect: Dialect;
}

/** The résumé in one language (the one language of a résumé without meta.languages). */
export interface Edition {
  /** The language of meta.languages its text is in (none for a résumé in one language). */
  language?: string;
  /** Headings, dates and "Present" in this locale; undefined: the presentation's (meta.locale, else en). */
  locale?: string;
  /** What its outputs' names add: nothing for the résumé's default locale, else ".de". */
  suffix: string;
  /** Chosen as the language of the run's letter, or of the postings its résumés are tailored to (no --locale):
   * a résumé tailored to none of them is built in the edition without it. */
  chosenBy?: 'letter' | 'posting';
  resume: Resume;
}

export interface LoadOptions {
  /** Every warning is an error. */
  strict?: boolean;
  /** A theme given on the command line: meta.theme is not used. */
  theme?: string;
  /** The locale to build: its language's texts, where the résumé is written in several (meta.languages), or
   * the language a JSON Resume document's text given per language is read in. */
  locale?: string;
  /** Every language of meta.languages. */
  allLocales?: boolean;
  /** The languages of the postings the run's résumés are tailored to (--job, a variant's job:), one per résumé
   * (undefined: none, or one that cannot be read), from the document as parsed and its folder: where no locale is
   * asked, a résumé in several languages is built in its posting's language where it has it. */
  postingLanguages?: (data: unknown, baseDir: string) => Promise<readonly (string | undefined)[]>;
  /** The language of the letter the run makes (see letterLocaleOf): likewise, before the postings'. */
  letterLocale?: string;
  /** Told the document as parsed, before it is checked: for work that can start that early. */
  parsed?: (data: unknown) => void;
}

export async function load(input: LoadInput, options: LoadOptions = {}): Promise<Loaded> {
  const source = sourceOf(input);
  const baseDir =
    input.file === undefined || input.file === STDIN ? process.cwd() : dirname(resolve(input.file));
  await letEventsIn();
  const parsed = await parseResume(source);
  mark('parsed');
  options.parsed?.(parsed.data);
  await letEventsIn();
  const foreign = readForeign(parsed, source, options.locale);
  const controls = dropControlChars(parsed.data);
  const original = structuredClone(parsed.data);
  const lenient = parsed.dialect === 'jsonresume';
  // HTML in text is a JSON Resume document's (written for web themes); in our format text is markdown, and
  // markup in it is text, shown as written, with a warning where it looks meant.
  const html = lenient ? readInlineHtml(parsed.data) : htmlShownAsWritten(parsed.data);
  const setAside: string[] = [];
  // Other vocabularies' names first: `experience:` is work, whose 0.x names (`company`) are then read as well.
  const vocabulary = lenient ? readVocabulary(parsed.data, parsed.aliases) : [];
  const renamed = modernizeKeys(parsed.data, parsed.aliases, setAside);
  // Before the locale is read for dates and names: `locale: English` is en.
  const settings = readLooseSettings(parsed.data);
  const asWritten = lenient ? readAsWritten(parsed, options.locale ?? metaLocale(parsed.data)) : undefined;
  const dates = normalizeDates(parsed.data, source.json, lenient);
  const files = namedFiles(parsed.data, renamed, baseDir);
  const { detected, wanted, untranslated } = await languagesWanted(parsed.data, original, options, baseDir);
  await letEventsIn();
  const checked = await checkResume(parsed, {
    themes: listThemes(),
    themeFolder: (ref) => existsSync(join(resolve(baseDir, ref), 'theme.json')),
    themePackage: (ref) => isThemePackage(ref, baseDir),
    themeGiven: options.theme !== undefined,
    strict: options.strict,
    extra: files.errors,
    notices: [
      ...foreign.notices,
      ...controls,
      ...html,
      ...vocabulary,
      ...renamed,
      ...(asWritten?.notices ?? []),
      ...dates.notices,
      ...settings,
      ...files.notices,
      ...untranslated,
    ],
    rawDates: dates.raw,
    dropped: asWritten?.dropped,
  });
  await letEventsIn();
  const { resume } = checked;
  const warnings = [
    ...foreign.diagnostics,
    ...encodingWarnings(source, options.strict),
    ...readAnywayWarnings(parsed, options.strict),
    ...checked.warnings,
  ];
  const omitted = [...setAside, ...(asWritten?.omitted ?? []), ...checked.omitted];
  const editions = wanted.map((edition) => ({
    ...edition,
    resume: edition.language ? inLanguage(resume, edition.language) : resume,
  }));
  const [first] = editions as [Edition];
  return {
    dialect: parsed.dialect,
    source,
    baseDir,
    resume: first.resume,
    editions,
    ...languageChosen(detected, wanted, options),
    written: resume,
    photo: files.photo,
    fonts: files.fonts,
    warnings,
    parsed: original,
    omitted,
  };
}

/** A file in an 8-bit encoding is read as Windows-1252, which every byte is a character of: said at its first
 * such character (an error under --strict). */
function encodingWarnings(source: Source, strict?: boolean): Diagnostic[] {
  if (!source.legacyEncoding) return [];
  const message = 'the file is not UTF-8: read as Windows-1252 (Latin-1); save it as UTF-8 to be sure';
  if (strict)
    throw inputError(source.name, `${message} (an error under --strict)`, {
      text: source.text,
      offset: source.legacyEncoding.offset,
    });
  return [warningAt(source, message, source.legacyEncoding.offset)];
}

/** A JSON Resume document read as people write it, after its other vocabularies' keys and 0.x names: a theme's
 * languages and a template's empty profiles set aside, and values read into the schema's shapes. What it noticed,
 * the list items to drop after validation, and the text not shown. */
function readAsWritten(
  parsed: ParsedResume,
  locale: string | undefined,
): { notices: Notice[]; dropped: DataPath[]; omitted: string[] } {
  const themeSetting = setThemeLanguagesAside(parsed.data);
  const placeholders = emptyProfiles(parsed.data);
  const shapes = coerceShapes(parsed.data, { yaml: !parsed.source.json, locale });
  return {
    notices: [...(themeSetting ? [themeSetting.notice] : []), ...placeholders.notices, ...shapes.notices],
    dropped: [...placeholders.dropped, ...shapes.dropped],
    omitted: [...(themeSetting?.omitted ?? []), ...shapes.omitted],
  };
}

/** What the parser read though the format does not allow it (a comma after a last item, a second YAML
 * document): each named at its place; under --strict, errors. */
function readAnywayWarnings(parsed: ParsedResume, strict?: boolean): Diagnostic[] {
  const found = (parsed.readAnyway ?? []).map((r) => warningAt(parsed.source, r.message, r.offset));
  if (strict && found.length)
    throw new UserError(
      'read only with warnings',
      found.map(({ severity: _, ...error }) => ({
        ...error,
        message: `${error.message} (an error under --strict)`,
      })),
    );
  return found;
}

/** The languages the run builds (and the one the text was found in, where nothing names it), with what is not
 * translated into them. */
async function languagesWanted(data: unknown, asWritten: unknown, options: LoadOptions, baseDir: string) {
  const detected = metaLocale(data) ? undefined : await languageOf(data);
  // The postings are read for their language only where it can choose one.
  const byPostings =
    !options.locale && !options.allLocales && !options.letterLocale && languagesOf(data).length > 0;
  const asked = {
    locale: options.locale,
    all: options.allLocales,
    detected: detected?.locale,
    postings: byPostings ? await options.postingLanguages?.(data, baseDir) : undefined,
    letter: options.letterLocale,
  };
  const wanted = editionsOf(data, asked);
  const untranslated = [
    ...wanted.flatMap((e) => (e.language ? missingTranslations(data, e.language) : [])),
    // Its texts as written too: a JSON Resume document's texts per language are read in one by now.
    ...untranslatedResume(data, asked, asWritten),
  ];
  return { detected, wanted, untranslated };
}

/** The language of a document that meta.locale does not name: the first of meta.languages when it is not
 * English, else for a résumé in one language the one its text is written in (when it shows). */
async function languageOf(data: unknown): Promise<DocumentLanguage | undefined> {
  const [first] = languagesOf(data);
  if (!first) return documentLanguage(data);
  return first.split('-')[0] === 'en' ? undefined : { locale: first, from: 'languages' };
}

/** The language the run chose on its own, for its note: the letter's or the posting's, else the one found (text,
 * languages). */
function languageChosen(
  detected: DocumentLanguage | undefined,
  wanted: readonly EditionChoice[],
  options: LoadOptions,
): { language?: DocumentLanguage } {
  const [only, ...others] = wanted;
  if (options.locale || !only || others.some((e) => !e.chosenBy)) return {};
  if (only.chosenBy && only.locale) return { language: { locale: only.locale, from: only.chosenBy } };
  // Beside the languages of postings, the default one is still the one found.
  return detected ? { language: detected } : {};
}

/** The language a résumé is built in when no --locale names one: meta.locale, the first of meta.languages, or
 * the one its text is written in (undefined: English). */
export async function resumeLanguage(data: unknown): Promise<string | undefined> {
  const written = metaLocale(data);
  return written ? readLocaleTag(written) : (await languageOf(data))?.locale;
}

function metaLocale(data: unknown): string | undefined {
  const locale = (data as { meta?: { locale?: unknown } } | null)?.meta?.locale;
  return typeof locale === 'string' ? locale : undefined;
}

/** Another tool's format (RenderCV, YAMLResume, resumake, Reactive Resume) is read through its importer, as `resume import` reads
 * it, and the build says so in one line: no schema errors about keys of a vocabulary that is not ours. What the
 * importer read but a build does not honour is a notice at its key in the file. */
function readForeign(
  parsed: ParsedResume,
  source: Source,
  locale?: string,
): { diagnostics: Diagnostic[]; notices: Notice[] } {
  const input = { kind: 'document' as const, name: source.name, data: parsed.data };
  const importer = detectImporter(input);
  if (!importer || importer.format === 'jsonresume') return { diagnostics: [], notices: [] };
  const { resume, leftOver, sources, warnings = [] } = importer.read(input);
  const languages = languagesOf(input.data).length ? [] : languagesOf(resume);
  parsed.data = languages.length ? oneLanguage(resume, languages, locale) : resume;
  // What the importer read is ours now, lenient like a JSON Resume document; its messages point at the keys of
  // the file the importer says each value was read from.
  for (const [path, from] of sources ?? []) parsed.aliases.set(path, from);
  Object.assign(source, { json: true });
  const named = leftOver.slice(0, 4).map((l) => displayPath([...l.at, l.key]));
  const more = leftOver.length > named.length ? ', …' : '';
  const left = leftOver.length
    ? `; ${leftOver.length} value${leftOver.length === 1 ? '' : 's'} it has no place for, not shown (${named.join(', ')}${more}: resume import keeps them as comments)`
    : '';
  const message = `${source.name} is ${importer.describe}: read as such${left}; resume import ${source.path} converts it into this tool's YAML for editing`;
  const read = languages.length
    ? `; its texts written per language (${languages.join(', ')}) read in "${languageFor(locale ?? '', languages) ?? languages[0]}" (--locale picks another)`
    : '';
  return {
    diagnostics: [
      { file: source.name, line: 1, col: 1, path: '', message: message + read, severity: 'warning' },
    ],
    notices: warnings,
  };
}

/** A résumé the importer wrote in several languages (texts and lists the file gives per language), in the
 * one asked for, else its default: a build of the file reads one language of it, as of a JSON Resume document. */
function oneLanguage(resume: Resume, languages: string[], locale?: string): Resume {
  const language = (locale && languageFor(locale, languages)) || (languages[0] as string);
  const read = inLanguage(resume, language);
  const { languages: _, ...meta } = read.meta ?? {};
  return { ...read, meta };
}

/** The source as given: a file to read, or text or an object handed over (the library). */
function sourceOf(input: LoadInput): Source {
  const { file, source } = input;
  if (source === undefined) return readSource(file ?? 'resume.yaml');
  const path = file ?? (typeof source === 'string' ? '<input>' : '<input>.json');
  const name = path.split(/[\\/]/).pop() ?? path;
  if (typeof source !== 'string') return { path, name, text: JSON.stringify(source, null, 2), json: true };
  return {
    path,
    name,
    text: source,
    json: file ? /\.json$/i.test(file) : source.trimStart().startsWith('{'),
  };
}

/** The photo and the font files the résumé names, read like the résumé: from its folder, checked to be what they
 * say. A missing photo is a warning; a file that is not an image or a font is an error. */
function namedFiles(data: unknown, renamed: Problem[], baseDir: string) {
  const record = (data ?? {}) as { basics?: { image?: unknown }; meta?: { design?: { font?: unknown } } };
  const image = record.basics?.image;
  const { photo, warning, error } = typeof image === 'string' ? readPhoto(image, baseDir) : {};
  // Point at the key as written: a 0.x "picture" is where the photo was named.
  const at = renamed.some((n) => n.path.join('.') === 'basics.picture')
    ? ['basics', 'picture']
    : ['basics', 'image'];
  const font = record.meta?.design?.font;
  const fontFiles = Array.isArray(font)
    ? font.filter((f): f is string => typeof f === 'string')
    : typeof font === 'string' && isFontFile(font)
      ? [font]
      : [];
  const fonts = fontFiles.length ? readFontFiles(fontFiles, baseDir, "the résumé's folder") : {};
  const errors: Problem[] = [
    ...(error ? [{ path: at, message: error }] : []),
    ...(fonts.error ? [{ path: ['meta', 'design', 'font'], message: fonts.error }] : []),
  ];
  return { photo, fonts: fonts.fonts, errors, notices: warning ? [{ path: at, message: warning }] : [] };
}
