// Turns a validated (and tailored) résumé into the one view model every renderer draws, so HTML, PDF and
// DOCX cannot disagree on content or order. Pure: no I/O.

import { holdAbbreviations } from './abbreviations.js';
import { countryOf, postalCodePlace } from './country.js';
import { type DateFormat, formatDate, formatDateRange } from './dates.js';
import { directionOf } from './direction.js';
import type { FontFile } from './font-file.js';
import { colonOf, commaOf, holdSpacedMarks, localeRecord, printedWords } from './locales.js';
import { parseInline, plainText } from './markdown.js';
import { defaultPaper } from './paper.js';
import type { Photo } from './photo.js';
import type { Resume } from './resume-types.js';
import {
  customSectionView,
  isBuiltinSection,
  isEntryList,
  sectionIds,
  sectionSpec,
  type ViewWords,
} from './sections.js';
import type { ContactLink, DocumentInfo, Paper, SectionBody, ViewModel, ViewSection } from './view.js';
import { isEmail, joined, mapViewTexts, textBlocks } from './view-parts.js';

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
  const paper = options.paper ?? resume.meta?.paper ?? defaultPaper(resume, locale);
  const { basics } = resume;
  const dateFormat = resume.meta?.design?.dateFormat ?? options.dateFormat;
  const words = localeRecord(locale);
  const printed = printedWords(locale, resume.meta?.words);
  const language = languageOf(locale);
  const viewWords: ViewWords = {
    range: (start, end) => formatDateRange(start, end, locale, dateFormat, printed) || undefined,
    single: (date) => (date ? formatDate(date, locale, dateFormat, printed) : undefined),
    labels: printed.labels,
    comma: language.comma,
    colon: language.colon,
  };
  // The summary is the one built-in section that is not a list: it is basics.summary.
  const bodyOf = (id: string): SectionBody | undefined => {
    if (id === 'summary')
      return basics.summary ? { kind: 'summary', ...textBlocks(basics.summary) } : undefined;
    if (isEntryList(id)) return sectionSpec(id).view(resume[id], viewWords);
    const custom = resume.sections?.find((s) => s.id === id);
    return custom ? customSectionView(custom, viewWords) : undefined;
  };
  const titles = resume.meta?.titles ?? {};
  const sections: ViewSection[] = [];
  for (const id of sectionOrder(resume)) {
    const body = bodyOf(id);
    if (!body) continue;
    const custom = resume.sections?.find((s) => s.id === id);
    const title = titles[id] ?? custom?.title ?? (isBuiltinSection(id) ? words.titles[id] : id);
    sections.push({ id, title, ...body });
  }
  // A number and its percent sign, and the language's spaced marks, never part at a line's end in any format.
  const held = mapViewTexts(sections, (text) => holdSpacedMarks(text, locale));

  const { photo } = options;
  // A résumé without a name builds (with a warning): the document's title is then the word alone.
  const name = basics.name ?? '';
  return {
    resume,
    design: resume.meta?.design,
    fonts: options.fonts,
    name,
    photo: photo && {
      ...photo,
      src: `data:${photo.mime};base64,${Buffer.from(photo.data).toString('base64')}`,
    },
    label: basics.label && holdSpacedMarks(basics.label, locale),
    contacts: contacts(resume, language),
    contactTitle: words.contact,
    sections: language.dir === 'rtl' ? holdAbbreviations(held) : held,
    document: {
      title: name ? `${name} — ${words.documents.resume}` : words.documents.resume,
      author: name,
      subject: basics.label ?? words.documents.resume,
      keywords: skillKeywords(resume),
      paper,
      ...language,
    },
  };
}

/** What every format needs to know of the document's language: its locale, its language code (the page's
 * `lang`), the direction it is written in, what separates a list's items and what follows a label. */
export function languageOf(
  locale: string,
): Pick<DocumentInfo, 'locale' | 'lang' | 'dir' | 'comma' | 'colon'> {
  return {
    locale,
    lang: locale.split('-')[0] ?? 'en',
    dir: directionOf(locale),
    comma: commaOf(locale),
    colon: colonOf(locale),
  };
}

/** The text a view shows, for finding the fonts it needs: without the photo's and font files' bytes, and
 * without the résumé's own data, which repeats it. */
export function shownText(view: ViewModel): string {
  return JSON.stringify({ ...view, photo: undefined, fonts: undefined, resume: undefined });
}

/** meta.order first, then every other section in the default order, custom sections after the built-ins; a
 * summary it leaves out still opens the résumé (one written after `import` wrote the order of an older file). */
export function sectionOrder(resume: Resume): string[] {
  const all = sectionIds(resume);
  const listed = (resume.meta?.order ?? []).filter((id) => all.includes(id));
  const opening = listed.length && !listed.includes('summary') ? ['summary'] : [];
  return [...opening, ...listed, ...all.filter((id) => !listed.includes(id) && !opening.includes(id))];
}

/** A place's parts in the order its country writes them on one line, its postal code where it goes there. */
function placeParts(loc: Resume['basics']['location'], country: string | undefined): (string | undefined)[] {
  switch (postalCodePlace(country)) {
    case 'after-region':
      return [loc?.address, loc?.city, joined([loc?.region, loc?.postalCode], ' ')];
    case 'after-city':
      return [loc?.address, joined([loc?.city, loc?.postalCode], ' '), loc?.region];
    default:
      return [loc?.address, joined([loc?.postalCode, loc?.city], ' '), loc?.region];
  }
}

/** The contact line: place, email, phone, site and profiles, linked where they can be (the résumé's masthead and a
 * letter's letterhead). */
export function contacts(
  resume: Resume,
  { locale, comma }: { locale: string; comma: string },
): ContactLink[] {
  const { basics } = resume;
  const out: ContactLink[] = [];
  const loc = basics.location;
  // The whole place as written: a street address is there because its owner wants it shown.
  const written = placeParts(loc, countryOf(resume, locale));
  const country = loc?.countryCode && countryName(loc.countryCode, locale);
  // A country the place names already ("Milan Area, Italy", as LinkedIn writes it) is not said twice.
  const said = country && written.some((part) => part?.toLowerCase().includes(country.toLowerCase()));
  const place = joined([...written, said ? undefined : country], comma);
  if (place) out.push({ text: place });
  if (basics.email)
    out.push({ text: basics.email, href: isEmail(basics.email) ? `mailto:${basics.email}` : undefined });
  if (basics.phone) out.push({ text: basics.phone, href: telHref(basics.phone) });
  if (basics.url) out.push({ text: withoutScheme(basics.url), href: basics.url });
  for (const p of basics.profiles ?? []) {
    if (p.url) out.push({ text: withoutScheme(p.url), href: p.url });
    else if (p.network || p.username) out.push({ text: [p.network, p.username].filter(Boolean).join(': ') });
  }
  return out;
}

/** A country's name in the document's language ("DE" in a German résumé: "Deutschland"), as a reader expects it
 * after a city: a code reads as an abbreviation ("Toronto, CA" as California). A code ICU does not know stays. */
export function countryName(code: string, locale: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  try {
    const names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    const name = names.of(code);
    // ZZ is ICU's "Unknown Region": a name that says nothing is worse than the code.
    return name && name !== names.of('ZZ') ? name : code;
  } catch {
    return code;
  }
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
