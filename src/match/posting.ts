// A job posting in the shapes it comes in → title, company, language and sections. Plain text, Markdown (front
// matter included: some postings are nothing but front matter), HTML (also escaped once more, as job boards'
// APIs send it, or as a saved page's JSON-LD) and JSON (a JSON Resume job document, or schema.org's JobPosting).
// Pure: the caller reads the file.
import { CORE_SCHEMA, load as parseYaml } from 'js-yaml';
import { decodeEntities } from '../core/html-entities.js';
import { UserError } from '../errors.js';
import {
  aboutCompany,
  companyOpening,
  companyUnderTitle,
  titleAndCompany,
  titleWithout,
  withoutArticle,
} from './company.js';
import type { SectionKind } from './headings.js';
import { htmlToLines, looksLikeHtml } from './html.js';
import { detectLanguage, isLanguage, type Language } from './language.js';
import { type PostingSection, sectionsFromLines } from './lines.js';

export type { SectionKind } from './headings.js';
export type { PostingSection } from './lines.js';

export interface Posting {
  title?: string;
  company?: string;
  language: Language;
  /** The title first (kind "title"), then the posting's sections in its order. */
  sections: PostingSection[];
}

interface Parts {
  title?: string;
  company?: string;
  /** The company a Markdown heading names (under the title, or "About Acme"): after the title's own. */
  headedCompany?: string;
  languageHint?: string;
  sections: PostingSection[];
}

/** Reads a posting; `fileName` tells the shape by its extension (the text is sniffed when it does not). */
export function readPosting(text: string, fileName: string): Posting {
  const source = text.replace(/^\uFEFF/, '');
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const parts =
    ext === 'json' || (!['md', 'markdown', 'txt', 'html', 'htm'].includes(ext) && /^\s*\{/.test(source))
      ? fromJson(source, fileName)
      : fromDocument(source);
  const sections = parts.sections.filter((s) => s.text.trim());
  // The first paragraph, when it is the company's: "Northwind Analytics builds …".
  const opening = ['about', 'other'].includes(sections[0]?.kind ?? '')
    ? (sections[0]?.text.trim().split('\n')[0] ?? '')
    : '';
  const given = parts.company?.trim();
  const written = withoutArticle(parts.title?.trim() ?? '');
  const [title, titleCompany] = titleAndCompany(given ? titleWithout(given, written) : written, opening);
  parts.company ??= titleCompany ?? parts.headedCompany ?? companyOpening(opening);
  if (!title && sections.length === 0)
    throw new UserError(`${fileName}: the posting has no text to match against`);
  const all = [title ?? '', ...sections.map((s) => s.text)].join('\n');
  const hint = parts.languageHint?.toLowerCase().split(/[-_]/)[0] ?? '';
  return {
    ...(title ? { title } : {}),
    ...(parts.company?.trim() ? { company: parts.company.trim() } : {}),
    language: isLanguage(hint) ? hint : detectLanguage(all),
    sections: [...(title ? [{ kind: 'title' as const, text: title }] : []), ...sections],
  };
}

/** Text, Markdown or HTML, with or without front matter. A saved job page's schema.org JobPosting (JSON-LD)
 * is the posting itself, without the page's menus and footers. */
function fromDocument(source: string): Parts {
  const jobPosting = jsonLdJobPosting(source);
  if (jobPosting) return fromFields(jobPosting);
  const { data, body } = splitFrontMatter(source);
  const front = fromFields(data);
  // Kramdown's attribute lists ({:target="_blank"}) are markup, not text.
  let text = body.replace(/\{:[^}\n]*\}/g, '');
  const htmlTitle = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1];
  // Markdown may carry HTML anywhere (a link with rel="noopener"): any tag sends the text through the HTML reader,
  // which keeps the lines outside tags as they are.
  if (looksLikeHtml(text) || /<\/?[a-zA-Z][a-zA-Z\d]*(?:\s[^<>]*)?\/?>/.test(text)) text = htmlToLines(text);
  else text = decodeEntities(text);
  const { title, underTitle, sections } = sectionsFromLines(text);
  const about = sections.map((s) => s.heading && aboutCompany(s.heading)).find(Boolean);
  const headedCompany =
    about || (underTitle && title ? companyUnderTitle(underTitle, title, text) : undefined);
  return {
    title: front.title ?? title ?? (htmlTitle ? decodeEntities(htmlTitle) : firstLineTitle(sections)),
    ...(front.company ? { company: front.company } : {}),
    ...(headedCompany ? { headedCompany } : {}),
    ...(front.languageHint ? { languageHint: front.languageHint } : {}),
    sections: [...front.sections, ...sections],
  };
}

