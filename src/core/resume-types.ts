/* Generated from schema/resume.schema.json by `npm run gen:types`. Do not edit by hand. */

/**
 * A language code such as en, de or pt-BR.
 */
export type LanguageCode = string;
/**
 * A lower-case identifier: letters, digits and dashes.
 */
export type Name = string;
/**
 * Plain text.
 */
export type Text = string;
/**
 * An e-mail address.
 */
export type Email = string;
/**
 * A link: http(s)://…, mailto:… or tel:…
 */
export type Url = string;
/**
 * Tags that tie this content to roles; used by --tag and variants. Untagged content is in every variant.
 */
export type Tags = Name[];
/**
 * Text with inline markdown: **bold**, *italic*, [text](https://…).
 */
export type Markdown = string;
/**
 * A date as YYYY, YYYY-MM or YYYY-MM-DD.
 */
export type Date = string;
export type Highlight =
  | Markdown
  | {
      text: Markdown;
      tags?: Tags;
      /**
       * Left out of public builds (--public, or a variant with public: true): an entry or bullet only you and your close contacts should see.
       */
      private?: boolean;
      /**
       * Text written for a variant, used instead of text when that variant is built.
       */
      alt?: {
        [k: string]: Markdown;
      };
    };
/**
 * Bullets.
 */
export type Highlights = Highlight[];
/**
 * Bullets.
 */
export type Highlights1 = Highlight[];
/**
 * Bullets.
 */
export type Highlights2 = Highlight[];
/**
 * Tags that tie this content to roles; used by --tag and variants. Untagged content is in every variant.
 */
export type Tags1 = Name[];
/**
 * Tags that tie this content to roles; used by --tag and variants. Untagged content is in every variant.
 */
export type Tags2 = Name[];

/**
 * A résumé in JSON Resume's vocabulary, written as YAML, with a few extensions: meta (presentation defaults), sections (custom sections), tags (on any entry or bullet) and variants (role-tailored versions).
 */
export interface Resume {
  /**
   * Editor hint, ignored by the compiler.
   */
  $schema?: string;
  meta?: Meta;
  basics: Basics;
  /**
   * Jobs, newest first.
   */
  work?: Work[];
  volunteer?: Volunteer[];
  education?: Education[];
  awards?: Award[];
  certificates?: Certificate[];
  publications?: Publication[];
  /**
   * Skill groups: a name and its keywords.
   */
  skills?: Skill[];
  languages?: Language[];
  interests?: Interest[];
  references?: Reference[];
  projects?: Project[];
  /**
   * Custom sections where JSON Resume has no place, e.g. Core Strengths.
   */
  sections?: CustomSection[];
  /**
   * Named role-tailored versions of this résumé, built with --variant NAME or --all-variants.
   */
  variants?: {
    [k: string]: Variant;
  };
}
/**
 * Presentation defaults; command-line flags override them.
 */
