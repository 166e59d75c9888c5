import { BUILD_RECORD_KEY, parseBuildRecord } from '../../core/view.js';
import type { Renderer } from '../types.js';
import { setPdfInfo } from './info.js';
import { parsePdf } from './read.js';

export const pdfRenderer: Renderer = {
  format: 'pdf',
  extension: 'pdf',
  needsBrowser: true,
  reading: 'layout',
  async render(view, ctx) {
    // Printed from the very HTML the HTML format writes: one source of truth for the look.
    const pdf = await ctx.print(view);
    const { title, author, subject, keywords, build } = view.document;
    const custom = build ? { [BUILD_RECORD_KEY]: build } : undefined;
    return setPdfInfo(pdf, {
      title,
      author,
      subject,
      keywords: keywords.join(', '),
      creator: 'resume',
      custom,
    });
  },
  async read(bytes) {
    const { text, links, fonts, info } = await parsePdf(bytes);
    return { text, links, fonts, info, build: parseBuildRecord(info[BUILD_RECORD_KEY]) };
  },
};
