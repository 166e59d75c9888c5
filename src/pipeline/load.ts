// Stage 1, load: read → parse (with positions) → read as people write it → validate, with the photo and font
// files it names → resolve the texts given per language into each language the run builds. The résumé as a
// typed value and its warnings, or a UserError with every problem of all those steps at once.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { dropControlChars } from '../core/control-chars.js';
import { type FontFile, isFontFile, readFontFiles } from '../core/font-file.js';
import { editionsOf, inLanguage, missingTranslations } from '../core/languages.js';
import { modernizeKeys, normalizeDates } from '../core/normalize.js';
import { type ParsedResume, parseResume } from '../core/parse.js';
import { type Photo, readPhoto } from '../core/photo.js';
import type { Problem } from '../core/problems.js';
import type { Resume } from '../core/resume-types.js';
import { readSource, type Source, STDIN } from '../core/source.js';
import { checkResume } from '../core/validate.js';
import type { Diagnostic } from '../errors.js';
import { detectImporter } from '../import/index.js';
import { isThemePackage, listThemes } from '../render/theme.js';

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
  /** The validated document as written, its texts per language not yet resolved (resume languages). */
  written: unknown;
  photo?: Photo;
  /** The font files meta.design.font names, read. */
  fonts?: FontFile[];
  /** Things worth telling the user that do not stop the build, at file:line:col. */
  warnings: Diagnostic[];
}

/** The résumé in one language (the one language of a résumé without meta.languages). */
export interface Edition {
  /** The language of meta.languages its text is in (none for a résumé in one language). */
  language?: string;
  /** Headings, dates and "Present" in this locale; undefined: the presentation's (meta.locale, else en). */
  locale?: string;
  /** What its outputs' names add: nothing for the résumé's default locale, else ".de". */
  suffix: string;
  resume: Resume;
}

export interface LoadOptions {
  /** Every warning is an error. */
  strict?: boolean;
  /** The locale to build: its language's texts, where the résumé is written in several (meta.languages). */
  locale?: string;
  /** Every language of meta.languages. */
  allLocales?: boolean;
}

export async function load(input: LoadInput, options: LoadOptions = {}): Promise<Loaded> {
  const source = sourceOf(input);
  const baseDir =
    input.file === undefined || input.file === STDIN ? process.cwd() : dirname(resolve(input.file));
  const parsed = await parseResume(source);
  const foreign = readForeign(parsed, source);
  const controls = dropControlChars(parsed.data);
  const renamed = modernizeKeys(parsed.data);
  const dates = normalizeDates(parsed.data, source.json);
  const files = namedFiles(parsed.data, renamed, baseDir);
  const wanted = editionsOf(parsed.data, { locale: options.locale, all: options.allLocales });
  const untranslated = wanted.flatMap((e) =>
    e.language ? missingTranslations(parsed.data, e.language) : [],
  );
  const { resume, warnings } = await checkResume(parsed, {
    themes: listThemes(),
    themeFolder: (ref) => existsSync(join(resolve(baseDir, ref), 'theme.json')),
    themePackage: (ref) => isThemePackage(ref, baseDir),
    strict: options.strict,
    extra: files.errors,
    notices: [...controls, ...renamed, ...dates.notices, ...files.notices, ...untranslated],
    rawDates: dates.raw,
  });
  const editions = wanted.map(({ language, locale, suffix }) => ({
    language,
    locale,
    suffix,
    resume: language ? inLanguage(resume, language) : resume,
  }));
  const [first] = editions as [Edition];
  return {
    source,
    baseDir,
    resume: first.resume,
    editions,
    written: resume,
    photo: files.photo,
    fonts: files.fonts,
    warnings: [...foreign, ...warnings],
  };
}

/** Another tool's format (RenderCV, YAMLResume, resumake) is read through its importer, as `resume import` reads
 * it, and the build says so in one line: no schema errors about keys of a vocabulary that is not ours. */
function readForeign(parsed: ParsedResume, source: Source): Diagnostic[] {
  const input = { kind: 'document' as const, name: source.name, data: parsed.data };
  const importer = detectImporter(input);
  if (!importer || importer.format === 'jsonresume') return [];
  const { resume, leftOver } = importer.read(input);
  parsed.data = resume;
  // What the importer read is ours now: lenient like a JSON Resume document, positions no longer the file's.
  Object.assign(source, { json: true });
  const left = leftOver.length
    ? `; ${leftOver.length} value${leftOver.length === 1 ? '' : 's'} it has no place for (resume import keeps them as comments)`
    : '';
  const message = `${source.name} is ${importer.describe}: read as such${left}; resume import ${source.path} converts it into this tool's YAML for editing`;
  return [{ file: source.name, line: 1, col: 1, path: '', message, severity: 'warning' }];
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
