// Turns a validated (and tailored) résumé into the one view model every renderer draws, so HTML, PDF and
// DOCX cannot disagree on content or order. Pure: no I/O.
import { formatDate, formatDateRange } from './dates.js';
import { wordsFor } from './locales.js';
import { type Inline, parseInline, plainText } from './markdown.js';
import type { Photo } from './photo.js';
import type { Highlight, Resume } from './resume-types.js';
import { type BuiltinSectionId, isBuiltinSection, sectionIds } from './sections.js';

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

export type ViewSection = { id: string; title: string } & (
  | { kind: 'summary'; paragraphs: Inline[][]; bullets: Inline[][] }
  | { kind: 'entries'; entries: ViewEntry[] }
  | { kind: 'groups'; groups: KeywordGroup[] }
  | { kind: 'items'; items: LabelledItem[] }
);

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
}

export function prepareResume(resume: Resume, options: PrepareOptions = {}): ViewModel {
  const locale = options.locale ?? resume.meta?.locale ?? 'en';
  const paper = options.paper ?? resume.meta?.paper ?? 'A4';
  const { basics } = resume;
  const range = (start?: string, end?: string) => formatDateRange(start, end, locale) || undefined;
  const single = (date?: string) => (date ? formatDate(date, locale) : undefined);
  const builders: Record<BuiltinSectionId, () => Omit<ViewSection, 'id' | 'title'> | undefined> = {
    summary: () => (basics.summary ? { kind: 'summary', ...textBlocks(basics.summary) } : undefined),
    work: () =>
      entries(resume.work, (w) => ({
        title: w.position ?? w.name,
        org: w.position ? w.name : undefined,
        href: w.url,
        date: range(w.startDate, w.endDate),
        location: w.location,
        ...describe([w.description, w.summary], w.highlights),
      })),
    projects: () =>
      entries(resume.projects, (p) => ({
        title: p.name,
        org: p.entity,
        href: p.url,
        date: range(p.startDate, p.endDate),
        detail: joined([p.type, ...(p.roles ?? [])]),
        ...describe([p.description], p.highlights),
        keywords: joined(p.keywords),
      })),
    education: () =>
      entries(resume.education, (e) => ({
        title: joined([e.studyType, e.area]) ?? e.institution,
        org: e.studyType || e.area ? e.institution : undefined,
        href: e.url,
        date: range(e.startDate, e.endDate),
        detail: e.score,
        description: [],
        highlights: (e.courses ?? []).map(parseInline),
      })),
    skills: () =>
      groups(resume.skills, (s) => ({
        name: s.name ?? '',
        detail: s.level,
        keywords: (s.keywords ?? []).map(parseInline),
      })),
    volunteer: () =>
      entries(resume.volunteer, (v) => ({
        title: v.position ?? v.organization,
        org: v.position ? v.organization : undefined,
        href: v.url,
        date: range(v.startDate, v.endDate),
        ...describe([v.summary], v.highlights),
      })),
    awards: () =>
      entries(resume.awards, (a) => ({
        title: a.title,
        org: a.awarder,
        date: single(a.date),
        description: paragraphs(a.summary),
        highlights: [],
      })),
    certificates: () =>
      entries(resume.certificates, (c) => ({
        title: c.name,
        org: c.issuer,
        href: c.url,
        date: single(c.date),
        description: [],
        highlights: [],
      })),
    publications: () =>
      entries(resume.publications, (p) => ({
        title: p.name,
        org: p.publisher,
        href: p.url,
        date: single(p.releaseDate),
        description: paragraphs(p.summary),
        highlights: [],
      })),
    languages: () =>
      items(resume.languages, (l) => ({ label: l.language, text: l.fluency ? parseInline(l.fluency) : [] })),
    interests: () =>
      groups(resume.interests, (i) => ({
        name: i.name ?? '',
        keywords: (i.keywords ?? []).map(parseInline),
      })),
    references: () =>
      entries(resume.references, (r) => ({
        title: r.name,
        description: paragraphs(r.reference),
        highlights: [],
      })),
  };

  const titles = resume.meta?.titles ?? {};
  const words = wordsFor(locale);
  const sections: ViewSection[] = [];
  for (const id of sectionOrder(resume)) {
    const custom = resume.sections?.find((s) => s.id === id);
    const body = isBuiltinSection(id)
      ? builders[id]()
      : custom && custom.items.length > 0
        ? {
            kind: 'items' as const,
            items: custom.items.map((i) => ({ label: i.label, text: parseInline(i.text), href: i.url })),
          }
        : undefined;
    if (!body) continue;
    const title = titles[id] ?? custom?.title ?? (isBuiltinSection(id) ? words[id] : id);
    sections.push({ id, title, ...body } as ViewSection);
  }

  const { photo } = options;
  return {
    resume,
    design: resume.meta?.design,
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

/** meta.order first, then every other section in the default order, custom sections after the built-ins. */
export function sectionOrder(resume: Resume): string[] {
  const all = sectionIds(resume);
  const listed = (resume.meta?.order ?? []).filter((id) => all.includes(id));
  return [...listed, ...all.filter((id) => !listed.includes(id))];
}

export function highlightText(h: Highlight): string {
  return typeof h === 'string' ? h : h.text;
}

/** An entry's text: its paragraphs, then the bullets written inside that text, then its highlights. */
function describe(texts: (string | undefined)[], list: Highlight[] | undefined) {
  const { paragraphs, bullets } = textBlocks(texts.filter(Boolean).join('\n\n'));
  return { description: paragraphs, highlights: [...bullets, ...highlights(list)] };
}

function highlights(list: Highlight[] | undefined): Inline[][] {
  return (list ?? []).map((h) => parseInline(highlightText(h)));
}

/** A text field as paragraphs and bullets: blank lines separate paragraphs, a single newline is a line break,
 * and lines starting with "- ", "* " or "• " are bullets (how JSON Resume authors write lists in a summary). */
export function textBlocks(text: string | undefined): { paragraphs: Inline[][]; bullets: Inline[][] } {
  const paragraphs: Inline[][] = [];
  const bullets: Inline[][] = [];
  for (const block of (text ?? '').split(/\n\s*\n/)) {
    const lines: string[] = [];
    const flush = () => {
      if (lines.length)
        paragraphs.push(
          lines.flatMap((l, i): Inline[] => [...(i ? [{ type: 'break' as const }] : []), ...parseInline(l)]),
        );
      lines.length = 0;
    };
    for (const raw of block.split('\n')) {
      const line = raw.trim();
      const bullet = /^[-*•]\s+(.*)$/.exec(line);
      if (bullet) {
        flush();
        bullets.push(parseInline(bullet[1] ?? ''));
      } else if (line) lines.push(line);
    }
    flush();
  }
  return { paragraphs, bullets };
}

function paragraphs(text: string | undefined): Inline[][] {
  const { paragraphs, bullets } = textBlocks(text);
  // Where bullets have no list of their own (a reference, a summary of an award), they stay lines of text.
  return [...paragraphs, ...bullets.map((b): Inline[] => [{ type: 'text', text: '• ' }, ...b])];
}

function joined(parts: (string | undefined)[] | undefined, separator = ', '): string | undefined {
  const kept = (parts ?? []).filter((p): p is string => Boolean(p));
  return kept.length ? kept.join(separator) : undefined;
}

/** Entries render with what they have: no title (a freelance job with no employer named) moves the organisation
 * up; neither leaves the heading empty but keeps the date and text. */
function entries<T>(list: T[] | undefined, map: (item: T) => Omit<ViewEntry, 'title'> & { title?: string }) {
  if (!list?.length) return undefined;
  const entries = list.map((item): ViewEntry => {
    const e = map(item);
    return e.title ? { ...e, title: e.title } : { ...e, title: e.org ?? '', org: undefined };
  });
  return { kind: 'entries' as const, entries };
}

function groups<T>(list: T[] | undefined, map: (item: T) => KeywordGroup) {
  return list?.length ? { kind: 'groups' as const, groups: list.map(map) } : undefined;
}

function items<T>(list: T[] | undefined, map: (item: T) => LabelledItem) {
  return list?.length ? { kind: 'items' as const, items: list.map(map) } : undefined;
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

/** Skill keywords as plain words for document metadata: "AWS (EC2, …)" gives "AWS". */
function skillKeywords(resume: Resume): string[] {
  const words = new Set<string>();
  for (const group of resume.skills ?? []) {
    for (const k of group.keywords ?? []) {
      const word = plainText(parseInline(k))
        .replace(/\s*\(.*\)\s*$/, '')
        .trim();
      if (word) words.add(word);
    }
  }
  return [...words];
}
