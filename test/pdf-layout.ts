// A PDF's lines with their places, read by poppler (pdftotext -bbox-layout), for the tests that measure a layout:
// how wide the text runs on each page, how full each page is, what ends a page. Coordinates in points from the
// page's top left.
import { execFileSync } from 'node:child_process';
import { decodeEntities } from './helpers.js';

export interface PdfLine {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

const attr = (tag: string, name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(tag)?.[1] ?? 0);

/** Every page's lines, top to bottom (in a two-column page, each column's lines in turn, as poppler finds them). */
export function pdfPages(pdf: string): PdfPage[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return [...xml.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)].map(([, head = '', body = '']) => ({
    width: attr(head, 'width'),
    height: attr(head, 'height'),
    lines: [...body.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)].map(([, box = '', words = '']) => ({
      text: decodeEntities([...words.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(' ')),
      xMin: attr(box, 'xMin'),
      xMax: attr(box, 'xMax'),
      yMin: attr(box, 'yMin'),
      yMax: attr(box, 'yMax'),
    })),
  }));
}

/** Text as a reader compares it: no white space, no separators, any case. */
export const squeezed = (text: string) => text.normalize('NFKC').replace(/[\s·]/g, '').toLowerCase();

/** The plain text of an HTML fragment. */
export const htmlText = (html: string) =>
  decodeEntities(html.replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
