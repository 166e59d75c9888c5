// Stage 5, render: every document in every format, in memory. One render session per run: each view's HTML is
// made once and each HTML printed once (fitting and the PDF format share the prints), on one browser, started
// only if a format needs it.
import { isLetter, type PageView } from '../letter/view.js';
import { BrowserSession } from '../render/pdf/browser.js';
import { discoverBrowser } from '../render/pdf/discover.js';
import { renderPacket as packetPdf } from '../render/pdf/packet.js';
import type { Theme } from '../render/theme.js';
import type { RenderContext, Renderer } from '../render/types.js';
import type { AnyDocument } from './prepare.js';

/** An output, in memory: its file name (stem and extension), its format and its bytes. */
export interface RenderedOutput {
  name: string;
  format: string;
  bytes: Uint8Array;
}

export interface RenderSession extends RenderContext {
  /** The addresses the pages asked for and were refused. */
  blocked: ReadonlySet<string>;
  /** Stops the browser this session started (not one it was given). */
  close(): void;
}

/** `browser` starts (or returns the already started) browser; by default the session finds one and starts it on
 * first use. */
export function renderSession(theme: Theme, browser?: () => BrowserSession): RenderSession {
  const htmlCache = new WeakMap<PageView, Promise<string>>();
  const printed = new Map<string, Promise<Uint8Array>>();
  const blocked = new Set<string>();
  let own: BrowserSession | undefined;
  const started = browser ?? (() => (own ??= BrowserSession.start(discoverBrowser())));
  const html = (view: PageView) => {
    let page = htmlCache.get(view);
    if (page === undefined) {
      page = isLetter(view) ? theme.letter.html(view) : theme.html(view);
      htmlCache.set(view, page);
    }
    return page;
  };
  const print = async (view: PageView) => {
    const page = await html(view);
    let pdf = printed.get(page);
    if (!pdf) {
      const refused = (urls: string[]) => {
        for (const url of urls) blocked.add(url);
      };
      const own = isLetter(view) ? theme.letter.print : theme.print;
      pdf = started().printPdf(page, { paper: view.document.paper, ...own, blocked: refused });
      printed.set(page, pdf);
    }
    return pdf;
  };
  return { tokens: theme.tokens, html, print, blocked, close: () => own?.close() };
}

/** Every document × format, concurrently (the browser session limits how many pages print at once). A letter is
 * made in the formats that draw letters (all but the JSON Resume export). */
export async function renderAll(
  documents: readonly AnyDocument[],
  renderers: readonly Renderer[],
  ctx: RenderContext,
  rendered?: (name: string) => void,
): Promise<RenderedOutput[]> {
  const outputs = documents.flatMap(({ stem, view }) =>
    renderers.map(async (r): Promise<RenderedOutput[]> => {
      const data = isLetter(view) ? await r.renderLetter?.(view, ctx) : await r.render(view, ctx);
      if (data === undefined) return [];
      const name = `${stem}.${r.extension}`;
      rendered?.(name);
      return [
        { name, format: r.format, bytes: typeof data === 'string' ? new TextEncoder().encode(data) : data },
      ];
    }),
  );
  return (await Promise.all(outputs)).flat();
}

/** The application packet, `name`.pdf: the fitted letter, then the fitted résumé, as one PDF. */
export async function renderPacket(
  name: string,
  documents: readonly AnyDocument[],
  ctx: RenderContext,
  rendered?: (name: string) => void,
): Promise<RenderedOutput> {
  const letter = documents.find((d) => isLetter(d.view))?.view;
  const resume = documents.find((d) => !isLetter(d.view))?.view;
  if (!letter || !resume || !isLetter(letter) || isLetter(resume))
    throw new Error('a packet needs a letter and a résumé');
  const bytes = await packetPdf(letter, resume, ctx);
  rendered?.(`${name}.pdf`);
  return { name: `${name}.pdf`, format: 'pdf', bytes };
}
