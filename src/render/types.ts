import type { ViewModel } from '../core/prepare.js';
import type { BrowserSession } from './pdf/browser.js';
import type { Theme } from './theme.js';

export interface RenderContext {
  theme: Theme;
  /** The build's one browser, started on first use and shared by every PDF of the run. */
  browser(): Promise<BrowserSession>;
  /** The HTML of a view, rendered once per view and shared by the formats that need it. */
  html(view: ViewModel): string;
}

/** A output format. Adding one means writing one of these and listing it in registry.ts. */
export interface Renderer {
  format: string;
  extension: string;
  /** Whether this format needs the browser (lets the build start it early). */
  needsBrowser?: boolean;
  render(view: ViewModel, ctx: RenderContext): Promise<Uint8Array | string>;
}
