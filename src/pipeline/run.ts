// The stages in order: load → plan → prepare → fit → render → write. `render()` runs all but the last and writes
// nothing; `build()` is `render()` plus the atomic write. `check`, `watch`/`serve` and the library run these same
// functions, so nothing can drift between them.
import { join } from 'node:path';
import { documentLanguage, languageNote } from '../core/language.js';
import { writeOutputs } from '../core/output.js';
import type { Decision } from '../core/tailor.js';
import { type Diagnostic, UserError } from '../errors.js';
import type { BrowserSession } from '../render/pdf/browser.js';
import { selectRenderers } from '../render/registry.js';
import { type Theme, themeForBuild } from '../render/theme.js';
import { mark } from '../timings.js';
import { fitPages } from './fit.js';
import { type Loaded, type LoadInput, load } from './load.js';
import { type Choice, type PlannedDocument, plan } from './plan.js';
import { type Document, type Presentation, prepare, warningAt } from './prepare.js';
import { type RenderedOutput, renderAll, renderSession } from './render.js';

export interface RenderOptions extends LoadInput, Choice, Presentation {
  /** Format names (html, pdf, docx, md, txt, json) or `all`; default all but json. */
  formats?: readonly string[];
  /** A built-in theme, a theme folder (./path) or a JSON Resume theme package (default meta.theme, else classic). */
  theme?: string;
  /** Every warning is an error. */
  strict?: boolean;
  /** Told what the run is doing: a stage finished, or one output rendered (for a progress display). */
  progress?: (event: ProgressEvent) => void;
  /** Starts (or returns the already started) browser; called only if a format needs it. By default the run
   * finds one, starts it on first use and stops it at the end. */
  browser?: () => BrowserSession;
}

export type ProgressEvent =
  | { stage: 'validated'; outputs: number }
  | { stage: 'rendered'; name: string }
  | { stage: 'written'; paths: string[] };

export interface RenderResult {
  outputs: RenderedOutput[];
  /** Warnings about the input (guesses, things left out), at file:line:col: the caller shows them its way. */
  warnings: Diagnostic[];
  /** What the run did on its own accord (fitted a résumé to its pages), for the user to know. */
  notes: string[];
  /** A folder of the user's theme, which watch re-reads when it changes. */
  watchDir?: string;
}

export interface BuildOptions extends RenderOptions {
  /** The folder the outputs are written into (created if missing). */
  outDir: string;
}

export interface BuildResult extends Omit<RenderResult, 'outputs'> {
  written: string[];
}

/** Stages 1–3: the résumé loaded, its documents planned and each prepared as a view in the theme. */
export interface Prepared {
  loaded: Loaded;
  theme: Theme;
  planned: PlannedDocument[];
  documents: Document[];
  warnings: Diagnostic[];
  /** What the run chose on its own accord (the document's language), for the user to know. */
  notes: string[];
}

export async function prepareRun(options: RenderOptions): Promise<Prepared> {
  const loaded = await load(options, {
    strict: options.strict,
    theme: options.theme,
    locale: options.locale,
  });
  mark('validated');
  const theme = await themeForBuild(options.theme, loaded.resume.meta?.theme, options.file ?? '-');
  const planned = plan(loaded.resume, options);
  // No locale given: the document's own language, when it names it or its text shows it.
  const language =
    options.locale || loaded.resume.meta?.locale ? undefined : await documentLanguage(loaded.resume);
  const presentation = language ? { ...options, locale: language.locale } : options;
  const { documents, warnings } = prepare(planned, loaded, theme, presentation);
  if (options.strict && warnings.length) throw strictError(loaded, warnings);
  const notes = language ? [languageNote(language)] : [];
  return { loaded, theme, planned, documents, warnings: [...loaded.warnings, ...warnings], notes };
}

/** Every output of the run, in memory; nothing is written. */
export async function render(options: RenderOptions): Promise<RenderResult> {
  const renderers = selectRenderers((options.formats ?? ['all']).join(','));
  const run = await prepareRun(options);
  options.progress?.({ stage: 'validated', outputs: run.documents.length * renderers.length });
  const session = renderSession(run.theme, options.browser);
  try {
    const fitted = await fitPages(run.documents, session, run.theme);
    const outputs = await renderAll(fitted.documents, renderers, session, (name) =>
      options.progress?.({ stage: 'rendered', name }),
    );
    mark('rendered');
    const blocked = session.blocked.size ? [blockedWarning(run, [...session.blocked], options.theme)] : [];
    if (options.strict && blocked.length) throw strictError(run.loaded, blocked);
    return {
      outputs,
      warnings: [...run.warnings, ...blocked],
      notes: [...run.notes, ...fitted.notes],
      watchDir: run.theme.watchDir,
    };
  } finally {
    session.close();
  }
}

/** `render()`, then every output written at once into `outDir`: all or nothing. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const { outputs, ...result } = await render(options);
  const written = writeOutputs(outputs.map((o) => ({ path: join(options.outDir, o.name), data: o.bytes })));
  mark('written');
  options.progress?.({ stage: 'written', paths: written });
  return { ...result, written };
}

/** What tailoring keeps and drops for each document of the run, and why (--explain): loads and plans, renders
 * nothing. */
export async function explain(options: RenderOptions): Promise<{ stem: string; decisions: Decision[] }[]> {
  const { resume } = await load(options, { theme: options.theme, locale: options.locale });
  return plan(resume, options).map(({ target, decisions }) => ({ stem: target.stem, decisions }));
}

function strictError(loaded: Loaded, warnings: Diagnostic[]): UserError {
  const n = warnings.length;
  return new UserError(
    `${n} problem${n === 1 ? '' : 's'} in ${loaded.source.name}`,
    warnings.map(({ severity: _, ...d }) => ({ ...d, message: `${d.message} (an error under --strict)` })),
  );
}

/** What the page asked for and did not get (a theme's web fonts, icons), as one warning: the count and the hosts,
 * at meta.theme when the theme is named there, else without a place (it came from --theme). */
function blockedWarning(run: Prepared, urls: string[], flag: string | undefined): Diagnostic {
  const hostOf = (url: string) => {
    try {
      return new URL(url).host || url.split(':')[0];
    } catch {
      return url;
    }
  };
  const hosts = [...new Set(urls.map(hostOf))].sort();
  const n = urls.length;
  const message = `the theme ${run.theme.name} asked for ${n} resource${n === 1 ? '' : 's'} from ${hosts.join(', ')}; none was loaded (the page loads nothing from the network or disk), so its web fonts and icons fall back to the browser's`;
  const { source, resume } = run.loaded;
  const metaTheme = flag ? undefined : resume.meta?.theme;
  const at = warningAt(source, message, metaTheme === undefined ? 0 : source.text.indexOf(metaTheme));
  if (metaTheme === undefined) return { ...at, path: '--theme', source: undefined };
  return { ...at, path: 'meta.theme' };
}
