// The letter's view: what every format draws of a cover letter, as the résumé's ViewModel is for a résumé. Types,
// the guard that tells the two kinds of page apart and the text a letter shows: no imports, so every layer (the
// HTML of a résumé among them) can name them without loading the letter's reading code.
import type { FontFile } from '../core/font-file.js';
import type { Inline } from '../core/markdown.js';
import type { Photo } from '../core/photo.js';
import type { ContactLink, Design, DocumentInfo, Fit, ViewModel } from '../core/view.js';

/** A block of the letter's body: a paragraph, or a list (bulleted, or numbered as written). */
export type LetterBlock =
  | { kind: 'paragraph'; text: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] };

export interface LetterView {
  kind: 'letter';
  /** Set when the letter was fitted to its page budget; every format follows it. */
  fit?: Fit;
  design?: Design;
  /** Font files of the résumé's meta.design.font, embedded in the HTML and PDF. */
  fonts?: FontFile[];
  /** The letterhead: the résumé's name, headline and contacts. */
  name: string;
  label?: string;
  contacts: ContactLink[];
  /** The heading of the contacts where a theme shows them as a block of their own (the sidebar theme). */
  contactTitle: string;
  /** The recipient's lines: name, title, company, address. */
  recipient: string[];
  /** The date line, as written in the locale ("Berlin, 14. März 2025"). */
  date: string;
  subject?: Inline[];
  salutation: Inline[];
  body: LetterBlock[];
  closing: Inline[];
  /** An image of the signature, above the typed name. */
  signature?: Photo & { src: string };
  document: DocumentInfo;
}

/** A page a theme draws: a résumé's or a letter's. */
export type PageView = ViewModel | LetterView;

export function isLetter(view: PageView): view is LetterView {
  return 'kind' in view && view.kind === 'letter';
}

/** The text a letter shows, for finding the fonts it needs: without the signature's and font files' bytes. */
export function shownLetterText(view: LetterView): string {
  return JSON.stringify({ ...view, signature: undefined, fonts: undefined });
}
