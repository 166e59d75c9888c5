// A letter file: Markdown with YAML front matter. Read with positions, so every problem points at its
// file:line:col: YAML syntax, an unknown key (with a suggestion: a typo must not vanish), a value of the wrong
// shape, front matter left open. Every problem at once. Pure: the caller reads the file.
import { isMap, isScalar, isSeq, type Node, type Pair, parseDocument, type YAMLMap } from 'yaml';
import { COMMON_LOCALES, isKnownLocale, readLocaleTag } from '../core/locales.js';
import { inputError, type Source } from '../core/source.js';
import { didYouMean } from '../core/suggest.js';
import { type Diagnostic, UserError } from '../errors.js';

export interface Recipient {
  /** How the letter addresses them ("Madame", "Mr"), before the name: the locale's greeting takes it. */
  civility?: string;
  name?: string;
  title?: string;
  address: string[];
}

export interface LetterFields {
  company?: string;
  position?: string;
  subject?: string;
  /** YYYY-MM-DD (written in the locale), or text printed as written. */
  date?: string;
  salutation?: string;
  /** The sign-off; "" for none (closing: false), the text then ending with its own. */
  closing?: string;
  /** The language the letter is written in, where it is not the résumé's (see pipeline/letter.ts). */
  locale?: string;
  /** A job posting file, relative to the letter: company and position come from it when absent. */
  job?: string;
  /** An image of the signature, relative to the letter. */
  signature?: string;
  recipient?: Recipient;
}

export interface LetterFile {
  source: Source;
  fields: LetterFields;
  /** Where each key's value starts in the file ("recipient.name"), for messages about it. */
  offsets: Record<string, number>;
  body: string;
  /** Where the body starts in the file. */
  bodyOffset: number;
}

const TEXT_KEYS = [
  'company',
  'position',
  'subject',
  'date',
  'salutation',
  'closing',
  'locale',
  'job',
  'signature',
];
const RECIPIENT_KEYS = ['civility', 'name', 'title', 'address'];
const KEYS = [...TEXT_KEYS, 'recipient'];

/** The letter file's fields and body, and every problem found in them (the caller reports them with those of the
 * placeholders, all at once). Front matter left open is a problem nothing else can be read past: thrown. */
export function readLetter(source: Source): { file: LetterFile; problems: Diagnostic[] } {
  const front = splitFrontMatter(source);
  const fields: LetterFields = {};
  const offsets: Record<string, number> = {};
  const problems: Diagnostic[] = [];
  const at = (offset: number, path: string, message: string) =>
    problems.push(diagnosticAt(source, offset, path, message));
  if (front.yaml.trim()) {
    const doc = parseDocument(front.yaml, { prettyErrors: false });
    for (const e of doc.errors) at(front.yamlOffset + e.pos[0], '', `YAML: ${e.message.split('\n')[0]}`);
    const contents = doc.contents as Node | null;
    if (!doc.errors.length && contents && !isMap(contents))
      at(front.yamlOffset + (contents.range?.[0] ?? 0), '', 'the front matter is "key: value" lines');
    if (!doc.errors.length && isMap(contents)) {
      const read = { base: front.yamlOffset, fields, offsets, at };
      for (const pair of (contents as YAMLMap).items) readField(read, pair);
    }
  }
  if (!front.body.trim())
    at(front.bodyOffset, '', 'the letter has no text: write its paragraphs under the front matter');
  if (fields.date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(fields.date) && !calendarDay(fields.date))
    at(offsets.date ?? 0, 'date', `date "${fields.date}" is not a day of the calendar (YYYY-MM-DD)`);
  if (fields.locale !== undefined) fields.locale = readLocaleTag(fields.locale);
  if (fields.locale !== undefined && !isKnownLocale(fields.locale))
    at(
      offsets.locale ?? 0,
      'locale',
      `unknown locale "${fields.locale}"${didYouMean(fields.locale, COMMON_LOCALES)}; use a language code such as en, de, fr or en-GB`,
    );
  return { file: { source, fields, offsets, body: front.body, bodyOffset: front.bodyOffset }, problems };
}

