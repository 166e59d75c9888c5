// Our names and titles are plain text; other tools' are Markdown ("Project X [Link](https://…)", "**Acme**").
// The link target is set aside (it becomes the entry's url), a label that only says "link" goes, and emphasis
// marks are taken off.
import { text } from './values.js';

const GENERIC =
  /^(link|here|url|web ?site|site|github|gitlab|demo|code|paper|pdf|repo|repository|preprint|arxiv|doi|🔗)$/i;

export function plainText(value: unknown): { text?: string; links: string[] } {
  const source = text(value);
  if (!source) return { links: [] };
  const links: string[] = [];
  const unlinked = source.replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, (_, label: string, href: string) => {
    links.push(href);
    return GENERIC.test(label.trim()) ? '' : label;
  });
  const plain = unlinked
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|\W)[*_](\S(?:.*?\S)?)[*_](?=\W|$)/g, '$1$2')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return { text: plain || undefined, links };
}
