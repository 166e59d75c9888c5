// Turns a validated (and tailored) résumé into the one view model every renderer draws, so HTML, PDF and
// DOCX cannot disagree on content or order. Pure: no I/O.
import { type DateFormat, formatDate, formatDateRange } from './dates.js';
import type { FontFile } from './font-file.js';
import { wordsFor } from './locales.js';
import { type Inline, parseInline, plainText } from './markdown.js';
import type { Photo } from './photo.js';
import type { Resume } from './resume-types.js';
import { type DateWords, isBuiltinSection, isEntryList, sectionIds, sectionSpec } from './sections.js';
import { joined, textBlocks } from './view-parts.js';

export type Paper = 'A4' | 'Letter';

export interface ContactLink {
  text: string;
  href?: string;
}

export interface ViewEntry {
  title: string;
  org?: string;
  href?: string;
  date?: string;
  location?: string;
  detail?: string;
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

export interface PrepareOptions {
  paper?: Paper;
  locale?: string;
  photo?: Photo;
  /** The theme's date format, where meta.design sets none. */
  dateFormat?: DateFormat;
  /** The font files meta.design.font names, read. */
  fonts?: FontFile[];
}

export function prepareResume(resume: Resume, options: PrepareOptions = {}): ViewModel {
  const locale = options.locale ?? resume.meta?.locale ?? 'en';
  const paper = options.paper ?? resume.meta?.paper ?? 'A4';
  const { basics } = resume;
  const dateFormat = resume.meta?.design?.dateFormat ?? options.dateFormat;
  const dates: DateWords = {
    range: (start, end) => formatDateRange(start, end, locale, dateFormat) || undefined,
    single: (date) => (date ? formatDate(date, locale, dateFormat) : undefined),
  };
  // The summary is the one built-in section that is not a list: it is basics.summary.
  const bodyOf = (id: string): SectionBody | undefined => {
    if (id === 'summary')
      return basics.summary ? { kind: 'summary', ...textBlocks(basics.summary) } : undefined;
    if (isEntryList(id)) return sectionSpec(id).view(resume[id], dates);
    const custom = resume.sections?.find((s) => s.id === id);
    return custom && custom.items.length > 0
      ? {
          kind: 'items',
          items: custom.items.map((i) => ({ label: i.label, text: parseInline(i.text), href: i.url })),
        }
      : undefined;
  };
  const titles = resume.meta?.titles ?? {};
  const words = wordsFor(locale);
  const sections: ViewSection[] = [];
  for (const id of sectionOrder(resume)) {
    const body = bodyOf(id);
    if (!body) continue;
    const custom = resume.sections?.find((s) => s.id === id);
    const title = titles[id] ?? custom?.title ?? (isBuiltinSection(id) ? words[id] : id);
    sections.push({ id, title, ...body });
  }

  const { photo } = options;
  return {
    resume,
    design: resume.meta?.design,
    fonts: options.fonts,
    name: basics.name ?? '',
    photo: photo && {
      ...photo,
      src: `data:${photo.mime};base64,${Buffer.from(photo.data).toString('base64')}`,
    },
    label: basics.label,
    contacts: contacts(resume),
    contactTitle: words.contact,
    sections,
    document: {
      title: `${basics.name} — Résumé`,
      author: basics.name,
      subject: basics.label ?? 'Résumé',
      keywords: skillKeywords(resume),
      paper,
      locale,
      lang: locale.split('-')[0] ?? 'en',
    },
  };
}

/** The text a view shows, for finding the fonts it needs: without the photo's and font files' bytes, and
 * without the résumé's own data, which repeats it. */
export function shownText(view: ViewModel): string {
  return JSON.stringify({ ...view, photo: undefined, fonts: undefined, resume: undefined });
}

/** meta.order first, then every other section in the default order, custom sections after the built-ins. */
export function sectionOrder(resume: Resume): string[] {
  const all = sectionIds(resume);
  const listed = (resume.meta?.order ?? []).filter((id) => all.includes(id));
  return [...listed, ...all.filter((id) => !listed.includes(id))];
}

function contacts(resume: Resume): ContactLink[] {
  const { basics } = resume;
  const out: ContactLink[] = [];
  const loc = basics.location;
  const place = joined([loc?.city, loc?.region, loc?.countryCode]);
  if (place) out.push({ text: place });
  if (basics.email) out.push({ text: basics.email, href: `mailto:${basics.email}` });
  if (basics.phone) out.push({ text: basics.phone, href: telHref(basics.phone) });
  if (basics.url) out.push({ text: withoutScheme(basics.url), href: basics.url });
  for (const p of basics.profiles ?? []) {
    if (p.url) out.push({ text: withoutScheme(p.url), href: p.url });
    else if (p.network || p.username) out.push({ text: [p.network, p.username].filter(Boolean).join(': ') });
  }
  return out;
}

function telHref(phone: string): string | undefined {
  const digits = phone.replace(/[^+0-9]/g, '');
  return digits.length >= 3 ? `tel:${digits}` : undefined;
}

function withoutScheme(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
}

/** The text without a parenthesis that ends its last line, as /\s*\(.*\)\s*$/ would remove it, in one pass: the
 * expression tries every start, in time quadratic in a long keyword. */
function withoutTrailingParenthesis(text: string): string {
  const end = text.trimEnd();
  if (!end.endsWith(')')) return text;
  const line = Math.max(...['\n', '\r', '\u2028', '\u2029'].map((b) => end.lastIndexOf(b))) + 1;
  const open = end.indexOf('(', line);
  return open < 0 ? text : end.slice(0, open).trimEnd();
}

/** Skill keywords as plain words for document metadata: "AWS (EC2, …)" gives "AWS". */
function skillKeywords(resume: Resume): string[] {
  const words = new Set<string>();
  for (const group of resume.skills ?? []) {
    for (const k of group.keywords ?? []) {
      const word = withoutTrailingParenthesis(plainText(parseInline(k))).trim();
      if (word) words.add(word);
    }
  }
  return [...words];
}
