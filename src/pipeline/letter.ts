// A cover letter through the stages the résumé goes through: load (the letter file, the job posting it names, its
// signature), plan (what its outputs and the packet are called, checked before anything is rendered) and prepare
// (its view, with the letterhead of the résumé the run makes). Fit, render and write take it as they take a
// résumé. What the letter asks is said at its file:line:col.
import { existsSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { buildTime } from '../core/build-time.js';
import { textLanguage } from '../core/language.js';
import { primary } from '../core/languages.js';
import { defaultPaper } from '../core/paper.js';
import type { Photo } from '../core/photo.js';
import { readPhoto } from '../core/photo.js';
import { readSource, type Source, STDIN } from '../core/source.js';
import { type Diagnostic, UsageError, UserError } from '../errors.js';
import { fillLetter } from '../letter/placeholders.js';
import { type PostingHeadline, postingHeadline } from '../letter/posting.js';
import { type LetterInput as LetterReady, prepareLetter } from '../letter/prepare.js';
import { diagnosticAt, type LetterFile, letterError, readLetter } from '../letter/read.js';
import { shownLetterText } from '../letter/view.js';
import type { Theme } from '../render/theme.js';
import type { Renderer } from '../render/types.js';
import { readPostingText } from './job.js';
import type { Edition, Loaded } from './load.js';
import { type PlannedDocument, resumeWords } from './plan.js';
import { type LetterDocument, type Presentation, uncoveredWarnings, warningAt } from './prepare.js';

/** A letter to make: its file, or its text handed over (the library; `file` then only names it). */
export interface LetterInput {
  file?: string;
  source?: string;
  /** The job posting the letter answers (`resume letter --job`), relative to the current folder: it stands in for
   * the front matter's job:. */
  job?: string;
}

export interface LetterChoice {
  letter?: LetterInput;
  /** Only the letter's outputs: the résumé gives the letterhead (and the packet its second part) but is not
   * written on its own. */
  letterOnly?: boolean;
  /** One PDF, application-<stem>.pdf: the letter, then the résumé. */
  packet?: boolean;
  /** The letter's page budget (default 1). */
  letterPages?: number;
  /** The date a letter without one carries (default: today). */
  today?: Date;
}

export interface LoadedLetter extends LetterReady {
  warnings: Diagnostic[];
  /** What its outputs' names add for its language (see letterFile). */
  suffix: string;
}

/** The language a letter is written in, where no --locale names one: its front matter's locale:, else the one
 * its text reads as. The résumé is then built in it, where meta.languages has it (LoadOptions.letterLocale), so
 * an English letter gets the English letterhead. Undefined where the letter cannot be read (its load says why)
 * and for one on standard input, which is read once. */
export async function letterLocaleOf(options: {
  letter?: LetterInput;
  locale?: string;
  allLocales?: boolean;
}): Promise<string | undefined> {
  const given = options.letter;
  if (!given || options.locale || options.allLocales || given.file === STDIN) return undefined;
  try {
    return await ownLanguage(readLetter(letterSource(given)).file);
  } catch (error) {
    if (error instanceof UserError) return undefined;
    throw error;
  }
}

/** The language a letter says it is in (locale:), else the one its text reads as. */
async function ownLanguage(file: LetterFile): Promise<string | undefined> {
  return file.fields.locale ?? (await textLanguage(file.body));
}

function letterSource(input: LetterInput): Source {
  const path = input.file ?? '<letter>.md';
  return input.source === undefined
    ? readSource(path)
    : { path, name: basename(path), text: input.source, json: false };
}

/** Stage 1 for a letter: the file read (in the run's language, see letterFile), its posting and signature with
 * it, its placeholders filled; every problem of all these at once, at its file:line:col. */
export async function loadLetter(given: LetterInput, edition?: Edition): Promise<LoadedLetter> {
  const { input, asked } = letterFile(given, edition);
  const source = letterSource(input);
  const { file, problems } = readLetter(source);
  const { suffix, missing } = await inItsLanguage(file, asked, edition);
  const baseDir = input.file === undefined ? process.cwd() : dirname(resolve(input.file));
  const warnings: Diagnostic[] = [];
  const { signature: image } = file.fields;
  const posting = letterPosting(file, given.job, baseDir, { problems, warnings });
  const signature =
    image === undefined ? undefined : readSignature(file, image, baseDir, { problems, warnings });
  const filled = fillLetter(file, posting);
  problems.push(...filled.problems);
  if (problems.length) throw letterError(source, problems);
  if (missing) warnings.push({ ...diagnosticAt(source, 0, '', missing), severity: 'warning' });
  const read = { file, texts: filled.texts, values: filled.values, warnings, suffix };
  return { ...read, ...(signature ? { signature } : {}) };
}

/** A letter is one text per file: built with --locale in a language other than the résumé's default, acme.md is
 * read as acme.de.md (or acme.de-AT.md for that locale), which sits beside it. A file named for its language, or
 * whose own language chose the run's, is read as it is. `asked`: the file of that language that is not there. */
function letterFile(input: LetterInput, edition?: Edition): { input: LetterInput; asked?: string } {
  const file = input.file;
  if (!edition?.suffix || edition.chosenBy === 'letter') return { input };
  if (file === undefined || file === STDIN || input.source !== undefined) return { input };
  const extension = extname(file);
  const stem = file.slice(0, file.length - extension.length);
  const codes = [edition.suffix, ...(edition.language ? [`.${edition.language}`] : [])];
  if (codes.some((code) => stem.endsWith(code))) return { input };
  const found = codes.map((code) => `${stem}${code}${extension}`).find((f) => existsSync(f));
  if (found) return { input: { ...input, file: found } };
  return { input, asked: basename(`${stem}${edition.suffix}${extension}`) };
}

/** What the letter's outputs add to their names, and the warning where it is read in place of a file of the
 * run's language. A letter written in a language of meta.languages, built --locale in it (acme.md in English for a
 * résumé in es and en, --locale en), is the letter its text alone would make: named as it is (letter-acme), with
 * no word. Any other is dated and signed off in the run's locale, and named for it (letter-acme.en), as the file
 * it stands in for would be: a region (en-US for an en-GB résumé) is another letter. */
async function inItsLanguage(
  file: LetterFile,
  asked: string | undefined,
  edition: Edition | undefined,
): Promise<{ suffix: string; missing?: string }> {
  const suffix = edition?.suffix ?? '';
  if (!edition || edition.chosenBy === 'letter') return { suffix: '' };
  if (asked === undefined) return { suffix };
  const own = await ownLanguage(file);
  const { locale = 'en', language } = edition;
  if (own !== undefined && language === locale && primary(own) === primary(language)) return { suffix: '' };
  const name = file.source.name;
  return {
    suffix,
    missing: `no ${asked} beside ${name}: the letter is this file's text, dated and signed off in ${locale}; write ${asked} for a letter in ${locale}`,
  };
}

interface Said {
  problems: Diagnostic[];
  warnings: Diagnostic[];
}

const NAMES_NOTHING =
  'names no title or company (a first line or "# " heading that is its title, title: and company: in a front matter, or a JSON Resume job)';

/** The posting the letter answers: --job's (relative to the current folder) where given, in place of the front
 * matter's job: (relative to the letter), which is then said to be passed over, at its line. */
function letterPosting(
  file: LetterFile,
  flag: string | undefined,
  baseDir: string,
  said: Said,
): PostingHeadline | undefined {
  const { job } = file.fields;
  if (flag === undefined) return job === undefined ? undefined : writtenPosting(file, job, baseDir, said);
  if (job !== undefined && resolve(baseDir, job) !== resolve(flag))
    said.warnings.push(
      jobWarning(file, `job: ${job} is not read: --job ${flag} names the posting this letter answers`),
    );
  return flaggedPosting(flag, said);
}

/** The front matter's job:, relative to the letter; what keeps it from being read is a problem at its line. */
function writtenPosting(
  file: LetterFile,
  job: string,
  baseDir: string,
  said: Said,
): PostingHeadline | undefined {
  const at = file.offsets.job ?? 0;
  try {
    const headline = postingHeadline(readPostingText(resolve(baseDir, job), job), job);
    if (!headline.title && !headline.company)
      said.warnings.push(jobWarning(file, `"${job}" ${NAMES_NOTHING}`));
    return headline;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    said.problems.push(
      diagnosticAt(
        file.source,
        at,
        'job',
        `"${job}": ${reason(error, job)} (paths are relative to the letter)`,
      ),
    );
    return undefined;
  }
}

/** --job's posting: what keeps it from being read is the flag's error, said as `build --job` says it (a broken
 * JSON posting at its own line); one that names nothing, a warning at the posting. */
function flaggedPosting(flag: string, said: Said): PostingHeadline {
  let text: string;
  try {
    text = readPostingText(flag);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw new UserError(`--job ${flag}: ${reason(error, flag)}`);
  }
  const headline = postingHeadline(text, flag);
  if (!headline.title && !headline.company)
    said.warnings.push({
      file: flag,
      line: 1,
      col: 1,
      path: '',
      message: NAMES_NOTHING,
      severity: 'warning',
    });
  return headline;
}

/** The posting reader's error in one line: without the file's name, with its place in the posting if it has one. */
function reason(error: UserError, file: string): string {
  const message = error.message.startsWith(`${file}: `)
    ? error.message.slice(file.length + 2)
    : error.message;
  const at = error.diagnostics[0];
  return at && at.file === file ? `${message} (${file}:${at.line}:${at.col})` : message;
}

function jobWarning(file: LetterFile, message: string): Diagnostic {
  return { ...diagnosticAt(file.source, file.offsets.job ?? 0, 'job', message), severity: 'warning' };
}

/** The signature's image, read like the résumé's photo: a local image only; missing is a warning, not an image an
 * error. */
function readSignature(file: LetterFile, image: string, baseDir: string, said: Said): Photo | undefined {
  const { photo, warning, error } = readPhoto(image, baseDir);
  const worded = (text: string) =>
    text.replace(/the résumé/g, 'the letter').replace(/\bphoto\b/g, 'signature');
  const at = (text: string) =>
    diagnosticAt(file.source, file.offsets.signature ?? 0, 'signature', worded(text));
  if (error) said.problems.push(at(error));
  if (warning) said.warnings.push({ ...at(warning), severity: 'warning' });
  return photo;
}

export interface PlannedLetter {
  stem: string;
  /** The packet's name, when one is asked for. */
  packet?: string;
  maxPages: number;
}

/** The name a letter's outputs are given (letter-<name><suffix>) after its file. Standard input (-) and a letter
 * handed over as text have no name of their own: "letter". A letter in a language other than the default adds
 * its locale, as the résumé does (letter-acme.de), once. */
export function letterName(file = 'letter', suffix = ''): { name: string; stem: string } {
  const named = file === '-' ? 'letter' : file;
  const own = basename(named, extname(named)).replace(/^letter(?:[-_]|$)/i, '');
  const name = suffix && own.endsWith(suffix) ? own.slice(0, -suffix.length) : own;
  return { name, stem: `${name ? `letter-${name}` : 'letter'}${suffix}` };
}

/** Stage 2 for a letter: its outputs are named after its file (letter-<stem>, application-<stem>, see
 * packetName); a packet takes one résumé, and some format must draw letters. */
export function planLetter(
  input: LetterInput,
  choice: LetterChoice,
  resumes: PlannedDocument[],
  renderers: readonly Renderer[],
  suffix = '',
): PlannedLetter {
  const { name, stem } = letterName(input.file, suffix);
  if (choice.packet && resumes.length !== 1)
    throw new UsageError(
      'a packet holds the letter and one résumé: build one variant for it, not all of them',
    );
  if (!renderers.some((r) => r.renderLetter))
    throw new UsageError(
      `no format of ${renderers.map((r) => r.format).join(', ')} makes a letter: a letter is made in html, pdf, docx, md and txt`,
    );
  if (!choice.letterOnly && resumes.some((r) => r.target.stem === stem))
    throw new UserError(
      `the résumé and the letter would both be named "${stem}": give the résumé another --name`,
    );
  const [resume] = resumes;
  return {
    stem,
    ...(choice.packet ? { packet: packetName(name, resume ? resumeWords(resume.target) : [], suffix) } : {}),
    maxPages: choice.letterPages ?? 1,
  };
}

/** application-<letter>, then what its résumé is (application-acme-datos-fintech for a résumé tailored to
 * datos-fintech.md, application-acme-lead for the variant lead): one letter's packets with different résumés never
 * take one name. A word the letter's name ends with is not said twice (the letter acme with the variant acme is
 * application-acme). */
function packetName(letter: string, words: string[], suffix: string): string {
  const own = words.join('-');
  const said = own && (letter === own || letter.endsWith(`-${own}`));
  return `${['application', letter, said ? '' : own].filter(Boolean).join('-')}${suffix}`;
}

export interface LetterLanguage {
  locale: string;
  /** The line that says so, where it is not the résumé's. */
  note?: string;
}

/** The language a letter is written in: --locale's where given (it chose the letter's file too); else its front
 * matter's locale:; else the one its text reads as, where that is another than the résumé's (an English letter
 * for a French résumé); else the résumé's. It sets the date line, the greeting and the closing. */
export async function letterLanguage(
  letter: LoadedLetter,
  resume: PlannedDocument,
  loaded: Loaded,
  options: Presentation & { flagged: boolean },
): Promise<LetterLanguage> {
  const own = resume.locale ?? options.locale ?? loaded.resume.meta?.locale ?? 'en';
  const { name } = letter.file.source;
  const given = letter.file.fields.locale;
  if (options.flagged) return { locale: own };
  if (given !== undefined)
    return primary(given) === primary(own)
      ? { locale: own }
      : {
          locale: given,
          note: `${name}: language ${given}, set by locale: in its front matter (the résumé is ${own})`,
        };
  const read = await textLanguage(letter.texts.body);
  if (read === undefined || read === primary(own)) return { locale: own };
  return {
    locale: read,
    note: `${name}: language ${read}, read from its text (the résumé is ${own}): locale: in its front matter or --locale sets another`,
  };
}

/** Stage 3 for a letter: its view, in its language and the run's paper, with the letterhead of the résumé the run
 * makes (so --public leaves out in the letter what it leaves out in the résumé), and what the theme says of it. */
export function prepareLetterDocument(
  letter: LoadedLetter,
  planned: PlannedLetter,
  resume: PlannedDocument,
  loaded: Loaded,
  theme: Theme,
  options: Presentation & { today?: Date; locale: string },
): { document: LetterDocument; warnings: Diagnostic[] } {
  const view = prepareLetter(letter, resume.resume, {
    locale: options.locale,
    paper: options.paper ?? loaded.resume.meta?.paper ?? defaultPaper(resume.resume, options.locale),
    today: options.today ?? buildTime(),
    ...(loaded.fonts ? { fonts: loaded.fonts } : {}),
  });
  const source = letter.file.source;
  const glyphs = uncoveredWarnings(source, theme.letter.uncovered(shownLetterText(view)));
  const notice = theme.letter.notice ? [warningAt(source, theme.letter.notice, 0)] : [];
  return {
    document: { stem: planned.stem, view, maxPages: planned.maxPages },
    warnings: [...letter.warnings, ...notice, ...glyphs],
  };
}
