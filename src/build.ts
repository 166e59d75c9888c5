// The build: load once, then tailor → prepare → render for every target and format, then write it all at once.
import { join } from 'node:path';
import { loadResume } from './core/load.js';
import { type Output, writeOutputs } from './core/output.js';
import { type Paper, prepareResume, shownText, type ViewModel } from './core/prepare.js';
import type { Resume } from './core/resume-types.js';
import { inputError, type Source } from './core/source.js';
import { type Decision, type Selection, tailorResume } from './core/tailor.js';
import { type Diagnostic, UsageError, UserError } from './errors.js';
import { fitToPages } from './render/fit.js';
import { uncovered } from './render/fonts.js';
import { renderHtml } from './render/html/index.js';
import { toJsonResume } from './render/json/index.js';
import { BrowserSession } from './render/pdf/browser.js';
import { discoverBrowser } from './render/pdf/discover.js';
import { withPagePolicy } from './render/pdf/isolation.js';
import { listThemes, type Theme, themeForBuild } from './render/theme.js';
import { themePackageNote } from './render/theme-package.js';
import { resolveTokens } from './render/tokens.js';
import type { RenderContext, Renderer } from './render/types.js';
import { mark } from './timings.js';

export interface BuildOptions {
  file: string;
  /** The formats to write (see render/registry.ts: selectRenderers reads a --format list). */
  renderers: readonly Renderer[];
  outDir: string;
  theme?: string;
  paper?: Paper;
  /** Language of titles, "Present" and month names (default meta.locale, else en). */
  locale?: string;
  tags?: string[];
  excludeTags?: string[];
  variant?: string;
  allVariants?: boolean;
  /** Output file name without extension, for a single target. */
  name?: string;
  /** Every warning is an error. */
  strict?: boolean;
  /** Leave out everything marked private (entries, bullets, basics.privateFields). */
  public?: boolean;
  /** Fit every résumé on at most this many pages (a variant's maxPages applies to it otherwise). */
  maxPages?: number;
  /** Told what the build is doing: a stage finished, or one output rendered (for a progress display). */
  progress?: (event: ProgressEvent) => void;
  /** Starts (or returns the already started) browser; called only if a format needs it. By default the build
   * finds one, starts it on first use and stops it at the end. */
  browser?: () => BrowserSession;
}

export type ProgressEvent =
  | { stage: 'validated'; outputs: number }
  | { stage: 'rendered'; path: string }
  | { stage: 'written'; paths: string[] };

/** What chooses the résumés a build makes. */
export type TargetOptions = Pick<
  BuildOptions,
  'tags' | 'excludeTags' | 'variant' | 'allVariants' | 'name' | 'public'
>;

export interface Target {
  stem: string;
  selection: Selection;
}

export interface BuildResult {
  written: string[];
  /** What the build did on its own accord (fitted a résumé to its pages), for the user to know. */
  notes: string[];
  /** Warnings about the input (guesses, things left out), at file:line:col: the caller shows them its way. */
  warnings: Diagnostic[];
  /** The folder of the user's theme it used, if any (watch rebuilds when it changes). */
  themeDir?: string;
}

/** Which résumés a build makes: the full one, a tag selection, one variant, or all variants. */
export function buildTargets(resume: Resume, options: TargetOptions): Target[] {
  const common = { tags: options.tags, excludeTags: options.excludeTags, public: options.public };
  // Outputs are named after the whole selection, so a tailored build never overwrites another one.
  const suffix = [
    ...(options.tags ?? []),
    ...(options.excludeTags?.length ? ['without', ...options.excludeTags] : []),
    ...(options.public ? ['public'] : []),
  ].join('-');
  const named = (stem: string) => (suffix ? `${stem}-${suffix}` : stem);
  if (options.allVariants) {
    if (options.variant) throw new UsageError('one variant and all variants cannot be built together');
    if (options.name) throw new UsageError('a name names one output; it cannot be used for all variants');
    const variants = Object.entries(resume.variants ?? {});
    if (variants.length === 0)
      throw new UsageError('all variants: this résumé defines no variants (add a variants: map)');
    const targets = [
      { stem: named('resume'), selection: common },
      ...variants.map(([name, v]) => ({
        stem: named(v.output ?? `resume-${name}`),
        selection: { ...common, variant: name },
      })),
    ];
    const stems = targets.map((t) => t.stem);
    const clash = stems.find((stem, i) => stems.indexOf(stem) !== i);
    if (clash) throw new UserError(`two outputs would be named "${clash}": give each variant its own output`);
    return targets;
  }
  if (options.variant) {
    const v = resume.variants?.[options.variant];
    return [
      {
        stem: options.name ?? named(v?.output ?? `resume-${options.variant}`),
        selection: { ...common, variant: options.variant },
      },
    ];
  }
  return [{ stem: options.name ?? named('resume'), selection: common }];
}

