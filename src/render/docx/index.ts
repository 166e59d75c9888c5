// DOCX from the view model (not from HTML): real Word styles, numbered bullets, hyperlinks, tab-aligned dates.
import { viewTokens } from '../tokens.js';
import type { Renderer } from '../types.js';
import { renderDocx } from './document.js';
import { renderLetterDocx } from './letter.js';
import { readDocx } from './read.js';

export const docxRenderer: Renderer = {
  format: 'docx',
  extension: 'docx',
  reading: 'flow',
  async render(view, ctx) {
    return renderDocx(view, viewTokens(ctx.tokens, view));
  },
  async renderLetter(view, ctx) {
    return renderLetterDocx(view, viewTokens(ctx.tokens, view));
  },
  read: readDocx,
};
