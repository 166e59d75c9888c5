// A letter's body, Markdown as people write it in an editor that wraps lines: blank lines part paragraphs, a line
// break inside a paragraph is a space (two trailing spaces or a backslash keep it), lines starting with "- ", "* "
// or "• " are bullets and "1. " numbered items, in the order written. Inline markup as everywhere (**bold**,
// *italic*, [links](https://…)). Pure.
import { parseInline } from '../core/markdown.js';
import { textBlocks } from '../core/view-parts.js';
import type { LetterBlock } from './view.js';

const BULLET = /^[-*•]\s+/;
const NUMBERED = /^\d{1,3}[.)]\s+/;

type Run = { kind: 'text'; lines: string[] } | { kind: 'list'; ordered: boolean; items: string[][] };

export function letterBlocks(body: string): LetterBlock[] {
  const blocks: LetterBlock[] = [];
  for (const chunk of body.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    for (const run of runsOf(chunk.split('\n').filter((l) => l.trim()))) {
      if (run.kind === 'text') {
        const [paragraph] = textBlocks(unwrap(run.lines)).paragraphs;
        if (paragraph) blocks.push({ kind: 'paragraph', text: paragraph });
      } else
        blocks.push({
          kind: 'list',
          ordered: run.ordered,
          items: run.items.map((lines) => parseInline(unwrap(lines).replace(/\n/g, ' '))),
        });
    }
  }
  return blocks;
}

/** A chunk's lines as a paragraph, then lists: a marker starts an item, and a line without one continues it (as
 * Markdown reads a "lazy" continuation). */
function runsOf(lines: string[]): Run[] {
  const runs: Run[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    const marker = BULLET.exec(line) ?? NUMBERED.exec(line);
    const last = runs.at(-1);
    if (marker) {
      const ordered = NUMBERED.test(line);
      const item = [line.slice(marker[0].length)];
      if (last?.kind === 'list' && last.ordered === ordered) last.items.push(item);
      else runs.push({ kind: 'list', ordered, items: [item] });
    } else if (last?.kind === 'list') last.items.at(-1)?.push(line);
    else if (last?.kind === 'text') last.lines.push(raw);
    else runs.push({ kind: 'text', lines: [raw] });
  }
  return runs;
}

/** Lines joined with spaces, except after a hard break (two trailing spaces, or a backslash), kept as "\n". */
function unwrap(lines: string[]): string {
  return lines
    .map((line, i) => {
      if (i === lines.length - 1) return line.trim();
      if (/ {2,}$/.test(line)) return `${line.trim()}\n`;
      if (/\\$/.test(line.trimEnd())) return `${line.trimEnd().slice(0, -1).trim()}\n`;
      return `${line.trim()} `;
    })
    .join('');
}