/** A date written YYYY-MM-DD that is a real day, as a UTC date; anything else is text to print as written. */
export function calendarDay(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = m.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** Every problem of a letter, as one error. */
export function letterError(source: Source, problems: Diagnostic[]): UserError {
  const n = problems.length;
  const inOrder = [...problems].sort((a, b) => a.line - b.line || a.col - b.col);
  return new UserError(`${n} problem${n === 1 ? '' : 's'} in ${source.name}`, inOrder);
}

interface Reading {
  base: number;
  fields: LetterFields;
  offsets: Record<string, number>;
  at(offset: number, path: string, message: string): void;
}

function readField(r: Reading, pair: Pair): void {
  const key = isScalar(pair.key) ? String(pair.key.value) : '';
  const keyAt = r.base + ((pair.key as Node | null)?.range?.[0] ?? 0);
  if (!KEYS.includes(key)) {
    r.at(keyAt, key, `unknown key "${key}"${didYouMean(key, KEYS)}; a letter's keys: ${KEYS.join(', ')}`);
    return;
  }
  const value = pair.value as Node | null;
  r.offsets[key] = r.base + (value?.range?.[0] ?? keyAt - r.base);
  // closing: false (or "") leaves the closing out.
  if (key === 'closing' && isScalar(value) && (value.value === false || value.value === '')) {
    r.fields.closing = '';
    return;
  }
  if (key !== 'recipient') {
    const text = scalarText(r, value, key, keyAt);
    if (text !== undefined) r.fields[key as Exclude<keyof LetterFields, 'recipient'>] = text;
    return;
  }
  if (!isMap(value)) {
    r.at(
      r.offsets[key] ?? keyAt,
      key,
      'recipient is "name:", "title:" and "address:" lines, indented under it',
    );
    return;
  }
  const recipient: Recipient = { address: [] };
  for (const item of (value as YAMLMap).items) {
    const sub = isScalar(item.key) ? String(item.key.value) : '';
    const path = `recipient.${sub}`;
    const subAt = r.base + ((item.key as Node | null)?.range?.[0] ?? 0);
    const node = item.value as Node | null;
    r.offsets[path] = r.base + (node?.range?.[0] ?? subAt - r.base);
    if (!RECIPIENT_KEYS.includes(sub))
      r.at(
        subAt,
        path,
        `unknown key "${sub}"${didYouMean(sub, RECIPIENT_KEYS)}; a recipient has ${RECIPIENT_KEYS.join(', ')}`,
      );
    else if (sub === 'address') recipient.address = addressLines(r, node, subAt);
    else {
      const text = scalarText(r, node, path, subAt);
      if (text !== undefined) recipient[sub as 'civility' | 'name' | 'title'] = text;
    }
  }
  r.fields.recipient = recipient;
}

/** A value written as text (a number or date reads as written); anything else is a problem at it. */
function scalarText(r: Reading, node: Node | null, path: string, keyAt: number): string | undefined {
  if (node === null || (isScalar(node) && node.value === null)) {
    r.at(keyAt, path, `${path} is empty: give it a value, or leave the line out`);
    return undefined;
  }
  if (isScalar(node) && ['string', 'number'].includes(typeof node.value)) {
    // A number reads as written ("007", "1.50"), not as YAML's value of it.
    const text = (
      typeof node.value === 'number' ? (node.source ?? String(node.value)) : String(node.value)
    ).trim();
    if (text) return text;
  }
  r.at(
    r.base + (node.range?.[0] ?? 0),
    path,
    `${path} is text: write it on one line after "${path.split('.').pop()}:"`,
  );
  return undefined;
}

/** The address: a list of lines, or one text whose lines are the address's. */
function addressLines(r: Reading, node: Node | null, keyAt: number): string[] {
  if (isSeq(node))
    return node.items.flatMap((item, i) => {
      const line = scalarText(
        r,
        item as Node | null,
        `recipient.address[${i}]`,
        r.base + ((item as Node).range?.[0] ?? 0),
      );
      return line === undefined ? [] : [line];
    });
  const text = scalarText(r, node, 'recipient.address', keyAt);
  return text === undefined
    ? []
    : text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
}

/** The front matter (between a first line "---" and the next "---" or "...") and the body after it. */
function splitFrontMatter(source: Source): {
  yaml: string;
  yamlOffset: number;
  body: string;
  bodyOffset: number;
} {
  const { text } = source;
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return { yaml: '', yamlOffset: 0, body: text, bodyOffset: 0 };
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  const rest = text.slice(open[0].length);
  const end = close.exec(rest);
  if (!end)
    throw new UserError('the front matter is not closed', [
      diagnosticAt(source, 0, '', 'the front matter opened here is not closed: end it with a line "---"'),
    ]);
  const bodyOffset = open[0].length + end.index + end[0].length;
  return {
    yaml: rest.slice(0, end.index),
    yamlOffset: open[0].length,
    body: text.slice(bodyOffset),
    bodyOffset,
  };
}

/** A problem at `offset` in the letter, in the file:line:col form of every input error. */
export function diagnosticAt(source: Source, offset: number, path: string, message: string): Diagnostic {
  const error = inputError(source.name, message, { text: source.text, offset: Math.max(0, offset) });
  return { ...(error.diagnostics[0] as Diagnostic), path };
}
