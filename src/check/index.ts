// `resume check`: read outputs back the way an applicant-tracking system would, and compare them with what the
// résumé says. Every item present and in order, headings as whole words, contact details and live links, no
// character lost, fonts embedded and not Type 3, metadata set. Each format's renderer reads its own files back
// and says how a reader meets them; this module only compares.
import { basename } from 'node:path';
import { type Inline, plainText } from '../core/markdown.js';
import type { Resume } from '../core/resume-types.js';
import { type ContactLink, unknownKind, type ViewModel } from '../core/view.js';
import type { ReadBack, Renderer } from '../render/types.js';
import { Haystack } from './found.js';
import { readable, sourceTexts } from './source.js';

export interface Finding {
  ok: boolean;
  what: string;
  detail?: string;
}

export interface CheckedOutput {
  file: string;
  findings: Finding[];
}

/** What an output was made from: the view, and the same view in the order its theme's page shows it. */
export interface Expected {
  view: ViewModel;
  laidOut: ViewModel;
  /** The source as parsed and the text the load named as not shown: set for a build of the whole résumé, whose
   * outputs must hold all the rest of the source's text. */
  source?: { parsed: unknown; omitted: readonly string[]; html: boolean; dropped?: readonly string[] };
  /** The text of the page, where the theme draws it its own way (a JSON Resume theme): its own headings, order,
   * date format and choice of fields. */
  ownPage?: string;
}

/** What a reader must find, in this order: name, headline, section titles, each entry's lines and bullets. */
export function expectedItems(view: ViewModel): string[] {
  const items: string[] = [view.name, ...(view.label ? [view.label] : [])];
  const text = (tokens: Inline[]) => plainText(tokens);
  for (const section of view.sections) {
    items.push(section.title);
    switch (section.kind) {
      case 'summary':
        items.push(...section.paragraphs.map(text), ...section.bullets.map(text));
        break;
      case 'entries':
        for (const e of section.entries)
          items.push(
            ...[e.title, e.org, e.date].filter((v): v is string => Boolean(v)),
            ...e.description.map(text),
            ...e.highlights.map(text),
            ...(e.roles ?? []).flatMap((r) => [
              ...[r.title, r.date, r.location].filter((v): v is string => Boolean(v)),
              ...r.description.map(text),
              ...r.highlights.map(text),
              ...(r.keywords ? [r.keywords] : []),
            ]),
            ...(e.keywords ? [e.keywords] : []),
          );
        break;
      case 'groups':
        for (const g of section.groups) items.push(...(g.name ? [g.name] : []), ...g.keywords.map(text));
        break;
      case 'items':
        for (const i of section.items)
          items.push(...(i.label ? [i.label] : []), text(i.text), ...(i.date ? [i.date] : []));
        break;
      default:
        unknownKind(section);
    }
  }
  return items.filter((i) => i.trim() !== '');
}

/** The résumé's own text that a page drawn by a JSON Resume theme shows: what the theme leaves out is its
 * choice, not a reader's loss. */
function ownText(resume: Resume, page: string): string[] {
  const shown = new Haystack(squeeze(page));
  return sourceTexts(resume, false)
    .map((t) => t.text)
    .filter((t) => shown.find(squeeze(t)));
}

/** Keys whose values are ours to keep and no export carries (tailoring, privacy, settings). */
const NOT_EXPORTED = new Set(['tags', 'alt', 'variants', 'meta', '$schema', 'private', 'privateFields']);

/** The résumé's own text values, in document order: what a format that carries data must hold. */
function dataItems(resume: Resume): string[] {
  const items: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') items.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) if (!NOT_EXPORTED.has(k)) walk(v);
  };
  walk(resume);
  return items.filter((i) => i.trim() !== '');
}

/** Scripts written without spaces between words: a line may wrap between any two of their characters. */
const UNSPACED = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Extended_Pictographic}]';
const WRAP = new RegExp(`(?<=${UNSPACED})\\n(?=${UNSPACED})`, 'gu');

