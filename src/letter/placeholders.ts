// Placeholders in a letter's text, {{company}}, {{position}} and {{recipient.name}}, filled from the front matter
// or the job posting. An unknown one, one with no value, or one where nothing is filled (the recipient's lines) is
// a problem at its place: a letter must not go out with "{{compnay}}" or a gap in it. "\{{" writes the braces
// themselves. Pure.
import { suggest } from '../core/suggest.js';
import type { Diagnostic } from '../errors.js';
import type { PostingHeadline } from './posting.js';
import { diagnosticAt, type LetterFile } from './read.js';

export const PLACEHOLDERS = ['company', 'position', 'recipient.name'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

/** Where a value comes from, said when there is none: the posting the letter names is said to lack it. */
function whereFrom(name: Placeholder, posting: PostingHeadline | undefined): string {
  if (name === 'recipient.name') return 'set name: under recipient: in the front matter';
  const [key, given] = name === 'company' ? ['company', 'company'] : ['position', 'title'];
  if (posting) return `set ${key}: in the front matter: ${posting.file} names no ${given}`;
  return `set ${key}: in the front matter, or name a posting that names it (job: in the front matter, or --job)`;
}

// With the full stop after it, where one ends a sentence there (not an ellipsis, not "{{company}}.com"): a value
// that ends with its own ("Acme S.L.") takes the place of the sentence's, so the text does not read "S.L..".
const PLACEHOLDER = /(\\?)\{\{\s*([^{}\n]*?)\s*\}\}(\.(?![.\p{L}\p{N}]))?/gu;

/** Characters the inline Markdown reader treats as markup: a value is text, so they are escaped in it. */
const escapeMarkdown = (value: string) => value.replace(/([\\`*_{}[\]()])/g, '\\$1');

/**
 * `text` with its placeholders filled. `problem` is told each one that cannot be, with its index in `text`;
 * `posting` is the one the letter names, if any (said to lack a value it does not give).
 */
export function fillPlaceholders(
  text: string,
  values: PlaceholderValues,
  posting: PostingHeadline | undefined,
  problem: (index: number, placeholder: string, message: string) => void,
): string {
  return text.replace(
    PLACEHOLDER,
    (whole: string, escaped: string, name: string, stop = '', index: number) => {
      const match = whole.slice(0, whole.length - stop.length);
      // The inline reader turns "\{" into "{": the braces are printed as written.
      if (escaped) return whole;
      if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
        const near = suggest(name, PLACEHOLDERS);
        const hint = near ? `did you mean {{${near}}}? ` : '';
        problem(
          index,
          match,
          `unknown placeholder ${match}: ${hint}placeholders: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`,
        );
        return whole;
      }
      const value = values[name as Placeholder];
      if (value === undefined) {
        problem(index, match, `${match} has no value: ${whereFrom(name as Placeholder, posting)}`);
        return whole;
      }
      return escapeMarkdown(value) + (value.endsWith('.') ? '' : stop);
    },
  );
}

/** The texts placeholders are filled in: the body and these front matter keys. */
const FILLED = ['subject', 'salutation', 'closing'] as const;

export interface LetterTexts {
  body: string;
  subject?: string;
  salutation?: string;
  closing?: string;
}

/** The letter's texts with placeholders filled, the values they took, and every problem at its place. */
export function fillLetter(
  file: LetterFile,
  posting: PostingHeadline | undefined,
): { texts: LetterTexts; values: PlaceholderValues; problems: Diagnostic[] } {
  const { fields, source } = file;
  const values: PlaceholderValues = {
    company: fields.company ?? posting?.company,
    position: fields.position ?? posting?.title,
    'recipient.name': fields.recipient?.name,
  };
  const problems: Diagnostic[] = [];
  const at = (offset: number, path: string, message: string) =>
    problems.push(diagnosticAt(source, offset, path, message));
  // Comments (<!-- … -->) are the author's notes, never printed: blanked to spaces, so offsets stay.
  const body = file.body.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  const texts: LetterTexts = {
    body: fillPlaceholders(body, values, posting, (index, _, message) =>
      at(file.bodyOffset + index, '', message),
    ),
  };
  for (const key of FILLED) {
    const text = fields[key];
    if (text === undefined) continue;
    // A front matter value may be quoted or folded: its placeholder is found in the file from where it starts.
    const start = file.offsets[key] ?? 0;
    texts[key] = fillPlaceholders(text, values, posting, (_, placeholder, message) => {
      const found = source.text.indexOf(placeholder, start);
      at(found >= 0 ? found : start, key, message);
    });
  }
  for (const [path, value] of printedAsWritten(file)) {
    const placeholder = /\{\{[^{}\n]*\}\}/.exec(value)?.[0];
    if (placeholder === undefined) continue;
    const found = source.text.indexOf(placeholder, file.offsets[path] ?? 0);
    at(
      found,
      path,
      `${path} is printed as written: placeholders are filled in the text, subject, salutation and closing`,
    );
  }
  return { texts, values, problems };
}

/** The values printed as written, by key: where a placeholder would be printed as its braces. */
function printedAsWritten(file: LetterFile): [string, string][] {
  const { fields } = file;
  const { recipient } = fields;
  const pairs: [string, string | undefined][] = [
    ...(['company', 'position', 'date', 'locale', 'job', 'signature'] as const).map(
      (k): [string, string | undefined] => [k, fields[k]],
    ),
    ['recipient.civility', recipient?.civility],
    ['recipient.name', recipient?.name],
    ['recipient.title', recipient?.title],
    ...(recipient?.address ?? []).map((line): [string, string] => ['recipient.address', line]),
  ];
  return pairs.filter((pair): pair is [string, string] => pair[1] !== undefined);
}
