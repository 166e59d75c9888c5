// The layout rules of issue 21, measured on a PDF's lines (read by poppler) and the HTML the same build wrote
// (for what is a heading and what is a list): continuation pages use the full text width; no page but the last is
// under half full; a heading never ends a page (at least two lines of what it heads go with it, or all of them
// when there are fewer); a list item never breaks across pages, and a list split by a page leaves two or more of
// its items on each side; no line starts or ends with a separator. Each rule returns what breaks it, in words.
import { htmlText, type PdfPage, squeezed } from './pdf-layout.js';

const PT_PER_MM = 72 / 25.4;

export interface Built {
  pages: PdfPage[];
  html: string;
  /** The page's text area, in points from the top left. */
  area: { left: number; right: number; top: number; bottom: number };
}

/** The page's text area, from the margins the HTML's CSS gives the page (the DOCX has the same). */
export function textArea(html: string, page: PdfPage): Built['area'] {
  const [top = 0, right = 0, bottom = 0, left = 0] = (
    /@page \{ margin: ([\d.]+)mm ([\d.]+)mm ([\d.]+)mm ([\d.]+)mm; \}/.exec(html) ?? []
  )
    .slice(1)
    .map((mm) => Number(mm) * PT_PER_MM);
  return { left, right: page.width - right, top, bottom: page.height - bottom };
}

/** Every rule at once, so a failure names all that is wrong. */
export function layoutProblems(built: Built) {
  return {
    'continuation pages not starting at the margin': narrowPages(built),
    'pages but the last under half full': emptyPages(built),
    'headings at a page’s foot': headingsAtFoot(built),
    'list items broken, or left alone by a page break': brokenLists(built),
    'separators at a line’s start or end': strandedSeparators(built),
  };
}

/** What layoutProblems gives when every rule holds. */
export const NO_PROBLEMS = {
  'continuation pages not starting at the margin': [],
  'pages but the last under half full': [],
  'headings at a page’s foot': [],
  'list items broken, or left alone by a page break': [],
  'separators at a line’s start or end': [],
};

/** A page's lines grouped into rows (lines on one baseline: a title and its dates, two columns side by side),
 * top to bottom. */
function rows(page: PdfPage) {
  const sorted = [...page.lines].sort((a, b) => a.yMax - b.yMax);
  const out: { yMax: number; lines: typeof sorted }[] = [];
  for (const line of sorted) {
    const last = out.at(-1);
    if (last && Math.abs(last.yMax - line.yMax) < 2) last.lines.push(line);
    else out.push({ yMax: line.yMax, lines: [line] });
  }
  return out;
}

/** The headings of the main flow (beside a sidebar, the main column's) that need what they head beside them, in
 * order: every section title, and the title of every entry with lines of its own beneath it. */
interface Heading {
  text: string;
  section: boolean;
}

function headings(html: string): Heading[] {
  const flow = /<main class="main">([\s\S]*)<\/main>/.exec(html)?.[1] ?? html;
  const found = [
    ...flow.matchAll(
      /<h2 class="section-title"[^>]*>([\s\S]*?)<\/h2>|<article class="entry">([\s\S]*?)<\/article>/g,
    ),
  ];
  return found.flatMap(([, section, entry]): Heading[] => {
    if (section) return [{ text: squeezed(htmlText(section)), section: true }];
    if (!/entry-description|entry-meta|class="highlights"/.test(entry ?? '')) return [];
    const title = /<h3 class="entry-title">([\s\S]*?)<\/h3>/.exec(entry ?? '')?.[1] ?? '';
    return [{ text: squeezed(htmlText(title)), section: false }];
  });
}

/** A section title stands alone on its line; an entry's title may have its dates beside it, or wrap (its first
 * line then begins it). */
function isLineOf(line: string, heading: Heading): boolean {
  const text = squeezed(line);
  if (heading.section) return text === heading.text;
  return (
    text.startsWith(heading.text.slice(0, Math.min(heading.text.length, 24))) ||
    (text.length >= 8 && heading.text.startsWith(text))
  );
}

/** Pages after the first whose text does not start at the left margin (a sidebar's column kept empty there). */
function narrowPages({ pages, area }: Built): string[] {
  return pages.flatMap((page, i) => {
    if (i === 0 || rows(page).length < 6) return [];
    const left = Math.min(...page.lines.map((l) => l.xMin));
    return left > area.left + 3 ? [`page ${i + 1}: text starts ${Math.round(left - area.left)} pt in`] : [];
  });
}

/** Where the main column's text starts on page 1: beside a sidebar, its first heading's left edge. */
function mainColumnLeft({ pages, html }: Built): number {
  const main = /<main class="main">[\s\S]*?<h2 class="section-title"[^>]*>([\s\S]*?)<\/h2>/.exec(html)?.[1];
  const heading = main && squeezed(htmlText(main));
  const line = heading && pages[0]?.lines.find((l) => squeezed(l.text).startsWith(heading));
  return line ? line.xMin : 0;
}

