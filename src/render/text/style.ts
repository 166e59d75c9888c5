// How the résumé and the letter write inline text, names, headings and links: one style for Markdown, one for
// plain text.
import type { Inline } from '../../core/markdown.js';

export interface Style {
  inline(tokens: Inline[]): string;
  text(text: string): string;
  name(name: string): string;
  label(label: string): string;
  heading(title: string): string;
  entryTitle(line: string): string;
  /** One of several roles under an employer: a heading below the employer's. */
  roleTitle(line: string): string;
  term(term: string): string;
  link(text: string, href: string | undefined): string;
}