/** A plain text's first line, when it is short and reads like a title rather than a sentence. */
function firstLineTitle(sections: PostingSection[]): string | undefined {
  const first = sections[0];
  if (!first || first.heading || first.kind !== 'other') return undefined;
  const line = first.text.split('\n')[0]?.trim() ?? '';
  if (!line || line.startsWith('- ') || /[.!?:;]$/.test(line) || line.split(/\s+/).length > 10)
    return undefined;
  first.text = first.text.slice(line.length).trim();
  return line;
}

function splitFrontMatter(source: string): { data: Record<string, unknown>; body: string } {
  const yaml = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (yaml) {
    try {
      // The core schema keeps dates as text; json: true lets a repeated key win over the first, as job boards repeat them.
      const data = parseYaml(yaml[1] as string, { schema: CORE_SCHEMA, json: true });
      if (data && typeof data === 'object' && !Array.isArray(data))
        return { data: data as Record<string, unknown>, body: source.slice(yaml[0].length) };
    } catch {
      // Not YAML after all (a Markdown rule under a first line): the whole file is the body.
    }
  }
  const toml = /^\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+[ \t]*(?:\r?\n|$)/.exec(source);
  if (toml) {
    const data: Record<string, unknown> = {};
    for (const m of (toml[1] as string).matchAll(/^\s*([\w-]+)\s*=\s*"((?:[^"\\]|\\.)*)"\s*$/gm))
      data[m[1] as string] = (m[2] as string).replace(/\\"/g, '"');
    return { data, body: source.slice(toml[0].length) };
  }
  return { data: {}, body: source };
}

/** Front-matter and JSON keys that hold a posting's parts (what job boards, handbooks and schemas call them). */
const FIELD_KINDS: [SectionKind, RegExp][] = [
  ['nice', /^(nice_?to_?haves?|preferred(_?(qualifications|skills))?|bonus|pluses|desired_?skills)$/i],
  [
    'requirements',
    /^(requirements|qualifications|required_?(skills|qualifications)?|skills|technical_?skills|soft_?skills|tech_?stack|stack|must_?haves?|experience_?requirements|education_?requirements|keywords|tags|experience)$/i,
  ],
  ['responsibilities', /^(responsibilities|tasks|duties|missions?)$/i],
  ['benefits', /^(benefits|perks|job_?benefits)$/i],
  ['other', /^(description|summary|excerpt|intro|subtitle|teaser[-_]?text|job_?summary|overview)$/i],
];
const TITLE_KEYS = /^(title|job_?title|jobtitle|position|positions|role|roles)$/i;
const COMPANY_KEYS =
  /^(company|company_?name|employer|organization|organisation|hiring_?organization|hiringOrganization|startup)$/i;
const LANGUAGE_KEYS = /^(lang|language|locale|inLanguage)$/i;

