// LinkedIn keeps a description as one text: paragraph breaks flattened to double spaces, bullets typed as •, ●,
// U+FFFC or a tab, or as "- " and "* " items. Where the text has bullet marks, or is a list of short items, it
// becomes bullets (any text before the first bullet stays the summary); otherwise it is a summary paragraph.

const MARKS = /[•●▪◦○■►▸✓✔➢➤\uFFFC\t]/;
const LINE_ITEM = /^[-*–]\s+/;
const SHORT_ITEM = 160;

export function readDescription(source: string | undefined): { summary?: string; bullets: string[] } {
  // Trimmed of spaces and newlines only: a leading tab is a bullet mark.
  const t = (source ?? '').replace(/\r\n?/g, '\n').replace(/^[ \n]+|[ \n]+$/g, '');
  if (!t) return { bullets: [] };
  if (MARKS.test(t)) {
    const [lead = '', ...items] = t.split(new RegExp(MARKS.source, 'g'));
    return withSummary(lead, items);
  }
  const segments = t
    .split(/\n+|\s{2,}/)
    .map((s) => s.trim())
    .filter(Boolean);
  const first = segments.findIndex((s) => LINE_ITEM.test(s));
  if (first >= 0 && segments.filter((s) => LINE_ITEM.test(s)).length >= 2) {
    return withSummary(segments.slice(0, first).join('  '), joinContinuations(segments.slice(first)));
  }
  // "* " between items on one line: " * Perform … * Participate …".
  const starred = t.split(/\s\*\s+/);
  if (starred.length >= 3) return withSummary(starred[0] as string, starred.slice(1));
  if (segments.length >= 2 && segments.every(isItem)) return { bullets: segments };
  return { summary: paragraphs(t), bullets: [] };
}

/** LinkedIn's double spaces as paragraph breaks. */
export function paragraphs(t: string): string {
  return t
    .split(/\n\s*\n|\s{2,}(?=\S)/)
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');
}

function withSummary(lead: string, items: string[]): { summary?: string; bullets: string[] } {
  const bullets = items.map((i) => i.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const summary = paragraphs(lead.trim());
  return { ...(summary ? { summary } : {}), bullets };
}

/** "- " items, with the lines that follow an item (no mark of their own) as part of it. */
function joinContinuations(segments: string[]): string[] {
  const items: string[] = [];
  for (const s of segments) {
    if (LINE_ITEM.test(s) || items.length === 0) items.push(s.replace(LINE_ITEM, ''));
    else items[items.length - 1] += ` ${s}`;
  }
  return items;
}

/** A list item rather than prose: short, at most one sentence. */
function isItem(segment: string): boolean {
  return segment.length <= SHORT_ITEM && (segment.match(/[.!?](\s|$)/g) ?? []).length <= 1;
}
