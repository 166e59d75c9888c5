// A letter (its file read, placeholders filled) and the résumé → the one letter view every format draws: the
// letterhead from the résumé's basics, the recipient, the date line and the greetings in the locale, the body's
// blocks. Pure: no I/O, and nothing left to fail (the letter's problems were all found when it was read).
import type { FontFile } from '../core/font-file.js';
import { type LetterWords, localeRecord } from '../core/locales.js';
import { parseInline } from '../core/markdown.js';
import type { Photo } from '../core/photo.js';
import { contacts, languageOf } from '../core/prepare.js';
import type { Resume } from '../core/resume-types.js';
import type { Paper } from '../core/view.js';
import { letterBlocks } from './body.js';
import type { LetterTexts, PlaceholderValues } from './placeholders.js';
import { calendarDay, type LetterFile } from './read.js';
import type { LetterView } from './view.js';

export interface LetterInput {
  file: LetterFile;
  /** Its texts with their placeholders filled, and the values they took. */
  texts: LetterTexts;
  values: PlaceholderValues;
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
  const { file, texts, values } = input;
  const words = localeRecord(options.locale);
  const language = languageOf(options.locale);
  const name = resume.basics.name ?? '';
  const recipient = file.fields.recipient;
  const greeting = recipient?.name
    ? words.letter.salutationNamed.replace('{name}', recipient.name)
    : words.letter.salutation;
  return {
    kind: 'letter',
    design: resume.meta?.design,
    fonts: options.fonts,
    name,
    label: resume.basics.label,
    contacts: contacts(resume, language),
    contactTitle: words.contact,
    recipient: [recipient?.name, recipient?.title, values.company, ...(recipient?.address ?? [])].filter(
      (line): line is string => Boolean(line),
    ),
    date: dateLine(file.fields.date, resume, options, words.letter),
    ...(texts.subject ? { subject: parseInline(texts.subject) } : {}),
    salutation: parseInline(texts.salutation ?? greeting),
    body: letterBlocks(texts.body),
    closing: parseInline(texts.closing ?? words.letter.closing),
    ...(input.signature ? { signature: withSource(input.signature) } : {}),
    document: {
      title: name ? `${name} — ${words.documents.letter}` : words.documents.letter,
      author: name,
      subject: [values.position, values.company].filter(Boolean).join(' · ') || words.documents.letter,
      keywords: [],
      paper: options.paper,
      ...language,
    },
  };
}

/** The date line: a date given as YYYY-MM-DD (or today's) in the locale's long form, after the sender's city
 * where the locale writes one ("Berlin, 14. März 2025"); any other text as written. */
function dateLine(
  given: string | undefined,
  resume: Resume,
  options: LetterOptions,
  words: LetterWords,
): string {
  const { today } = options;
  const date =
    given === undefined
      ? new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()))
      : calendarDay(given);
  if (!date) return given ?? '';
  // In the Gregorian calendar, as the résumé's dates (see formatDate).
  const long = new Intl.DateTimeFormat(options.locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
    calendar: 'gregory',
  }).format(date);
  const place = resume.basics.location?.city;
  return (place ? words.dateLine : '{date}').replace('{place}', place ?? '').replace('{date}', long);
}

function withSource(photo: Photo): Photo & { src: string } {
  return { ...photo, src: `data:${photo.mime};base64,${Buffer.from(photo.data).toString('base64')}` };
}
