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
  const links = [...raw.matchAll(LINK_TAG)].flatMap((tag) => {
    const href = [...(tag[1] ?? '').matchAll(ONE_ATTRIBUTE)].find((a) => a[1]?.toLowerCase() === 'href');
    const target = href?.[2] ?? href?.[3] ?? href?.[4];
    return target ? [decodeEntities(target)] : [];
  });
  const record = /<meta name="resume-build" content="([^"]*)">/.exec(raw)?.[1];
  return { text, links, build: parseBuildRecord(record && decodeEntities(record)) };
}

// A theme's own markup (a JSON Resume theme's) may put other attributes first, or quote with ' or not at all; an
// attribute is read whole, so "href=" inside another one's value is not taken for a link.
const ATTRIBUTE = String.raw`\s+([\w:.-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?`;
const LINK_TAG = new RegExp(String.raw`<a((?:${ATTRIBUTE})*)\s*/?>`, 'gi');
const ONE_ATTRIBUTE = new RegExp(ATTRIBUTE, 'g');
