// `resume check`: read outputs back the way an applicant-tracking system would, and compare them with what the
// résumé says. Every item present and in order, headings as whole words, contact details and live links, no
// character lost, fonts embedded and not Type 3, metadata set.
import { basename, extname } from 'node:path';
import { type Inline, plainText } from '../core/markdown.js';
import { unknownKind, type ViewModel } from '../core/prepare.js';
import { parsePdf } from './pdf.js';
import { docxParts, readOutputBytes } from './read-bounded.js';

export interface Finding {
  ok: boolean;
  what: string;
  detail?: string;
}

export interface CheckedOutput {
  file: string;
  findings: Finding[];
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
          );
        break;
      case 'groups':
        for (const g of section.groups) items.push(...(g.name ? [g.name] : []), ...g.keywords.map(text));
        break;
      case 'items':
        for (const i of section.items) items.push(...(i.label ? [i.label] : []), text(i.text));
        break;
      default:
        unknownKind(section);
    }
  }
  return items.filter((i) => i.trim() !== '');
}

/** Scripts written without spaces between words: a line may wrap between any two of their characters. */
const UNSPACED = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Extended_Pictographic}]';
const WRAP = new RegExp(`(?<=${UNSPACED})\\n(?=${UNSPACED})`, 'gu');

/** Case, white space and markdown markers do not matter to a reader; letters do. A line that wraps between two
 * characters of a script without spaces (Chinese, Japanese, emoji) adds none. */
const flat = (s: string) =>
  s.normalize('NFKC').replace(WRAP, '').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Reads one output file: its text, and for a PDF its links, fonts and metadata. */
async function readOutput(file: string) {
  const ext = extname(file).slice(1).toLowerCase();
  const bytes = readOutputBytes(file, ext);
  if (ext === 'pdf') {
    const pdf = await parsePdf(new Uint8Array(bytes));
    return { text: pdf.text, links: pdf.links, fonts: pdf.fonts, info: pdf.info };
  }
  if (ext === 'docx') {
    const [xml = '', rels = ''] = docxParts(
      bytes,
      ['word/document.xml', 'word/_rels/document.xml.rels'],
      file,
    );
    const text = decode(
      xml
        .replace(/<\/w:p>/g, '\n')
        .replace(/<w:(tab|br)\/>/g, ' ')
        .replace(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<[^>]+>/g, (_, t: string | undefined) => t ?? ''),
    );
    const links = [...rels.matchAll(/Target="([^"]+)" TargetMode="External"/g)].map((m) =>
      decode(m[1] ?? ''),
    );
    return { text, links };
  }
  const raw = bytes.toString('utf8');
  if (ext === 'html' || ext === 'htm') {
    // Inline tags join their text; block tags separate it.
    const text = decode(
      raw
        .replace(/<(style|script|title)[^>]*>[\s\S]*?<\/\1>/g, '')
        .replace(/<\/?(span|strong|em|a|b|i)\b[^>]*>/g, '')
        .replace(/<[^>]+>/g, ' '),
    );
    const links = [...raw.matchAll(/<a href="([^"]+)"/g)].map((m) => decode(m[1] ?? ''));
    return { text, links };
  }
  // Markdown escapes its special characters in user text: a reader sees them plain.
  return {
    text: ext === 'md' ? raw.replace(/\\([\\`*_[\]<>#|])/g, '$1') : raw,
    links: [...raw.matchAll(/\((https?:\/\/[^\s)]+|mailto:[^\s)]+|tel:[^\s)]+)\)/g)].map((m) => m[1] ?? ''),
  };
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&apos;|&#39;/g, "'")
    .replace(/&#x3D;/g, '=')
    .replace(/&#x60;/g, '`')
    .replace(/&amp;/g, '&');
}

/** Checks one output against the view it was made from. */
export async function checkOutput(file: string, view: ViewModel): Promise<CheckedOutput> {
  const read = await readOutput(file);
  const text = flat(read.text);
  const findings: Finding[] = [];

  const items = expectedItems(view);
  const missing: string[] = [];
  const disordered: string[] = [];
  let at = 0;
  for (const item of items) {
    const needle = flat(item);
    const i = text.indexOf(needle, at);
    if (i >= 0) at = i + needle.length;
    else if (text.includes(needle)) disordered.push(item);
    else missing.push(item);
  }
  findings.push({
    ok: missing.length === 0,
    what: `every item present (${items.length - missing.length}/${items.length})`,
    detail: missing.length ? `missing: ${listed(missing)}` : undefined,
  });
  findings.push({
    ok: disordered.length === 0,
    what: 'items in reading order',
    detail: disordered.length ? `out of order: ${listed(disordered)}` : undefined,
  });

  // A heading is found as itself, a whole word run, not spaced letters ("E D U C A T I O N").
  const broken = view.sections
    .map((s) => s.title)
    .filter((t) => !new RegExp(`(^|\\s)${escapeRegExp(flat(t))}(\\s|$)`).test(text));
  findings.push({
    ok: broken.length === 0,
    what: 'section headings read as whole words',
    detail: broken.length ? `not found as words: ${broken.join(', ')}` : undefined,
  });

  // Every character of the résumé's text reaches the reader (a glyph without a font, or without a Unicode
  // mapping, does not).
  const wanted = new Set([...items.join('').normalize('NFKC')].filter((c) => /\S/u.test(c)));
  const have = new Set([...read.text.normalize('NFKC').toLowerCase()]);
  const lost = [...wanted].filter((c) => !have.has(c.normalize('NFKC').toLowerCase()));
  findings.push({
    ok: lost.length === 0,
    what: 'no character lost',
    detail: lost.length
      ? `lost: ${lost.map((c) => `${c} (U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}`
      : undefined,
  });

  // Plain text has no links: there the address itself (or the target written after it) must be readable.
  const plainFormat = ['md', 'txt'].includes(extname(file).slice(1));
  const contacts = view.contacts.filter((c) => c.href);
  const unlinked = contacts.filter(
    (c) =>
      !text.includes(flat(c.text)) ||
      (!plainFormat && !read.links.some((l) => sameTarget(l, c.href ?? ''))) ||
      (plainFormat && c.href?.startsWith('tel:') && !text.includes(flat(c.href))),
  );
  findings.push({
    ok: unlinked.length === 0,
    what: `contact details found${plainFormat ? ', links written out' : ', links live'}`,
    detail: unlinked.length ? `missing or not linked: ${unlinked.map((c) => c.text).join(', ')}` : undefined,
  });

  if ('fonts' in read && read.fonts) {
    const type3 = read.fonts.filter((f) => f.type3).map((f) => f.name);
    const loose = read.fonts.filter((f) => !f.embedded).map((f) => f.name);
    findings.push({
      ok: type3.length === 0 && loose.length === 0,
      what: 'fonts embedded, none Type 3',
      detail:
        [
          type3.length ? `Type 3: ${type3.join(', ')}` : '',
          loose.length ? `not embedded: ${loose.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('; ') || undefined,
    });
    const info = read.info ?? {};
    const unset = ['Title', 'Author'].filter((k) => !info[k]);
    findings.push({
      ok: unset.length === 0,
      what: 'metadata set',
      detail: unset.length ? `no ${unset.join(', ')}` : undefined,
    });
  }
  return { file: basename(file), findings };
}

/** Links compare without the trailing slash a browser adds to a bare host. */
function sameTarget(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\/$/, '').toLowerCase();
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
      ? `all ${results.length} outputs read back whole`
      : `${bad} of ${results.length} outputs lose something`,
  );
  return lines.join('\n');
}