export interface Meta {
  /**
   * A built-in theme's name (see resume themes), a theme folder (./path, relative to the résumé), or an installed JSON Resume theme package (jsonresume-theme-even, or even).
   */
  theme?: string;
  /**
   * Paper size for PDF and DOCX.
   */
  paper?: 'A4' | 'Letter';
  /**
   * Locale for month names, e.g. en-GB.
   */
  locale?: string;
  /**
   * The languages this résumé is written in, the default first, e.g. [en, de]: any text may then be a map by language ({ en: …, de: … }). Build one with --locale de, or all with --all-locales.
   *
   * @minItems 1
   */
  languages?: [LanguageCode, ...LanguageCode[]];
  /**
   * Section order: summary, work, projects, skills, education, … and custom section ids.
   */
  order?: Name[];
  /**
   * Section headings to use instead of the defaults, by section id.
   */
  titles?: {
    [k: string]: Text;
  };
  /**
   * Words the résumé prints around its own text, instead of its locale's (section headings are meta.titles): each one optional.
   */
  words?: {
    /**
     * Plain text.
     */
    present?: string;
    /**
     * Plain text.
     */
    to?: string;
    /**
     * The twelve month names, January first, as dateFormat MMMM YYYY prints them.
     *
     * @minItems 12
     * @maxItems 12
     */
    months?: [Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text];
    /**
     * The twelve abbreviated month names, January first, as dateFormat MMM YYYY (the default) prints them: [Jan., Feb., März, …].
     *
     * @minItems 12
     * @maxItems 12
     */
    shortMonths?: [Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text, Text];
    /**
     * Plain text.
     */
    score?: string;
    /**
     * Plain text.
     */
    role?: string;
    /**
     * Plain text.
     */
    roles?: string;
    /**
     * Plain text.
     */
    courses?: string;
  };
  /**
   * JSON Resume: URL of the canonical document.
   */
  canonical?: string;
  /**
   * JSON Resume: schema version.
   */
  version?: string;
  /**
   * JSON Resume: last modified.
   */
  lastModified?: string;
  /**
   * Names that mean the same skill when matching a job posting (resume match, build --job), over the built-in table: either alias → canonical name ("Pg: PostgreSQL") or canonical name → its aliases ("PostgreSQL: [Pg, Postgres]").
   */
  aliases?: {
    [k: string]: string | string[];
  };
  /**
   * Design settings over the theme's own, for every format.
   */
  design?: {
    /**
     * Accent colour (headings, name, rules' accents), as #RRGGBB.
     */
    accent?: string;
    /**
     * Body text colour, as #RRGGBB.
     */
    text?: string;
    /**
     * The typeface: a family shipped with resume ("Source Sans 3", "Source Serif 4", "Noto Sans"), or font files next to the résumé (./fonts/Inter-Regular.ttf, or a list with the bold and italic files). For files, the DOCX names the theme's Word font.
     *
     * @minItems 1
     */
    font?: string | [string, ...string[]];
    /**
     * Body font size in points.
     */
    fontSize?: number;
    /**
     * How dates print: MMM YYYY (Mar 2022, the default), MMMM YYYY (March 2022), MM/YYYY (03/2022), YYYY-MM (2022-03) or YYYY (2022).
     */
    dateFormat?: 'MMM YYYY' | 'MMMM YYYY' | 'MM/YYYY' | 'YYYY-MM' | 'YYYY';
    /**
     * The mark before each bullet point.
     */
    bullet?: 'disc' | 'circle' | 'square' | 'dash';
    /**
     * Space above each section, in millimetres.
     */
    sectionSpacing?: number;
    /**
     * Line height, as a multiple of the font size.
     */
    lineHeight?: number;
    /**
     * Page margins in millimetres.
     */
    margins?: {
      top?: number;
      bottom?: number;
      left?: number;
      right?: number;
    };
  };
}
export interface Basics {
  name: Text;
  /**
   * Plain text.
   */
  label?: string;
  /**
   * Path to a photo (PNG, JPEG or WebP), relative to the résumé file.
   */
  image?: string;
  email?: Email;
  phone?: Text;
  url?: Url;
  /**
   * Paragraphs separated by blank lines.
   */
  summary?: string;
  location?: Location;
  profiles?: {
    network: Text;
    username?: Text;
    url?: Url;
    tags?: Tags;
    /**
     * Left out of public builds (--public, or a variant with public: true): an entry or bullet only you and your close contacts should see.
     */
    private?: boolean;
  }[];
  /**
   * Headline and summary written for a variant, used instead of label and summary when that variant is built.
   */
  alt?: {
    [k: string]: {
      label?: Text;
      summary?: Markdown;
    };
  };
  /**
   * Contact details left out of public builds (--public, or a variant with public: true).
   */
  privateFields?: (
    | 'label'
    | 'image'
    | 'email'
    | 'phone'
    | 'url'
    | 'summary'
    | 'location'
    | 'location.address'
    | 'location.postalCode'
    | 'location.city'
    | 'location.region'
    | 'location.countryCode'
    | 'profiles'
  )[];
}
export interface Location {
  address?: Text;
  postalCode?: Text;
  city?: Text;
  countryCode?: string;
  region?: Text;
}
export interface Work {
  /**
   * Plain text.
   */
  name?: string;
  position?: Text;
  url?: Url;
  location?: Text;
  /**
   * Plain text.
   */
  description?: string;
  startDate?: Date;
  /**
   * A date as YYYY, YYYY-MM or YYYY-MM-DD.
   */
  endDate?: string;
  summary?: Markdown;
  highlights?: Highlights;
  /**
   * Technologies and tools, shown as one line under the entry.
   */
  keywords?: Markdown[];
  /**
   * Several roles under this one employer (a promotion, a move between teams), newest first: each with its own title, dates and bullets. The employer's dates may be left out: they are read from its roles.
   */
  positions?: Position[];
  tags?: Tags;
  /**
   * Left out of public builds (--public, or a variant with public: true): an entry or bullet only you and your close contacts should see.
   */
  private?: boolean;
}
/**
 * One role under an employer (work[].positions).
 */
