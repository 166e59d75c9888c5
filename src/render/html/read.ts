// The HTML read back as a reader (or an ATS) sees it: its text with inline tags joined and block tags apart, and
// the targets of its links.
import { parseBuildRecord } from '../../core/view.js';
import { decodeEntities } from '../read-text.js';
import type { ReadBack } from '../types.js';

export async function readHtml(bytes: Uint8Array): Promise<ReadBack> {
  const raw = new TextDecoder().decode(bytes);
  const text = decodeEntities(
    raw
      .replace(/<(style|script|title)[^>]*>[\s\S]*?<\/\1>/g, '')
      .replace(/<\/?(span|strong|em|a|b|i)\b[^>]*>/g, '')
      .replace(/<[^>]+>/g, ' '),
  );
  // A theme's own markup (a JSON Resume theme's) may put other attributes first, or quote with ' or not at all.
  const links = [...raw.matchAll(/<a\s(?:[^>]*?\s)?href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)].map(
    (m) => decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''),
  );
  const record = /<meta name="resume-build" content="([^"]*)">/.exec(raw)?.[1];
  return { text, links, build: parseBuildRecord(record && decodeEntities(record)) };
}