/** Pages but the last whose main column is under half full. */
function emptyPages(built: Built): string[] {
  const { pages, area } = built;
  const left = mainColumnLeft(built);
  return pages.slice(0, -1).flatMap((page, i) => {
    const lines = page.lines.filter((l) => i > 0 || l.xMin >= left - 2);
    const fill = (Math.max(...lines.map((l) => l.yMax)) - area.top) / (area.bottom - area.top);
    return fill < 0.5 ? [`page ${i + 1} is ${Math.round(fill * 100)}% full`] : [];
  });
}

/** Headings at a page's foot: the last row, or the row before it when what it heads goes on on the next page.
 * The headings are found in order, and a section's alone on its row, so a skill group named like a section
 * ("Languages") is not taken for one. */
function headingsAtFoot({ pages, html }: Built): string[] {
  const expected = headings(html);
  let next = 0;
  const marked = pages.map((page) =>
    rows(page).map((row) => {
      const lines = [...row.lines].sort((a, b) => a.xMin - b.xMin);
      return lines.some((line, i) => {
        const heading = expected[next];
        if (!heading || !isLineOf(line.text, heading)) return false;
        // A section title has nothing to its right (a keyword group's label named like it has its keywords).
        if (heading.section && i < lines.length - 1) return false;
        next++;
        return true;
      });
    }),
  );
  if (next < expected.length) return [`heading not found: ${expected[next]?.text}`];
  return marked.slice(0, -1).flatMap((isHeading, i) => {
    const [before, last] = isHeading.slice(-2);
    if (last) return [`page ${i + 1} ends with a heading`];
    if (before && !marked[i + 1]?.[0]) return [`page ${i + 1} ends with a heading and one line`];
    return [];
  });
}

/** The lists of the page, each as its items' text: bullets, labelled items, and keyword groups (by their
 * keywords: a group's label and keywords are two columns, which an extractor may read apart). */
function lists(html: string): string[][] {
  const found = [
    ...html.matchAll(
      /<ul class="(?:highlights|items)">([\s\S]*?)<\/ul>|<dl class="groups">([\s\S]*?)<\/dl>/g,
    ),
  ];
  const text = (fragment: string | undefined) => squeezed(htmlText(fragment ?? ''));
  return found.map(([, list, groups]) =>
    list !== undefined
      ? [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => text(m[1])).filter(Boolean)
      : [...(groups ?? '').matchAll(/<dt>([\s\S]*?)<\/dt>\s*<dd>([\s\S]*?)<\/dd>/g)].map(
          // A group with no keywords is found by its label.
          (m) => text(m[2]) || text(m[1]),
        ),
  );
}

/** Where each item of a list is: the page of the line it starts (a bullet, an item, a keyword group's cell
 * starts a line), looked for after the item before it, and -1 when its text runs on past that page's end. An item
 * that starts no line (keywords run in after their label) is looked for in the text instead. */
function itemPages(items: string[], pages: PdfPage[], from: { line: number }): number[] {
  const lines = pages.flatMap((page, p) => page.lines.map((l) => ({ page: p, text: squeezed(l.text) })));
  const pageTexts = pages.map((page) => squeezed(page.lines.map((l) => l.text).join(' ')));
  return items.map((item) => {
    // The item's first line: the line is the item's beginning (a line of the text that starts with the same word
    // goes on past it).
    const starts = (i: number) => {
      const text = lines[i]?.text ?? '';
      return text.length > 0 && item.startsWith(text);
    };
    const i = lines.findIndex((_, n) => n >= from.line && starts(n));
    if (i < 0) return pageTexts.findIndex((t) => t.includes(item));
    from.line = i + 1;
    const page = lines[i]?.page ?? -1;
    // Whole on its page (read as the page's text: beside a sidebar, the columns' lines interleave).
    return pageTexts[page]?.includes(item) ? page : -1;
  });
}

/** Items broken across pages, and lists split with a single item on one side. */
function brokenLists({ pages, html }: Built): string[] {
  const problems: string[] = [];
  const from = { line: 0 };
  for (const items of lists(html).filter((l) => l.length > 0)) {
    const at = itemPages(items, pages, from);
    for (const [n, page] of at.entries())
      if (page < 0) problems.push(`broken across pages: ${items[n]?.slice(0, 40)}`);
    const first = Math.min(...at);
    const last = Math.max(...at);
    if (first >= 0 && first !== last) {
      const before = at.filter((p) => p === first).length;
      const after = at.filter((p) => p === last).length;
      if (before < 2 || after < 2)
        problems.push(`a list split ${before}/${after} at page ${first + 1}: ${items[0]?.slice(0, 40)}`);
    }
  }
  return problems;
}

/** Lines that start or end with a separator a reader sees. */
function strandedSeparators({ pages }: Built): string[] {
  return pages.flatMap((page, i) =>
    page.lines
      .filter((l) => /^·|·$/.test(l.text.trim()))
      .map((l) => `page ${i + 1}: "${l.text.slice(0, 60)}"`),
  );
}
