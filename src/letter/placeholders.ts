// Placeholders in a letter's text, {{company}}, {{position}} and {{recipient.name}}, filled from the front matter
// or the job posting. An unknown one, or one with no value, is a problem at its place: a letter must not go out
// with "{{compnay}}" or a gap in it. "\{{" writes the braces themselves. Pure.
import { suggest } from '../core/suggest.js';

export const PLACEHOLDERS = ['company', 'position', 'recipient.name'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

/** Where a value comes from, said when there is none. */
const SOURCES: Record<Placeholder, string> = {
  company: 'set company: in the front matter, or name a job: posting that names it',
  position: 'set position: in the front matter, or name a job: posting that names it',
  'recipient.name': 'set name: under recipient: in the front matter',
};

const PLACEHOLDER = /(\\?)\{\{\s*([^{}\n]*?)\s*\}\}/g;

/** Characters the inline Markdown reader treats as markup: a value is text, so they are escaped in it. */
const escapeMarkdown = (value: string) => value.replace(/([\\`*_{}[\]()])/g, '\\$1');

/**
 * `text` with its placeholders filled. `problem` is told each one that cannot be, with its index in `text`.
 */
export function fillPlaceholders(
  text: string,
  values: PlaceholderValues,
  problem: (index: number, placeholder: string, message: string) => void,
): string {
  return text.replace(PLACEHOLDER, (match: string, escaped: string, name: string, index: number) => {
    // The inline reader turns "\{" into "{": the braces are printed as written.
    if (escaped) return match;
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
      const near = suggest(name, PLACEHOLDERS);
      const hint = near ? `did you mean {{${near}}}? ` : '';
      problem(
        index,
        match,
        `unknown placeholder ${match}: ${hint}placeholders: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`,
      );
      return match;
    }
    const value = values[name as Placeholder];
    if (value === undefined) {
      problem(index, match, `${match} has no value: ${SOURCES[name as Placeholder]}`);
      return match;
    }
    return escapeMarkdown(value);
  });
}
