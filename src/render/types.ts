import type { ViewModel } from '../core/view.js';
import type { Theme } from './theme.js';

export interface RenderContext {
  theme: Theme;
  /** The HTML of a view, rendered once per view and shared by the formats that need it. */
  html(view: ViewModel): Promise<string>;
  /** The printed PDF of a view (Chrome's bytes), printed once per HTML: fitting and the PDF format share it. */
  print(view: ViewModel): Promise<Uint8Array>;
}

/** A output format. Adding one means writing one of these and listing it in registry.ts. */
export interface Renderer {
  format: string;
  extension: string;
  /** Whether this format needs the browser (lets the build start it early). */
  needsBrowser?: boolean;
  render(view: ViewModel, ctx: RenderContext): Promise<Uint8Array | string>;
}
