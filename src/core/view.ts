// The view model: what every renderer draws, the same for HTML, PDF, DOCX, Markdown and text. Types only (and
// the exhaustiveness guard of switches over a section's kind), so every layer can name them without a loop.
import type { Direction } from './direction.js';
import type { FontFile } from './font-file.js';
import type { Inline } from './markdown.js';
import type { Photo } from './photo.js';
import type { Resume } from './resume-types.js';

export type Paper = 'A4' | 'Letter';

export interface ContactLink {
  text: string;
  href?: string;
}

export interface ViewEntry {
  /** The position, degree or name; `href` links it (a project's, a certificate's, a publication's address). */
  title: string;
  href?: string;
  /** The employer, school or organisation; `orgHref` links it (its website). */
  org?: string;
  orgHref?: string;
  date?: string;
  location?: string;
  /** One line of details, labelled where bare: "GPA 4.0", "application · Roles: Author, Maintainer". */
  detail?: string;
  description: Inline[][];
  highlights: Inline[][];
  /** A short list on one line: a project's keywords, "Courses: Databases, Statistics". */
  keywords?: string;
  /** Several roles under this one employer, each dated, drawn below the employer's line. */
  roles?: ViewRole[];
}

/** One role of an entry with several (work[].positions). */
export interface ViewRole {
  title: string;
  date?: string;
  location?: string;
  description: Inline[][];
  highlights: Inline[][];
  keywords?: string;
}

export interface KeywordGroup {
  name: string;
  detail?: string;
  keywords: Inline[][];
}

export interface LabelledItem {
  label?: string;
  text: Inline[];
  href?: string;
  /** A custom item's date or span, as the résumé's language writes dates; drawn at the line's end. */
  date?: string;
}

/** What a section shows, by kind: the four shapes every format knows how to draw. */
export type SectionBody =
  | { kind: 'summary'; paragraphs: Inline[][]; bullets: Inline[][] }
  | { kind: 'entries'; entries: ViewEntry[] }
  | { kind: 'groups'; groups: KeywordGroup[] }
  | { kind: 'items'; items: LabelledItem[] };

export type ViewSection = { id: string; title: string } & SectionBody;

/** The default of every switch over a section's kind: a kind added to SectionBody but not drawn by some format
 * fails to compile there, instead of vanishing from that format. */
export function unknownKind(section: never): never {
  throw new Error(`a section kind no renderer draws: ${JSON.stringify(section)}`);
}

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  paper: Paper;
  locale: string;
  lang: string;
  /** The direction the language is written in: the page's `dir`, the DOCX's paragraphs. */
  dir: Direction;
  /** What separates a list's items in the language ("Go, Python, SQL"; Arabic and Persian write "، "). */
  comma: string;
  /** The colon after a label ("Roles: Author"; French writes "Rôles : Autrice", a no-break space before it). */
  colon: string;
  /** How it was built (a BuildRecord as JSON), kept in the output's metadata so check needs no flags. */
  build?: string;
}

/** A build's selection, as an output records it: what check must know to expect the same content. */
export interface BuildRecord {
  variant?: string;
  tags?: readonly string[];
  excludeTags?: readonly string[];
  public?: boolean;
  locale?: string;
  theme?: string;
}

/** The metadata key that holds it (a PDF info entry, a DOCX custom property, an HTML meta name). */
export const BUILD_RECORD_KEY = 'ResumeBuild';

/** A build record read back from an output's metadata; anything that is not one is none. */
export function parseBuildRecord(json: string | undefined): BuildRecord | undefined {
  if (!json) return undefined;
  try {
    const r = JSON.parse(json) as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const list = (v: unknown) =>
      Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : undefined;
    return {
      variant: text(r.variant),
      tags: list(r.tags),
      excludeTags: list(r.excludeTags),
      public: r.public === true || undefined,
      locale: text(r.locale),
      theme: text(r.theme),
    };
  } catch {
    return undefined;
  }
}

/** Sizes chosen to fit a page count (--max-pages): a spacing multiplier, the line height and the body size. */
export interface Fit {
  space: number;
  leading: number;
  bodyPt: number;
}

/** The résumé's own design settings (meta.design), over the theme's: every format follows them. */
export type Design = NonNullable<NonNullable<Resume['meta']>['design']>;

export interface ViewModel {
  /** Set when the résumé was fitted to a page count; every format follows it. */
  fit?: Fit;
  design?: Design;
  /** The tailored résumé itself, for formats that carry data rather than a layout (the JSON Resume export). */
  resume: Resume;
  name: string;
  photo?: Photo & { src: string };
  /** Font files of meta.design.font, embedded in the HTML and PDF. */
  fonts?: FontFile[];
  label?: string;
  contacts: ContactLink[];
  /** The heading of the contacts where a theme shows them as a section (the sidebar theme). */
  contactTitle: string;
  sections: ViewSection[];
  document: DocumentInfo;
}
