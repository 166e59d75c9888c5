// A posting saved from the web: HTML → lines a Markdown reader understands (headings as "#", list items as
// "- ", bold as "**"), entities decoded. Job boards also hand out HTML escaped once more ("&lt;li&gt;"), and
// Markdown files carry entities ("&#x26;") and inline HTML; all of it ends as plain text.
import { decodeEntities } from '../core/html-entities.js';

const TAG = /<\/?[a-zA-Z][a-zA-Z\d]*(?:\s[^<>]*)?\/?>/;
const BLOCK_TAG = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|table|tr|td|th|section|article|body|html)\b[^<>]*>/i;

/** Whether a text is HTML (or HTML escaped once more) rather than prose that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  return BLOCK_TAG.test(text) || /&lt;\/?(?:p|div|br|li|ul|h[1-6])\b/i.test(text);
}

/** HTML → Markdown-like lines. Text outside tags keeps its line breaks, so Markdown with inline HTML reads too. */
export function htmlToLines(input: string): string {
  let html = TAG.test(input) ? input : decodeEntities(input);
  html = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<(script|style|head|noscript|template|svg|nav|footer|button|form)\b[\s\S]*?<\/\1\s*>/gi, '\n')
    .replace(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi, (_, level: string, inner: string) => {
      const text = inner
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      return text ? `\n\n${'#'.repeat(Number(level))} ${text}\n\n` : '\n';
    })
    .replace(/<(?:th|dt)\b[^>]*>([\s\S]*?)<\/(?:th|dt)\s*>/gi, (_, inner: string) => {
      const text = inner
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      return text ? `\n\n#### ${text}\n\n` : '\n';
    })
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/li\s*>/gi, '')
    .replace(/<(?:strong|b)\b[^>]*>([^<]*)<\/(?:strong|b)\s*>/gi, (_, inner: string) =>
      inner.trim() ? `**${inner.trim()}**` : inner,
    )
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(
      /<\/?(?:p|div|ul|ol|li|table|tbody|thead|tr|td|dd|dl|section|article|header|main|aside|blockquote|pre|body|html)\b[^>]*>/gi,
      '\n',
    )
    .replace(/<[^>]*>/g, '');
  return decodeEntities(html)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
