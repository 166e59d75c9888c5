// Text or Markdown lines → sections: each heading the table knows starts a section of its kind; a heading it
// does not know starts an "other" section, unless it sits below a known one (a sub-heading inherits its kind).
// Headings come as "## Requirements", "###工作說明：", "Requirements\n====", "**Dein Profil:**", "Wir bieten:",
// "REQUIREMENTS", or glued to their text ("Requirements: Python, SQL" and, in text flattened from HTML,
// "… durch! Aufgaben Full-Stack-Entwicklung: …").
import { classifyHeading, type SectionKind } from './headings.js';

export interface PostingSection {
  kind: SectionKind;
  heading?: string;
  /** The section's lines, bullets written "- item". */
  text: string;
}

export interface LineSections {
  /** The first level-1 heading, when the text has one. */
  title?: string;
  /** The Markdown heading right under that title, before any text (a job board's company, a team, a place: the
   * reader of companies decides), and whether another heading follows it at once (a header block). */
  underTitle?: { heading: string; headingNext: boolean };
  sections: PostingSection[];
}

interface Open {
  kind: SectionKind;
  heading?: string;
  level: number;
  lines: string[];
}

const BULLET = /^(?:[-*+•·・▪●◦‣–—．]|\d{1,2}[.)、．](?!\d)|\(\d{1,2}\)|[①-⑳])\s*/u;
const MAX_HEADING_WORDS = 10;

export function sectionsFromLines(body: string): LineSections {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const sections: PostingSection[] = [];
  let title: string | undefined;
  let open: Open = { kind: 'other', level: 0, lines: [] };
  // The kind and level of the last heading the table knew: a sub-heading below it inherits its kind.
  let known: { kind: SectionKind; level: number } | undefined;
  const close = () => {
    const text = open.lines.join('\n').trim();
    if (text) sections.push({ kind: open.kind, ...(open.heading ? { heading: open.heading } : {}), text });
  };
  // A first heading the table does not know, before any text: the title, when there is no level-1 heading.
  let leading: string | undefined;
  let seenHeading = false;
  let underTitle: LineSections['underTitle'];
  // Where the lines are in the block the title starts: right after it, or after the heading under it.
  let afterTitle: 'title' | 'heading' | undefined;
  const startSection = (heading: string, level: number) => {
    close();
    const kind = classifyHeading(heading);
    if (!seenHeading && !kind && sections.length === 0 && open.lines.length === 0) leading = heading;
    seenHeading = true;
    if (kind) known = { kind, level };
    // Only a Markdown sub-heading inherits: a bold line under "## Requirements" may be the company's name.
    else if (!known || level <= known.level || level > 6) known = undefined;
    open = { kind: kind ?? known?.kind ?? 'other', heading, level, lines: [] };
  };
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    const next = (lines[i + 1] ?? '').trim();
    const heading = headingOf(line, next);
    if (heading) {
      // The first level-1 heading is the title, unless it is a bare section name ("# Requirements").
      const bareSection = classifyHeading(heading.text) !== undefined && words(heading.text) <= 3;
      if (heading.level === 1 && title === undefined && sections.length === 0 && !bareSection) {
        title = heading.text;
        afterTitle = 'title';
      } else {
        if (afterTitle === 'heading' && underTitle) underTitle.headingNext = true;
        const under = afterTitle === 'title' && heading.level >= 2 && heading.level <= 6;
        if (under) underTitle = { heading: heading.text, headingNext: false };
        afterTitle = under ? 'heading' : undefined;
        startSection(heading.text, heading.level);
      }
      if (heading.underlined) i++;
      if (heading.rest) open.lines.push(heading.rest);
      continue;
    }
    if (line) afterTitle = undefined;
    for (const piece of splitGluedHeadings(line)) {
      if (piece.heading) startSection(piece.heading, 90);
      const content = piece.text ? contentLine(piece.text) : '';
      if (content) open.lines.push(content);
    }
  }
  close();
  if (title === undefined && leading !== undefined) {
    title = leading;
    const first = sections[0];
    if (first?.heading === leading) delete first.heading;
  }
  return { ...(title ? { title } : {}), ...(underTitle ? { underTitle } : {}), sections };
}

