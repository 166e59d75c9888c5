// A letter (its file read, placeholders filled) and the résumé → the one letter view every format draws: the
// letterhead from the résumé's basics, the recipient, the date line and the greetings in the locale, the body's
// blocks. Pure: no I/O, and nothing left to fail (the letter's problems were all found when it was read).

import { longDate } from '../core/dates.js';
import type { FontFile } from '../core/font-file.js';
import { CLOSING_WORDS, holdSpacedMarks, type LetterWords, localeRecord } from '../core/locales.js';
import { parseInline, plainText } from '../core/markdown.js';
import type { Photo } from '../core/photo.js';
import { contacts, languageOf } from '../core/prepare.js';
import type { Resume } from '../core/resume-types.js';
import type { Paper } from '../core/view.js';
import { letterBlocks } from './body.js';
import { addressee, greeting } from './civility.js';
import type { LetterTexts, PlaceholderValues } from './placeholders.js';
import { calendarDay, type LetterFile } from './read.js';
import type { LetterBlock, LetterView } from './view.js';

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
  const { file, values } = input;
  const { locale } = options;
  const texts = heldTexts(input.texts, locale);
  const words = localeRecord(locale);
  const language = languageOf(locale);
  const name = resume.basics.name ?? '';
  const recipient = file.fields.recipient;
  const body = letterBlocks(texts.body);
  const closing = texts.closing ?? (endsWithClosing(body) ? '' : words.letter.closing);
  return {
    kind: 'letter',
    design: resume.meta?.design,
    fonts: options.fonts,
    name,
    label: resume.basics.label,
    contacts: contacts(resume, language),
    contactTitle: words.contact,
    recipient: [
      addressee(recipient, words.letter),
      recipient?.title,
      values.company,
      ...(recipient?.address ?? []),
    ].filter((line): line is string => Boolean(line)),
    date: dateLine(file.fields.date, resume, options, words.letter),
    ...(texts.subject ? { subject: parseInline(texts.subject) } : {}),
    salutation: parseInline(texts.salutation ?? greeting(recipient, words.letter)),
    body,
    closing: parseInline(closing),
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
  const long = longDate(date, options.locale);
  const place = resume.basics.location?.city;
  return (place ? words.dateLine : '{date}').replace('{place}', place ?? '').replace('{date}', long);
}

/** Whether the body's last paragraph ends with a closing formula in any language ("… l'expression de mes
 * salutations distinguées."), or one of its lines starts with one ("Cordialement"): then it has its own, and a
 * second would be one too many. A one-word formula counts only at a line's start: a sentence that ends "in all
 * regards." or "respectfully." is no closing. */
function endsWithClosing(body: LetterBlock[]): boolean {
  const last = body.at(-1);
  if (last?.kind !== 'paragraph') return false;
  const lines = plainText(last.text)
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split('\n')
    .map((line) => line.replace(/[\s.,;:!?…،。]+$/u, '').trim());
  const whole = lines.join(' ');
  return CLOSING_WORDS.some(
    (words) =>
      (words.includes(' ') && whole.endsWith(words) && !isLetter(whole.at(-words.length - 1))) ||
      lines.some((line) => line.startsWith(words) && !isLetter(line.charAt(words.length))),
  );
}

/** A letter or digit beside it goes on a word: a closing is found as whole words (Chinese and Japanese, written
 * without spaces, aside). */
const isLetter = (char: string | undefined) =>
  /[\p{L}\p{N}]/u.test(char ?? '') && !/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(char ?? '');

/** The texts with the no-break spaces the language sets around its punctuation (French « », : ; ! ?). */
function heldTexts(texts: LetterTexts, locale: string): LetterTexts {
  const held = Object.entries(texts).map(([key, text]) => [key, holdSpacedMarks(text, locale)]);
  return Object.fromEntries(held) as LetterTexts;
}

function withSource(photo: Photo): Photo & { src: string } {
  return { ...photo, src: `data:${photo.mime};base64,${Buffer.from(photo.data).toString('base64')}` };
}
