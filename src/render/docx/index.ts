// DOCX from the view model (not from HTML): real Word styles, numbered bullets, hyperlinks, tab-aligned dates.
import { viewTokens } from '../tokens.js';
import type { Renderer } from '../types.js';
import { readDocx } from './read.js';

export const docxRenderer: Renderer = {
  format: 'docx',
  extension: 'docx',
  reading: 'flow',
  async render(view, ctx) {
    // Loaded on demand so builds without DOCX never pay for the library.
    const { renderDocx } = await import('./document.js');
    return renderDocx(view, viewTokens(ctx.tokens, view));
  },
  async renderLetter(view, ctx) {
    const { renderLetterDocx } = await import('./letter.js');
    return renderLetterDocx(view, viewTokens(ctx.tokens, view));
  },
  read: readDocx,
};
