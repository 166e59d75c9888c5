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
  const links = [...raw.matchAll(/<a href="([^"]+)"/g)].map((m) => decodeEntities(m[1] ?? ''));
  const record = /<meta name="resume-build" content="([^"]*)">/.exec(raw)?.[1];
  return { text, links, build: parseBuildRecord(record && decodeEntities(record)) };
}