/** Characters no reader sees (a zero-width space, a soft hyphen): a PDF need not keep them. */
const INVISIBLE = /\p{Cf}/gu;

/** Case, white space and markdown markers do not matter to a reader; letters do. A line that wraps between two
 * characters of a script without spaces (Chinese, Japanese, emoji) adds none. */
export const flat = (s: string) =>
  s
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(WRAP, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** The text without any white space: where a line wraps (inside a Korean word, at "}{") matters not to a reader. */
const squeeze = (s: string) => flat(s).replace(/\s+/g, '');

/** Checks one output, read back by its renderer, against what it was made from. */
export function checkRead(
  file: string,
  read: ReadBack,
  renderer: Renderer,
  expected: Expected,
): CheckedOutput {
  const view = renderer.reading === 'layout' ? expected.laidOut : expected.view;
  // A page a JSON Resume theme draws holds the résumé's own text, in the theme's order, under its headings.
  const own = renderer.reading === 'layout' && expected.ownPage !== undefined;
  const unordered = renderer.reading === 'data' || own;
  const items =
    renderer.reading === 'data'
      ? dataItems(view.resume)
      : own
        ? ownText(view.resume, expected.ownPage ?? '')
        : expectedItems(view);
  const text = flat(read.text);
  const words = readerText(read, renderer);
  // What is expected is compared the same way: a source may write an address in parentheses too.
  const bare = renderer.linksWrittenOut ? withoutAddresses : (t: string) => t;
  const findings = [
    // A data format keeps the résumé's values, in its own key order: what counts is that each is there.
    ...presence(items, words, bare).slice(0, unordered ? 1 : 2),
    ...(unordered ? [] : [headings(view, read.text)]),
    // What a JSON Resume theme's page shows of the source is the theme's choice: its own text is checked above.
    ...(expected.source && !unordered ? [sourcePresence(expected.source, words, bare)] : []),
    lostCharacters(items, read.text),
    contacts(view.contacts, text, read.links, renderer, own),
    ...(read.fonts ? pdfFindings(read, view.document.author) : []),
  ];
  return { file: basename(file), findings };
}

/** The text as a reader compares it with the source: where links are written out ("[site](https://…)", "site
 * (https://…)"), without the addresses, which the source's text does not hold (the links finding reads them). */
export function readerText(read: ReadBack, renderer: Renderer): string {
  return flat(renderer.linksWrittenOut ? withoutAddresses(read.text) : read.text);
}

const ADDRESS = '(?:https?://|mailto:|tel:)[^\\s)]*';
const MARKDOWN_LINK = new RegExp(`\\[([^\\]]*)\\]\\(${ADDRESS}\\)`, 'g');
const WRITTEN_OUT = new RegExp(` \\(${ADDRESS}\\)`, 'g');

/** "[site](https://…)" is "site", "site (https://…)" is "site". */
function withoutAddresses(text: string): string {
  return text.replace(MARKDOWN_LINK, '$1').replace(WRITTEN_OUT, '');
}

/** Every item present, and in reading order. Compared without white space: a line that wraps inside a word
 * (Korean, "}{") or between characters is whole to a reader. */
export function presence(items: string[], text: string, bare = (t: string) => t): Finding[] {
  const missing: string[] = [];
  const disordered: string[] = [];
  const haystack = new Haystack(squeeze(text));
  let at = 0;
  for (const item of items) {
    const needle = squeeze(bare(item));
    const found = haystack.find(needle, at);
    if (found) at = found.end;
    else if (haystack.find(needle)) disordered.push(item);
    else missing.push(item);
  }
  return [
    {
      ok: missing.length === 0,
      what: `every item present (${items.length - missing.length}/${items.length})`,
      detail: missing.length ? `missing: ${listed(missing)}` : undefined,
    },
    {
      ok: disordered.length === 0,
      what: 'items in reading order',
      detail: disordered.length ? `out of order: ${listed(disordered)}` : undefined,
    },
  ];
}

/** The source's own text, each line found in the output, or named by the load as not shown. */
function sourcePresence(
  source: NonNullable<Expected['source']>,
  text: string,
  bare: (t: string) => string,
): Finding {
  const shown = new Haystack(squeeze(text));
  const named = squeeze(source.omitted.map((t) => readable(t, source.html)).join('\n'));
  const items = sourceTexts(source.parsed, source.html);
  const lost = items.filter(({ path, text: t }) => {
    // A label's own colon gives way to the one the document prints after it, or to none (see labelBeforeText).
    const needle = squeeze(bare(t)).replace(/[:：]$/u, '');
    return needle !== '' && !shown.find(needle) && !named.includes(needle) && !listedIn(source.dropped, path);
  });
  return {
    ok: lost.length === 0,
    what: `the source's text shown (${items.length - lost.length}/${items.length})`,
    detail: lost.length
      ? `not shown, and no warning said so: ${listed(lost.map((l) => `${l.path}: ${l.text}`))}`
      : undefined,
  };
}

/** Whether a path of the source is in a manifest's list of what was left out, or inside something that is. */
function listedIn(dropped: readonly string[] = [], path: string): boolean {
  return dropped.some((d) => path === d || path.startsWith(`${d}.`) || path.startsWith(`${d}[`));
}

/** A heading is found as itself, a whole word run, not spaced letters ("E D U C A T I O N"). Its own line is
 * kept apart from the next (a Japanese heading before Japanese text is not one word with it). */
function headings(view: ViewModel, raw: string): Finding {
  const text = raw
    .split('\n')
    .map((line) => flat(line))
    .join('\n');
  const broken = view.sections
    .map((s) => s.title)
    .filter((t) => !new RegExp(`(^|\\s)${escapeRegExp(flat(t))}(\\s|$)`).test(text));
  const spaced = broken.filter((t) => text.includes(spacedOut(t)));
  return {
    ok: broken.length === 0,
    what: 'section headings read as whole words',
    detail: broken.length
      ? `not found as words: ${broken.join(', ')}${spaced.length ? `; ${spacedCause(spaced)}` : ''}`
      : undefined,
  };
}

/** A heading's letters one by one, as a reader meets them when the gaps between them read as spaces. */
const spacedOut = (title: string) => [...flat(title).replace(/\s+/g, '')].join(' ');

/** Letters the heading does not space itself are spaced by the page: letter-spacing (CSS), whose gaps a text
 * extractor reads as spaces once they are wider than about a tenth of the size. */
function spacedCause(titles: string[]): string {
  const shown = spacedOut(titles[0] as string).toUpperCase();
  return (
    `read as spaced letters ("${shown}"): letter-spacing on the headings leaves gaps between the letters that some ` +
    'text extractors (pdf.js, which this check reads PDFs with) take for spaces, though others (pdftotext) may not; ' +
    "remove the letter-spacing from the headings (.section-title in the theme's CSS), or keep it at 0.1em or less"
  );
}

/** Every character of the résumé's text reaches the reader (a glyph without a font, or without a Unicode mapping,
 * does not). */
export function lostCharacters(items: string[], raw: string): Finding {
  const wanted = new Set(
    [...items.join('').normalize('NFKC').replace(INVISIBLE, '')].filter((c) => /\S/u.test(c)),
  );
  const have = new Set([...raw.normalize('NFKC').toLowerCase()]);
  const lost = [...wanted].filter((c) => !have.has(c.normalize('NFKC').toLowerCase()));
  const code = (c: string) => `U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
  return {
    ok: lost.length === 0,
    what: 'no character lost',
    detail: lost.length ? `lost: ${lost.map((c) => `${c} (${code(c)})`).join(', ')}` : undefined,
  };
}

/** Contact details readable, and linked where the format has live links; where it writes links out, the
 * address itself (or a phone's tel: target) is there to read. */
export function contacts(
  list: ContactLink[],
  text: string,
  links: string[],
  renderer: Renderer,
  /** A JSON Resume theme's page: it words a linked contact its own way ("mdenolle" for github.com/mdenolle). */
  ownWords = false,
): Finding {
  const live = !renderer.linksWrittenOut && renderer.reading !== 'data';
  const unlinked = list
    .filter((c) => c.href)
    .filter(
      (c) =>
        (!text.includes(flat(c.text)) && !(ownWords && live)) ||
        (live && !links.some((l) => sameTarget(l, c.href ?? ''))) ||
        (renderer.linksWrittenOut && c.href?.startsWith('tel:') && !numberShown(c, text)),
    );
  return {
    ok: unlinked.length === 0,
    what: `contact details found${live ? ', links live' : renderer.linksWrittenOut ? ', links written out' : ''}`,
    detail: unlinked.length ? `missing or not linked: ${unlinked.map((c) => c.text).join(', ')}` : undefined,
  };
}

/** A PDF's fonts embedded and none Type 3; its title set, and its author where the résumé names one. */
export function pdfFindings(read: ReadBack, author: string): Finding[] {
  const fonts = read.fonts ?? [];
  const type3 = fonts.filter((f) => f.type3).map((f) => f.name);
  const loose = fonts.filter((f) => !f.embedded).map((f) => f.name);
  const unset = ['Title', ...(author ? ['Author'] : [])].filter((k) => !read.info?.[k]);
  const problems = [
    type3.length ? `Type 3: ${type3.join(', ')}` : '',
    loose.length ? `not embedded: ${loose.join(', ')}` : '',
  ].filter(Boolean);
  return [
    {
      ok: problems.length === 0,
      what: 'fonts embedded, none Type 3',
      detail: problems.join('; ') || undefined,
    },
    {
      ok: unset.length === 0,
      what: 'metadata set',
      detail: unset.length ? `no ${unset.join(', ')}` : undefined,
    },
  ];
}

/** A phone written out: its tel: target, or the number as written when it has the same digits (spaces, dashes
 * and brackets are for the eye). */
function numberShown(contact: ContactLink, text: string): boolean {
  const digits = (s: string) => s.replace(/[^+0-9]/g, '');
  return text.includes(flat(contact.href ?? '')) || digits(contact.text) === digits(contact.href ?? '');
}

/** Links compare without the trailing slash a browser adds to a bare host, with their escapes read
 * (j%C3%A9r%C3%A9my is jérémy), and phones by their digits (tel:+91-975-4794337 is tel:+919754794337). */
export function sameTarget(a: string, b: string): boolean {
  const norm = (s: string) => {
    let read = s;
    try {
      read = decodeURI(s);
    } catch {
      // A lone % is not an escape: compare as written.
    }
    // A phone's target dials the same with or without the dashes and spaces it is written with.
    if (/^tel:/i.test(read)) return `tel:${read.replace(/[^+0-9]/g, '')}`;
    return read.normalize('NFC').replace(/\/$/, '').toLowerCase();
  };
  return norm(a) === norm(b);
}

/** The first few items, shortened, and how many more: a whole section out of place is one line, not a page. */
function listed(items: string[], max = 6): string {
  const shown = items.slice(0, max).map(short).join(' | ');
  return items.length > max ? `${shown} | … and ${items.length - max} more` : shown;
}

function short(item: string): string {
  const one = item.replace(/\s+/g, ' ');
  return one.length > 60 ? `${one.slice(0, 59)}…` : one;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function formatCheck(results: CheckedOutput[]): string {
  const lines: string[] = [];
  for (const { file, findings } of results) {
    const failed = findings.filter((f) => !f.ok).length;
    lines.push(`${file}: ${failed === 0 ? 'ok' : `${failed} problem${failed === 1 ? '' : 's'}`}`);
    for (const f of findings)
      lines.push(`  ${f.ok ? 'ok  ' : 'FAIL'}  ${f.what}${f.detail ? `\n        ${f.detail}` : ''}`);
  }
  const bad = results.filter((r) => r.findings.some((f) => !f.ok)).length;
  lines.push(
    bad === 0
      ? results.length === 1
        ? 'the output reads back whole'
        : `all ${results.length} outputs read back whole`
      : `${bad} of ${results.length} outputs lose something`,
  );
  return lines.join('\n');
}
