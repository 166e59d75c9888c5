// The application packet: one PDF, the letter and then the résumé, made of the very prints their PDFs are (the
// render session prints each page once), with an outline item per part.
import { localeRecord } from '../../core/locales.js';
import type { ViewModel } from '../../core/view.js';
import type { LetterView } from '../../letter/view.js';
import type { RenderContext } from '../types.js';
import { setPdfInfo } from './info.js';
import { mergePdfs } from './merge.js';

export async function renderPacket(
  letter: LetterView,
  resume: ViewModel,
  ctx: RenderContext,
): Promise<Uint8Array> {
  const words = localeRecord(letter.document.locale).documents;
  const [letterPdf, resumePdf] = await Promise.all([ctx.print(letter), ctx.print(resume)]);
  const merged = mergePdfs(
    [
      { pdf: letterPdf, title: words.letter },
      { pdf: resumePdf, title: words.resume },
    ],
    letter.document.lang,
  );
  return setPdfInfo(merged, {
    title: letter.name ? `${letter.name} — ${words.application}` : words.application,
    author: letter.document.author,
    subject: letter.document.subject,
    keywords: resume.document.keywords.join(', '),
    creator: 'resume',
  });
}
