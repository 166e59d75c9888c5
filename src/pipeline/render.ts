// Stage 5, render: every document in every format, in memory. One render session per run: each view's HTML is
// made once and each HTML printed once (fitting and the PDF format share the prints), on one browser, started
// only if a format needs it.
import type { ViewModel } from '../core/view.js';
import { BrowserSession } from '../render/pdf/browser.js';
import { discoverBrowser } from '../render/pdf/discover.js';
import type { Theme } from '../render/theme.js';
import type { RenderContext, Renderer } from '../render/types.js';
import type { Document } from './prepare.js';

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
  const htmlCache = new WeakMap<ViewModel, Promise<string>>();
  const printed = new Map<string, Promise<Uint8Array>>();
  const blocked = new Set<string>();
  let own: BrowserSession | undefined;
  const started = browser ?? (() => (own ??= BrowserSession.start(discoverBrowser())));
  const html = (view: ViewModel) => {
    let page = htmlCache.get(view);
    if (page === undefined) {
      page = theme.html(view);
      htmlCache.set(view, page);
    }
    return page;
  };
  const print = async (view: ViewModel) => {
    const page = await html(view);
    let pdf = printed.get(page);
    if (!pdf) {
      const refused = (urls: string[]) => {
        for (const url of urls) blocked.add(url);
      };
      pdf = started().printPdf(page, { paper: view.document.paper, ...theme.print, blocked: refused });
      printed.set(page, pdf);
    }
    return pdf;
  };
  return { tokens: theme.tokens, html, print, blocked, close: () => own?.close() };
}

/** Every document × format, concurrently (the browser session limits how many pages print at once). */
export function renderAll(
  documents: Document[],
  renderers: readonly Renderer[],
  ctx: RenderContext,
  rendered?: (name: string) => void,
): Promise<RenderedOutput[]> {
  return Promise.all(
    documents.flatMap(({ stem, view }) =>
      renderers.map(async (r) => {
        const data = await r.render(view, ctx);
        const name = `${stem}.${r.extension}`;
        rendered?.(name);
        return {
          name,
          format: r.format,
          bytes: typeof data === 'string' ? new TextEncoder().encode(data) : data,
        };
      }),
    ),
  );
}
