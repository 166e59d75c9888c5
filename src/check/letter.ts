// `resume check --letter`: a cover letter's outputs read back, compared with the letter. Every line present and in
// order (letterhead, recipient, date, greeting, each paragraph and list item, closing, name), the contact details
// found and linked, the links of the text live (or written out, in Markdown and text), no character lost, and for
// a PDF its fonts and metadata. The same findings as a résumé's, from check/index.ts.
import { type Inline, plainText } from '../core/markdown.js';
import type { LetterView } from '../letter/view.js';
import type { ReadBack, Renderer } from '../render/types.js';
import {
  type CheckedOutput,
  contacts,
  type Finding,
  flat,
  lostCharacters,
  pdfFindings,
  presence,
  readerText,
  sameTarget,
} from './index.js';

/** What a reader of the letter must find, in this order. `dated`: the date line is the file's, not the day the
 * letter happened to be built. */
export function letterItems(view: LetterView, dated = true): string[] {
  const text = (tokens: Inline[]) => plainText(tokens);
  return [
    view.name,
    ...(view.label ? [view.label] : []),
    ...view.recipient,
    ...(dated ? [view.date] : []),
    ...(view.subject ? [text(view.subject)] : []),
    text(view.salutation),
    ...view.body.flatMap((block) =>
      block.kind === 'paragraph' ? [text(block.text)] : block.items.map(text),
    ),
    text(view.closing),
    view.name,
  ].filter((item) => item.trim() !== '');
}

export function checkLetterRead(
  file: string,
  read: ReadBack,
  renderer: Renderer,
  view: LetterView,
  dated: boolean,
): CheckedOutput {
  const items = letterItems(view, dated);
  const text = flat(read.text);
  return {
    file: file.split(/[\\/]/).pop() ?? file,
    findings: [
      ...presence(items, readerText(read, renderer)),
      lostCharacters(items, read.text),
      contacts(view.contacts, text, read.links, renderer),
      textLinks(view, read, renderer),
      ...(read.fonts ? pdfFindings(read, view.document.author) : []),
    ],
  };
}

/** The links written in the letter's text: live where the format has live links, else their address written out. */
function textLinks(view: LetterView, read: ReadBack, renderer: Renderer): Finding {
  const hrefs = linksOf([
    ...(view.subject ?? []),
    ...view.salutation,
    ...view.body.flatMap((b) => (b.kind === 'paragraph' ? b.text : b.items.flat())),
    ...view.closing,
  ]);
  const bare = (href: string) =>
    flat(href.replace(/^(https?:\/\/(www\.)?|mailto:|tel:)/i, '').replace(/\/$/, ''));
  const lost = renderer.linksWrittenOut
    ? hrefs.filter((h) => !flat(read.text).includes(bare(h)))
    : hrefs.filter((h) => !read.links.some((l) => sameTarget(l, h)));
  return {
    ok: lost.length === 0,
    what: `links in the text ${renderer.linksWrittenOut ? 'written out' : 'live'} (${hrefs.length - lost.length}/${hrefs.length})`,
    detail: lost.length ? `not found: ${lost.join(', ')}` : undefined,
  };
}

function linksOf(tokens: Inline[]): string[] {
  return tokens.flatMap((t) =>
    t.type === 'link'
      ? [t.href, ...linksOf(t.children)]
      : t.type === 'strong' || t.type === 'em'
        ? linksOf(t.children)
        : [],
  );
}