interface Heading {
  text: string;
  level: number;
  underlined?: boolean;
  /** Text glued to the heading on its line ("Requirements: Python"). */
  rest?: string;
}

/** A heading, if the line is one. Unknown-to-the-table headings count only when marked up as headings. */
function headingOf(line: string, next: string): Heading | undefined {
  if (!line) return undefined;
  const atx = /^(#{1,6})\s*(.+?)\s*#*$/.exec(line);
  if (atx && !/^#[\w-]+$/.test(line))
    return { text: clean(atx[2] as string), level: (atx[1] as string).length };
  if (/^(=+|-+)$/.test(next) && next.length >= 3 && !BULLET.test(line) && words(line) <= MAX_HEADING_WORDS)
    return { text: clean(line), level: next.startsWith('=') ? 1 : 2, underlined: true };
  const bold = /^(?:\*\*|__)(.+?)(?:\*\*|__)\s*[:：]?\s*$/.exec(line);
  if (bold && words(bold[1] as string) <= MAX_HEADING_WORDS)
    return { text: clean(bold[1] as string), level: 80 };
  const labelled = /^(?:\*\*|__)?([^:：]{2,60}?)(?:\*\*|__)?\s*[:：]\s*(?:(?:\*\*|__)\s*)?(.*)$/.exec(line);
  if (labelled && !BULLET.test(line) && !/https?$/i.test(labelled[1] as string)) {
    const [label, rest] = [clean(labelled[1] as string), (labelled[2] as string).trim()];
    const known = classifyHeading(label) !== undefined && words(label) <= 8;
    if (!rest && (known || words(label) <= 4)) return { text: label, level: 85 };
    if (rest && known) return { text: label, level: 85, rest: contentLine(rest) };
  }
  // A bare short line that is a known heading: "Requirements", "Aufgaben", "REQUIREMENTS".
  if (isShort(line) && !/[.,;。]$/.test(line) && !BULLET.test(line) && classifyHeading(line))
    return { text: clean(line), level: 85 };
  return undefined;
}

// Known headings glued into a paragraph after a sentence's end, as text flattened from HTML has them.
const GLUED = /(?<=[.!?…]\s+)([\p{Lu}][\p{L}'’ ]{2,40}?)(?=\s*[:：]?\s+[\p{Lu}\p{N}])/gu;

/** A paragraph cut where a known heading sits glued inside it. */
function splitGluedHeadings(line: string): { heading?: string; text: string }[] {
  const pieces: { heading?: string; text: string }[] = [];
  let from = 0;
  let heading: string | undefined;
  for (const m of line.matchAll(GLUED)) {
    const candidate = (m[1] as string).trim();
    const words = candidate.split(/\s+/);
    // Try the longest run of the candidate's first words that the table knows ("Aufgaben Full-Stack" → "Aufgaben").
    const label = words
      .map((_, n) => words.slice(0, words.length - n).join(' '))
      .find((w) => classifyHeading(w) && w.length > 4);
    if (!label || (label.split(/\s+/).length === 1 && classifyHeading(label) === undefined)) continue;
    const at = m.index ?? 0;
    pieces.push({ ...(heading ? { heading } : {}), text: line.slice(from, at).trim() });
    heading = label;
    from = at + label.length;
  }
  pieces.push({
    ...(heading ? { heading } : {}),
    text: line
      .slice(from)
      .replace(/^\s*[:：]\s*/, '')
      .trim(),
  });
  return pieces;
}

/** A content line with its list marker written the one way, "- ". */
function contentLine(line: string): string {
  const marker = BULLET.exec(line);
  if (!marker || marker[0].length === 0) return stripTable(line);
  return `- ${stripTable(line.slice(marker[0].length))}`;
}

function stripTable(line: string): string {
  if (/^\|?\s*:?-{3,}/.test(line)) return '';
  return line.startsWith('|') ? line.replace(/\s*\|\s*/g, ' ').trim() : line;
}

function clean(text: string): string {
  return text
    .replace(/\*\*|__|`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/\s*[:：]\s*$/, '')
    .trim();
}

/** Short enough to be a heading: five words, or a dozen characters of Chinese, Japanese or Korean. */
function isShort(line: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(line)
    ? [...line].length <= 12
    : words(line) <= 5 && line.length <= 50;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
