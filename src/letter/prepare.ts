// A letter file, its job posting and the résumé → the one letter view every format draws: the letterhead from the
// résumé's basics, the recipient, the date line and the greetings in the locale, the body's blocks, placeholders
// filled. Every problem (a placeholder with no value, a date that is none) at its file:line:col, all at once.
// Pure: no I/O.
import type { FontFile } from '../core/font-file.js';
import { type LetterWords, localeRecord } from '../core/locales.js';
import { type Inline, parseInline } from '../core/markdown.js';
import type { Photo } from '../core/photo.js';
import { contacts } from '../core/prepare.js';
import type { Resume } from '../core/resume-types.js';
import type { Paper } from '../core/view.js';
import { type Diagnostic, UserError } from '../errors.js';
import { letterBlocks } from './body.js';
import { fillPlaceholders, type PlaceholderValues } from './placeholders.js';
import type { PostingHeadline } from './posting.js';
import { diagnosticAt, type LetterFile } from './read.js';
import type { LetterView } from './view.js';

export interface LetterInput {
  file: LetterFile;
  /** The title and company of the posting the letter names (job:). */
  posting?: PostingHeadline;
  signature?: Photo;
}

export interface LetterOptions {
  locale: string;
  paper: Paper;
  /** The date a letter without one carries. */
  today: Date;
  /** The font files of the résumé's meta.design.font, read. */
  fonts?: FontFile[];
}

export function prepareLetter(input: LetterInput, resume: Resume, options: LetterOptions): LetterView {
  const { file, posting } = input;
  const { fields } = file;
  const words = localeRecord(options.locale);
  const values: PlaceholderValues = {
    company: fields.company ?? posting?.company,
    position: fields.position ?? posting?.title,
    'recipient.name': fields.recipient?.name,
  };
  const problems: Diagnostic[] = [];
  const filled = filler(file, values, problems);
  const name = resume.basics.name ?? '';
  const recipientName = fields.recipient?.name;
  const salutation =
    filled('salutation') ??
    (recipientName ? words.letter.salutationNamed.replace('{name}', recipientName) : words.letter.salutation);
  const view: LetterView = {
    kind: 'letter',
    design: resume.meta?.design,
    fonts: options.fonts,
    name,
    label: resume.basics.label,
    contacts: contacts(resume),
    contactTitle: words.contact,
    recipient: [
      recipientName,
      fields.recipient?.title,
      values.company,
      ...(fields.recipient?.address ?? []),
    ].filter((line): line is string => Boolean(line)),
    date: dateLine(file, resume, options, words.letter, problems),
    ...(fields.subject ? { subject: inline(filled('subject')) } : {}),
    salutation: parseInline(salutation),
    body: letterBlocks(filled('body') ?? ''),
    closing: parseInline(filled('closing') ?? words.letter.closing),
    ...(input.signature ? { signature: withSource(input.signature) } : {}),
    document: {
      title: `${name} — ${words.documents.letter}`,
      author: name,
      subject: [values.position, values.company].filter(Boolean).join(' · ') || words.documents.letter,
      keywords: [],
      paper: options.paper,
      locale: options.locale,
      lang: options.locale.split('-')[0] ?? 'en',
    },
  };
  if (problems.length)
    throw new UserError(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${file.source.name}`,
      problems,
    );
  return view;
}

type Filled = 'body' | 'salutation' | 'closing' | 'subject';

/** A text of the letter with its placeholders filled, each problem at its place in the file. */
function filler(file: LetterFile, values: PlaceholderValues, problems: Diagnostic[]) {
  return (key: Filled): string | undefined => {
    // Comments (<!-- … -->) are the author's notes, never printed: blanked to spaces, so offsets stay.
    const text =
      key === 'body'
        ? file.body.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '))
        : file.fields[key];
    if (text === undefined) return undefined;
    return fillPlaceholders(text, values, (index, placeholder, message) => {
      // The body is the file's own text; a front matter value may be quoted, so its placeholder is found there.
      const start = file.offsets[key] ?? 0;
      const found = file.source.text.indexOf(placeholder, start);
      const offset = key === 'body' ? file.bodyOffset + index : found >= 0 ? found : start;
      problems.push(diagnosticAt(file.source, offset, key === 'body' ? '' : key, message));
    });
  };
}

const inline = (text: string | undefined): Inline[] => parseInline(text ?? '');

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date line: a date given as YYYY-MM-DD (or today's) in the locale's long form, after the sender's city
 * where the locale writes one ("Berlin, 14. März 2025"); any other text as written. */
function dateLine(
  file: LetterFile,
  resume: Resume,
  options: LetterOptions,
  words: LetterWords,
  problems: Diagnostic[],
): string {
  const given = file.fields.date;
  const today = options.today;
  const [year, month, day] = given
    ? (ISO_DAY.exec(given)?.slice(1).map(Number) ?? [])
    : [today.getFullYear(), today.getMonth() + 1, today.getDate()];
  if (given && year === undefined) return given;
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day));
  if (date.getUTCMonth() !== (month ?? 1) - 1 || date.getUTCDate() !== day) {
    problems.push(
      diagnosticAt(
        file.source,
        file.offsets.date ?? 0,
        'date',
        `date "${given}" is not a day of the calendar (YYYY-MM-DD)`,
      ),
    );
    return given ?? '';
  }
  const long = new Intl.DateTimeFormat(options.locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
  const place = resume.basics.location?.city;
  return (place ? words.dateLine : '{date}').replace('{place}', place ?? '').replace('{date}', long);
}

function withSource(photo: Photo): Photo & { src: string } {
  return { ...photo, src: `data:${photo.mime};base64,${Buffer.from(photo.data).toString('base64')}` };
}

/** The text a letter shows, for finding the fonts it needs: without the signature's and font files' bytes. */
export function shownLetterText(view: LetterView): string {
  return JSON.stringify({ ...view, signature: undefined, fonts: undefined });
}