/** Tailors every target; throws on a bad selection before anything is rendered. */
export function planBuild(resume: Resume, options: TargetOptions) {
  return buildTargets(resume, options).map((target) => ({
    target,
    ...tailorResume(resume, target.selection),
  }));
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  mark('program loaded');
  const { renderers } = options;
  const { source, resume, photo, fonts, warnings } = await loadResume(options.file, {
    themes: listThemes(),
    strict: options.strict,
  });
  mark('validated');
  const theme = await themeForBuild(options.theme, resume.meta?.theme, options.file);
  if (theme.kind === 'package' && resume.meta?.design) {
    // Its look is its own: our design settings reach only the formats it does not make.
    const message = `meta.design does not reach the HTML and PDF of ${theme.name}, a JSON Resume theme with its own look; the DOCX follows it`;
    const at = inputError(source.name, message, {
      text: source.text,
      offset: Math.max(0, source.text.search(/["']?design["']?\s*:/)),
    }).diagnostics[0] as Diagnostic;
    warnings.push({ ...at, path: 'meta.design', severity: 'warning' });
  }
  const plan = planBuild(resume, options);
  const prepared = plan.map(({ target, variant, resume: tailored }) => ({
    target,
    maxPages: options.maxPages ?? variant?.maxPages,
    view: prepareResume(tailored, {
      paper: options.paper,
      locale: options.locale,
      photo,
      fonts,
      dateFormat: theme.tokens.dateFormat,
    }),
  }));
  options.progress?.({ stage: 'validated', outputs: prepared.length * renderers.length });
  const glyphs = glyphWarnings(
    source,
    prepared.map((p) => p.view),
    theme,
  );
  if (options.strict && glyphs.length) {
    const n = glyphs.length;
    throw new UserError(
      `${n} problem${n === 1 ? '' : 's'} in ${source.name}`,
      glyphs.map(({ severity: _, ...d }) => ({ ...d, message: `${d.message} (an error under --strict)` })),
    );
  }
  warnings.push(...glyphs);

  const htmlCache = new WeakMap<ViewModel, Promise<string>>();
  const printed = new Map<string, Promise<Uint8Array>>();
  const blocked = new Set<string>();
  let own: BrowserSession | undefined;
  const browser = options.browser ?? (() => (own ??= BrowserSession.start(discoverBrowser())));
  const ctx: RenderContext = {
    theme,
    html(view) {
      let html = htmlCache.get(view);
      if (html === undefined) {
        // A JSON Resume theme draws the tailored résumé as JSON Resume; ours draw the view model.
        html = (
          theme.kind === 'package'
            ? theme.package.render(toJsonResume(view.resume))
            : Promise.resolve(renderHtml(view, theme))
        ).then((page) => (theme.kind === 'folder' && theme.builtin ? page : withPagePolicy(page)));
        htmlCache.set(view, html);
      }
      return html;
    },
    async print(view) {
      const html = await this.html(view);
      let pdf = printed.get(html);
      if (!pdf) {
        pdf = browser().printPdf(html, {
          paper: view.document.paper,
          ...(theme.kind === 'package' ? theme.package.print : {}),
          blocked: (urls) => {
            for (const url of urls) blocked.add(url);
          },
        });
        printed.set(html, pdf);
      }
      return pdf;
    },
  };
  // Every target × format renders concurrently; the browser session limits how many pages print at once.
  let outputs: Output[];
  const notes: string[] = theme.kind === 'package' ? [themePackageNote(theme.package)] : [];
  try {
    // Fitting comes first: every format then follows the sizes it chose.
    const views = await Promise.all(
      prepared.map(async ({ target, maxPages, view }) => {
        if (maxPages === undefined) return { target, view };
        if (theme.kind === 'package')
          throw new UsageError(
            `fitting to pages needs one of our themes: ${theme.name} is a JSON Resume theme, whose sizes are its own`,
          );
        const tokens = resolveTokens(theme.tokens, view.design);
        const start = { bodyPt: tokens.fontSize, leading: tokens.lineHeight, minBodyPt: tokens.minFontSize };
        const fitted = await fitToPages(view, ctx, maxPages, start, target.stem);
        if (fitted.note) notes.push(fitted.note);
        return { target, view: fitted.view };
      }),
    );
    outputs = await Promise.all(
      views.flatMap(({ target, view }) =>
        renderers.map(async (r) => {
          const path = join(options.outDir, `${target.stem}.${r.extension}`);
          const data = await r.render(view, ctx);
          options.progress?.({ stage: 'rendered', path });
          return { path, data };
        }),
      ),
    );
  } finally {
    own?.close();
  }
  mark('rendered');
  if (blocked.size)
    warnings.push(
      blockedWarning(source, theme, [...blocked], options.theme ? undefined : resume.meta?.theme),
    );
  const written = writeOutputs(outputs);
  mark('written');
  options.progress?.({ stage: 'written', paths: written });
  return {
    written,
    warnings,
    notes,
    themeDir: theme.kind === 'folder' && !theme.builtin ? theme.dir : undefined,
  };
}

/** What the page asked for and did not get (a theme's web fonts, icons), as one warning: the count and the hosts,
 * at meta.theme when the theme is named there (`metaTheme`), else without a place (it came from --theme). */
function blockedWarning(
  source: Source,
  theme: Theme,
  urls: string[],
  metaTheme: string | undefined,
): Diagnostic {
  const hostOf = (url: string) => {
    try {
      return new URL(url).host || url.split(':')[0];
    } catch {
      return url;
    }
  };
  const hosts = [...new Set(urls.map(hostOf))].sort();
  const n = urls.length;
  const message = `the theme ${theme.name} asked for ${n} resource${n === 1 ? '' : 's'} from ${hosts.join(', ')}; none was loaded (the page loads nothing from the network or disk), so its web fonts and icons fall back to the browser's`;
  const offset = metaTheme === undefined ? 0 : Math.max(0, source.text.indexOf(metaTheme));
  const at = inputError(source.name, message, { text: source.text, offset }).diagnostics[0] as Diagnostic;
  if (metaTheme === undefined) return { ...at, path: '--theme', source: undefined, severity: 'warning' };
  return { ...at, path: 'meta.theme', severity: 'warning' };
}

/** A character no font of the theme draws is a warning at its first place in the source. */
function glyphWarnings(source: Source, views: ViewModel[], theme: Theme): Diagnostic[] {
  if (theme.kind === 'package') return [];
  const text = views.map(shownText).join('');
  return uncovered(theme.fontFaces, text).map((ch) => {
    const code = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    const message = `no font of the theme draws "${ch}" (${code}): the PDF may show it from another font or as an empty box`;
    const where = inputError(source.name, message, {
      text: source.text,
      offset: Math.max(0, source.text.indexOf(ch)),
    });
    return { ...(where.diagnostics[0] as Diagnostic), severity: 'warning' as const };
  });
}

export async function explainBuild(
  options: TargetOptions & Pick<BuildOptions, 'file'>,
): Promise<{ stem: string; decisions: Decision[] }[]> {
  const { resume } = await loadResume(options.file, { themes: listThemes() });
  return planBuild(resume, options).map(({ target, decisions }) => ({ stem: target.stem, decisions }));
}