export interface Position {
  /**
   * Plain text.
   */
  position?: string;
  location?: Text;
  startDate?: Date;
  /**
   * A date as YYYY, YYYY-MM or YYYY-MM-DD.
   */
  endDate?: string;
  summary?: Markdown;
  highlights?: Highlights;
  /**
   * Technologies and tools, shown as one line under the entry.
   */
  keywords?: Markdown[];
  tags?: Tags;
  /**
   * Left out of public builds (--public, or a variant with public: true): an entry or bullet only you and your close contacts should see.
   */
  private?: boolean;
}
export interface Volunteer {
  organization?: Text;
  position?: Text;
  url?: Url;
  /**
   * Plain text.
   */
  location?: string;
  startDate?: Date;
  endDate?: Date;
  summary?: Markdown;
  highlights?: Highlights;
  tags?: Tags;
  /**
   * Left out of public builds (--public, or a variant with public: true): an entry or bullet only you and your close contacts should see.
   */
  private?: boolean;
}
export interface Education {
  institution?: Text;
  url?: Url;
  /**
   * Plain text.
   */
  location?: string;
  /**
   * Plain text.
   */
  area?: string;
  /**
   * Plain text.
   */
  studyType?: string;
  startDate?: Date;
  endDate?: Date;
  /**
   * Plain text.
   */
  score?: string;
  /**
   * Text with inline markdown: **bold**, *italic*, [text](https://…).
   */
  summary?: string;
  courses?: Markdown[];
  highlights?: Highlights1;
  tags?: Tags;
  /**
   * Left out of public builds (--public, or a variant with public: true): an entry or bullet only you and your close contacts should see.
   */
  private?: boolean;
}
export interface Award {
  title?: Text;
  date?: Date;
  awarder?: Text;
  summary?: Markdown;
  tags?: Tags;
  /**
   * Left out of public builds (--public, or a variant with public: true): an entry or bullet only you and your close contacts should see.
   */
  private?: boolean;
}
export interface Certificate {
  name?: Text;
  date?: Date;
  issuer?: Text;
  url?: Url;
  tags?: Tags;
  /**
   * Left out of public builds (--public, or a variant with public: true): an entry or bullet only you and your close contacts should see.
   */
  private?: boolean;
}
export interface Publication {
  name?: Text;
  publisher?: Text;
  releaseDate?: Date;
  url?: Url;
  summary?: Markdown;
  tags?: Tags;
  /**
   * Left out of public builds (--public, or a variant with public: true): an entry or bullet only you and your close contacts should see.
   */
  private?: boolean;
}
export interface Skill {
  /**
   * Plain text.
   */
  name?: string;
  level?: Text;
  keywords?: Markdown[];
  tags?: Tags;
  /**
   * Left out of public builds (--public, or a variant with public: true): an entry or bullet only you and your close contacts should see.
   */
  private?: boolean;
}
export interface Language {
  language?: Text;
  fluency?: Text;
  tags?: Tags;
  /**
   * Left out of public builds (--public, or a variant with public: true): an entry or bullet only you and your close contacts should see.
   */
  private?: boolean;
}
export interface Interest {
  name?: Text;
  keywords?: Markdown[];
  tags?: Tags;
  /**
   * Left out of public builds (--public, or a variant with public: true): an entry or bullet only you and your close contacts should see.
   */
  private?: boolean;
}
export interface Reference {
  name?: Text;
  reference?: Markdown;
  tags?: Tags;
  /**
   * Left out of public builds (--public, or a variant with public: true): an entry or bullet only you and your close contacts should see.
   */
  private?: boolean;
}
export interface Project {
  name?: Text;
  /**
   * Plain text.
   */
  entity?: string;
  type?: Text;
  description?: Markdown;
  url?: Url;
  /**
   * Plain text.
   */
  location?: string;
  startDate?: Date;
  endDate?: Date;
  roles?: Text[];
  keywords?: Text[];
  highlights?: Highlights;
  tags?: Tags;
  /**
   * Left out of public builds (--public, or a variant with public: true): an entry or bullet only you and your close contacts should see.
   */
  private?: boolean;
}
export interface CustomSection {
  /**
   * A lower-case identifier: letters, digits and dashes.
   */
  id: string;
  title: Text;
  tags?: Tags;
  /**
   * Left out of public builds (--public, or a variant with public: true): an entry or bullet only you and your close contacts should see.
   */
  private?: boolean;
  items: {
    /**
     * Plain text.
     */
    label?: string;
    text: Markdown;
    url?: Url;
    /**
     * A date as YYYY, YYYY-MM or YYYY-MM-DD.
     */
    date?: string;
    /**
     * A date as YYYY, YYYY-MM or YYYY-MM-DD.
     */
    startDate?: string;
    /**
     * A date as YYYY, YYYY-MM or YYYY-MM-DD.
     */
    endDate?: string;
    highlights?: Highlights2;
    tags?: Tags;
    /**
     * Left out of public builds (--public, or a variant with public: true): an entry or bullet only you and your close contacts should see.
     */
    private?: boolean;
  }[];
}
export interface Variant {
  /**
   * Plain text.
   */
  description?: string;
  tags?: Tags1;
  /**
   * Left out of public builds (--public, or a variant with public: true): an entry or bullet only you and your close contacts should see.
   */
  private?: boolean;
  excludeTags?: Tags2;
  /**
   * Plain text.
   */
  label?: string;
  /**
   * Text with inline markdown: **bold**, *italic*, [text](https://…).
   */
  summary?: string;
  /**
   * Sections to show, in this order; others are left out.
   */
  order?: Name[];
  /**
   * At most this many bullets per entry.
   */
  maxHighlights?: number;
  /**
   * Fit this variant on at most this many pages: spacing shrinks first, then line height, then the font size down to the theme's floor (9 pt by default).
   */
  maxPages?: number;
  /**
   * Output file name without extension (default: resume-NAME).
   */
  output?: string;
  /**
   * A job posting this variant is tailored to: a file relative to the résumé (plain text, Markdown, HTML or a JSON Resume job). Its entries, bullets and skill groups are ranked by relevance to the posting, and with maxPages the least relevant bullets go first.
   */
  job?: string;
  /**
   * Build this variant without private entries, bullets and basics.privateFields.
   */
  public?: boolean;
}
