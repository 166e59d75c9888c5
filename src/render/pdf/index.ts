import { pinnedTime } from '../../core/build-time.js';
import { BUILD_RECORD_KEY, parseBuildRecord } from '../../core/view.js';
import type { PageView } from '../../letter/view.js';
import type { RenderContext, Renderer } from '../types.js';
import { setPdfInfo } from './info.js';
import { parsePdf } from './read.js';

/** Printed from the very HTML the HTML format writes: one source of truth for the look. How it was built goes
 * in its info, for check. */
async function printed(view: PageView, ctx: RenderContext): Promise<Uint8Array> {
  const pdf = await ctx.print(view);
  const { title, author, subject, keywords } = view.document;
  const build = 'build' in view.document ? view.document.build : undefined;
  const custom = build ? { [BUILD_RECORD_KEY]: build } : undefined;
  return setPdfInfo(pdf, {
    title,
    author,
    subject,
    keywords: keywords.join(', '),
    creator: 'resume',
    custom,
    date: pinnedTime(),
  });
}

export const pdfRenderer: Renderer = {
  format: 'pdf',
  extension: 'pdf',
  needsBrowser: true,
  reading: 'layout',
  render: printed,
  renderLetter: printed,
  async read(bytes, name) {
    const { text, links, fonts, info } = await parsePdf(bytes, name);
    return { text, links, fonts, info, build: parseBuildRecord(info[BUILD_RECORD_KEY]) };
  },
};
