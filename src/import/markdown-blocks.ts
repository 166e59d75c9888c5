// A Markdown text with lists (YAMLResume's summaries) as our entry's parts: the paragraphs as its summary, each
// list item (ordered, unordered, nested) as a bullet.

export function splitMarkdown(source: string | undefined): {
  summary?: string;
  bullets: string[];
  nested: number;
} {
  const paragraphs: string[] = [];
  const bullets: string[] = [];
  let nested = 0;
  let lines: string[] = [];
  const flush = () => {
    if (lines.length) paragraphs.push(lines.join('\n'));
    lines = [];
  };
  for (const raw of (source ?? '').split('\n')) {
    const item = /^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$/.exec(raw);
    if (item) {
      flush();
      if ((item[1] as string).length > 0) nested++;
      bullets.push((item[2] as string).trim());
    } else if (raw.trim() === '') flush();
    else if (bullets.length && /^\s{2,}\S/.test(raw) && lines.length === 0)
      // A list item's continuation line.
      bullets[bullets.length - 1] += ` ${raw.trim()}`;
    else lines.push(raw.trim());
  }
  flush();
  return { ...(paragraphs.length ? { summary: paragraphs.join('\n\n') } : {}), bullets, nested };
}