function jsonLdJobPosting(source: string): Record<string, unknown> | undefined {
  for (const m of source.matchAll(/<script[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script\s*>/gi)) {
    let data: unknown;
    try {
      data = JSON.parse(m[1] as string);
    } catch {
      continue; // A page's other metadata, broken: the page's text is read instead.
    }
    const graph = (data as { '@graph'?: unknown })?.['@graph'];
    const candidates = [data, ...(Array.isArray(data) ? data : []), ...(Array.isArray(graph) ? graph : [])];
    const found = candidates.find(
      (c) => c && typeof c === 'object' && (c as { '@type'?: unknown })['@type'] === 'JobPosting',
    );
    if (found) return found as Record<string, unknown>;
  }
  return undefined;
}

/** A posting's parts from named fields: front matter, a JSON Resume job, a schema.org JobPosting. */
function fromFields(data: Record<string, unknown>): Parts {
  const parts: Parts = { sections: [] };
  for (const [key, value] of Object.entries(data)) {
    if (TITLE_KEYS.test(key) && parts.title === undefined) parts.title = plain(value)?.split('\n')[0];
    else if (COMPANY_KEYS.test(key) && parts.company === undefined) parts.company = plain(value, 'name');
    else if (LANGUAGE_KEYS.test(key) && typeof value === 'string') parts.languageHint = value;
    else {
      const kind = FIELD_KINDS.find(([, re]) => re.test(key))?.[0];
      const text = kind ? fieldText(value) : undefined;
      if (!kind || !text) continue;
      // A description with headings of its own (JSON-LD, job boards' APIs) is a posting in one field.
      const inner = kind === 'other' ? sectionsFromLines(text).sections : [];
      if (inner.some((s) => s.heading)) parts.sections.push(...inner);
      else parts.sections.push({ kind, heading: key, text });
    }
  }
  return parts;
}

/** A field's text: a string (HTML decoded), a list as bullets, JSON Resume skills as their names and keywords. */
function fieldText(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const text = looksLikeHtml(value) ? htmlToLines(value) : decodeEntities(value);
    return text.trim() || undefined;
  }
  if (Array.isArray(value)) {
    const lines = value.flatMap((item) => {
      if (typeof item === 'string') return [`- ${decodeEntities(item).trim()}`];
      if (item && typeof item === 'object') {
        const { name, keywords } = item as { name?: unknown; keywords?: unknown };
        const words = Array.isArray(keywords)
          ? keywords.filter((k): k is string => typeof k === 'string')
          : [];
        return [`- ${[typeof name === 'string' ? name : '', words.join(', ')].filter(Boolean).join(': ')}`];
      }
      return [];
    });
    return lines.filter((l) => l.length > 2).join('\n') || undefined;
  }
  return undefined;
}

function plain(value: unknown, objectKey?: string): string | undefined {
  if (typeof value === 'string') return decodeEntities(value).trim();
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join(', ');
  if (objectKey && value && typeof value === 'object')
    return plain((value as Record<string, unknown>)[objectKey]);
  return undefined;
}

/** A JSON posting: a JSON Resume job document or a schema.org JobPosting. */
function fromJson(source: string, fileName: string): Parts {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const at = Number(/position (\d+)/.exec(String(error))?.[1] ?? 0);
    const before = source.slice(0, at).split('\n');
    const line = before.length;
    const col = (before[before.length - 1]?.length ?? 0) + 1;
    const message = `the posting is not valid JSON: ${(error as Error).message.replace(/ in JSON at position \d+.*$/, '')}`;
    // The message is the diagnostic's own, so the CLI prints it once, at its place.
    throw new UserError(message, [
      { file: fileName, line, col, path: '', message, source: source.split('\n')[line - 1] ?? '' },
    ]);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new UserError(
      `${fileName}: a JSON posting is an object (a JSON Resume job: title, company, description, …)`,
    );
  const parts = fromFields(data as Record<string, unknown>);
  if (!parts.title && parts.sections.length === 0)
    throw new UserError(
      `${fileName}: this JSON has none of a job posting's fields (title, description, responsibilities, qualifications, skills)`,
    );
  return parts;
}
