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
    const { title, author, subject, keywords } = view.document;
    return setPdfInfo(pdf, { title, author, subject, keywords: keywords.join(', '), creator: 'resume' });
  },
  async read(bytes) {
    const { text, links, fonts, info } = await parsePdf(bytes);
    return { text, links, fonts, info };
  },
};
