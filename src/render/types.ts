import type { BuildRecord, ViewModel } from '../core/view.js';
import type { LetterView, PageView } from '../letter/view.js';
import type { Tokens } from './tokens.js';

export interface RenderContext {
  /** The theme's design tokens (the DOCX is drawn from them). */
  tokens: Tokens;
  /** The HTML of a view (a résumé's or a letter's), rendered once per view and shared by the formats that need it. */
  html(view: PageView): Promise<string>;
  /** The printed PDF of a view (Chrome's bytes), printed once per HTML: fitting, the PDF format and the
   * application packet share it. */
  print(view: PageView): Promise<Uint8Array>;
}

/** A font of a PDF, as a reader finds it. */
export interface ReadFont {
  name: string;
  embedded: boolean;
  type3: boolean;
}

/** An output read back the way an applicant-tracking system reads it. */
export interface ReadBack {
  /** The text in reading order. */
  text: string;
  /** Link targets, in order. */
  links: string[];
  /** The fonts (PDF only). */
  fonts?: ReadFont[];
  /** Document metadata (PDF: the info dictionary). */
  info?: Record<string, string>;
  /** How the output was built, as its metadata records it (PDF, DOCX, HTML). */
  build?: BuildRecord;
}

/** An output format. Adding one means writing one of these and listing it in registry.ts. */
export interface Renderer {
  format: string;
  extension: string;
  /** Whether this format needs the browser (lets the build start it early). */
  needsBrowser?: boolean;
  /**
   * How a reader meets the content: `layout` follows the theme's page (a sidebar read first), `flow` is the
   * sections in order (one column), `data` carries the résumé's own values rather than what a page shows.
   */
  reading: 'layout' | 'flow' | 'data';
  /** Links are written out as text (Markdown, plain text) rather than live. */
  linksWrittenOut?: boolean;
  render(view: ViewModel, ctx: RenderContext): Promise<Uint8Array | string>;
  /** The cover letter in this format; a format without it (the JSON Resume export) makes no letter. */
  renderLetter?(view: LetterView, ctx: RenderContext): Promise<Uint8Array | string>;
  /** The output read back: its text in reading order, links, and what else the format records; `name` names the
   * file in what it says of one it cannot read. */
  read(bytes: Uint8Array, name?: string): Promise<ReadBack>;
}
