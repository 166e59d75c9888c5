// The stages in order: load → plan → prepare → fit → render → write. `render()` runs all but the last and writes
// nothing; `build()` is `render()` plus the atomic write. `check`, `watch`/`serve` and the library run these same
// functions, so nothing can drift between them.
import { join } from 'node:path';
import { languageNote } from '../core/language.js';
import { writeOutputs } from '../core/output.js';
import type { Decision } from '../core/tailor.js';
import { type Diagnostic, UsageError, UserError } from '../errors.js';
import { isLetter } from '../letter/view.js';
import type { BrowserSession } from '../render/pdf/browser.js';
import { selectRenderers } from '../render/registry.js';
import { listThemes, type Theme, themeForBuild } from '../render/theme.js';
import { mark } from '../timings.js';
import { letEventsIn } from './events.js';
import { fitPages, spillHints } from './fit.js';
import { readJobs } from './job.js';
import type { LetterChoice } from './letter.js';
import { type Loaded, type LoadInput, type LoadOptions, load } from './load.js';
import { type JobRecord, manifestFiles } from './manifest.js';
import { type Choice, type PlannedDocument, plan, postingLanguagesOf, targets } from './plan.js';
import {
  type AnyDocument,
  type Document,
  type LetterDocument,
  type Presentation,
  prepare,
  warningAt,
} from './prepare.js';
import { scoredDecisions } from './relevance.js';
import { type RenderedOutput, renderAll, renderPacket, renderSession } from './render.js';

export interface RenderOptions extends LoadInput, LoadOptions, Choice, Presentation, LetterChoice {
  /** Format names (html, pdf, docx, md, txt, json) or `all`; default all but json. */
  formats?: readonly string[];
  /** A built-in theme, a theme folder (./path) or a JSON Resume theme package (default meta.theme, else classic). */
  theme?: string;
  /** Told what the run is doing: a stage finished, or one output rendered (for a progress display). */
  progress?: (event: ProgressEvent) => void;
  /** Starts (or returns the already started) browser; called only if a format needs it. By default the run
   * finds one, starts it on first use and stops it at the end. */
  browser?: () => BrowserSession;
  /** Told, once the theme is known, the fonts its pages most likely draw with (see Theme.likelyFaces): for a
   * browser started already to load them ahead of the first page. */
  preloadFonts?: (css: () => string) => void;
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
  /** The documents tailored to a job posting: what their manifests say. */
  jobs: JobRecord[];
}

export interface BuildOptions extends RenderOptions {
  /** The folder the outputs are written into (created if missing). */
  outDir: string;
  /** Asked just before anything is written: false when the inputs changed while the build ran (a watch), so its
   * outputs would be stale; the build then writes nothing and throws SupersededBuild. */
  current?: () => boolean;
}

/** A build whose inputs changed while it ran: it wrote nothing, and a newer build follows. */
export class SupersededBuild extends Error {
  constructor() {
    super('the inputs changed while the build ran');
  }
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
  /** The run's cover letter, when it makes one; the packet's name when one is asked for; whether the letter names
   * its date (else it carries the day it is built, which a later check cannot expect). */
  letter?: { document: LetterDocument; packet?: string; dated: boolean };
  warnings: Diagnostic[];
  /** What the run chose on its own accord (the document's language), for the user to know. */
  notes: string[];
}

export async function prepareRun(options: RenderOptions): Promise<Prepared> {
  // The letter's code, and the YAML library its front matter is read with, load only for a run that makes one.
  const letters = options.letter ? await import('./letter.js') : undefined;
  const loaded = await load(options, {
    ...options,
    // A letter is in the language its text is written in; one it cannot tell, in the résumé's, as its author most
    // likely wrote it: never the posting's, which would head a French letter with an English letterhead.
    postingLanguages: letters ? undefined : postingLanguagesOf(options),
    letterLocale: await letters?.letterLocaleOf(options),
    parsed: (data) => preloadNamedTheme(options, data),
  });
  // A letter is written in one language: the résumé's of the run.
  if (options.letter && loaded.editions.length > 1)
    throw new UsageError(
      options.allLocales
        ? 'a letter is made in one language: name it with --locale, not --all-locales'
        : `a letter is made in one language, and the variants' postings are in ${loaded.editions.map((e) => e.language).join(' and ')}: name one with --locale`,
    );
  const edition = loaded.editions[0];
  const letter = options.letter && (await letters?.loadLetter(options.letter, edition));
  mark('validated');
  const theme = await themeForBuild(options.theme, loaded.resume.meta?.theme, options.file ?? '-');
  options.preloadFonts?.(() => theme.likelyFaces());
  const planned = await planRun(loaded, options);
  // No locale given: the document's own language, when its text or meta.languages shows it.
  const { language } = loaded;
  const presentation = language ? { ...options, locale: language.locale } : options;
  await letEventsIn();
  const { documents, warnings } = prepare(planned, loaded, theme, presentation);
  await letEventsIn();
  let prepared: Prepared['letter'];
  const letterNotes: string[] = [];
  if (letter && options.letter && letters) {
    const renderers = selectRenderers((options.formats ?? ['all']).join(','));
    const plannedLetter = letters.planLetter(options.letter, options, planned, renderers, letter.suffix);
    const resume = planned[0] as PlannedDocument;
    const flagged = options.locale !== undefined;
    const written = await letters.letterLanguage(letter, resume, loaded, { ...presentation, flagged });
    const made = letters.prepareLetterDocument(letter, plannedLetter, resume, loaded, theme, {
      ...presentation,
      locale: written.locale,
    });
    warnings.push(...made.warnings);
    if (written.note) letterNotes.push(written.note);
    prepared = {
      document: made.document,
      ...(plannedLetter.packet ? { packet: plannedLetter.packet } : {}),
      dated: letter.file.fields.date !== undefined,
    };
  }
  if (options.strict && warnings.length) throw strictError(loaded, warnings);
  const notes = [
    ...(language ? [languageNote(language)] : []),
    ...postingNotes(loaded, planned),
    ...letterNotes,
  ];
  const all = [...loaded.warnings, ...warnings];
  return { loaded, theme, planned, documents, letter: prepared, warnings: all, notes };
}

/** Where résumés of one run are built in several languages, each its posting's (--all-variants, no locale asked):
 * which are built in another language than the default, in the line a build in one language says it. */
function postingNotes(loaded: Loaded, planned: PlannedDocument[]): string[] {
  if (loaded.editions.length < 2) return [];
  return loaded.editions.flatMap(({ chosenBy, locale }) => {
    const stems = planned.filter((p) => p.locale === locale).map((p) => p.target.stem);
    if (chosenBy !== 'posting' || !locale || !stems.length) return [];
    return [`${stems.join(', ')}: ${languageNote({ locale, from: 'posting' })}`];
  });
}

/** The fonts of the built-in theme the document names (or of classic), handed to the printer while the document
 * is checked and its page made (see RenderOptions.preloadFonts). A theme of the user's waits for the check. */
function preloadNamedTheme(options: RenderOptions, data: unknown): void {
  const { preloadFonts } = options;
  const named = (data as { meta?: { theme?: unknown } } | null)?.meta?.theme;
  const ref = options.theme ?? (typeof named === 'string' ? named : 'classic');
  if (!preloadFonts || !listThemes().includes(ref)) return;
  themeForBuild(ref, undefined, options.file ?? '-').then(
    (theme) => preloadFonts(() => theme.likelyFaces()),
    () => {},
  );
}

/** What the run fits and renders: the letter first (the packet's order, and the page a preview shows), then the
 * résumés, which a letter alone renders only for its packet. */
function documentsOf(run: Prepared, options: RenderOptions): AnyDocument[] {
  const resumes = options.letterOnly && !run.letter?.packet ? [] : run.documents;
  return [...(run.letter ? [run.letter.document] : []), ...resumes];
}

function resumesOf(documents: AnyDocument[]): Document[] {
  return documents.filter((d): d is Document => !isLetter(d.view));
}

/** The run's documents, tailored, with the postings they are tailored to read first. */
async function planRun(loaded: Loaded, choice: Choice): Promise<PlannedDocument[]> {
  const refs = targets(loaded.resume, choice, loaded.baseDir).map((t) => t.job);
  const jobs = await readJobs(refs, loaded.resume, loaded.source);
  if (jobs.size) mark('postings read');
  return plan(loaded.editions, choice, jobs, loaded.baseDir);
}

/** Every output of the run, in memory; nothing is written. */
export async function render(options: RenderOptions): Promise<RenderResult> {
  const renderers = selectRenderers((options.formats ?? ['all']).join(','));
  const run = await prepareRun(options);
  const letterFormats = run.letter ? renderers.filter((r) => r.renderLetter).length : 0;
  const resumeFormats = options.letterOnly ? 0 : run.documents.length * renderers.length;
  options.progress?.({
    stage: 'validated',
    outputs: letterFormats + resumeFormats + (run.letter?.packet ? 1 : 0),
  });
  const session = renderSession(run.theme, options.browser);
  try {
    const fitted = await fitPages(documentsOf(run, options), session, run.theme);
    const written = options.letterOnly ? fitted.documents.filter((d) => isLetter(d.view)) : fitted.documents;
    const rendered = (name: string) => options.progress?.({ stage: 'rendered', name });
    const outputs = await renderAll(written, renderers, session, rendered);
    if (run.letter?.packet)
      outputs.push(await renderPacket(run.letter.packet, fitted.documents, session, rendered));
    mark('rendered');
    const blocked = session.blocked.size ? [blockedWarning(run, [...session.blocked], options.theme)] : [];
    if (options.strict && blocked.length) throw strictError(run.loaded, blocked);
    return {
      outputs,
      warnings: [...run.warnings, ...blocked],
      notes: [
        ...(run.theme.note ? [run.theme.note] : []),
        ...run.notes,
        ...fitted.notes,
        ...spillHints(resumesOf(fitted.documents), outputs, run.theme),
      ],
      watchDir: run.theme.watchDir,
      jobs: jobRecords(run, resumesOf(fitted.documents), options),
    };
  } finally {
    session.close();
  }
}

/** What each document tailored to a posting shows, for its manifest: its score, and what was left out. */
function jobRecords(run: Prepared, documents: Document[], choice: Choice): JobRecord[] {
  return run.planned.flatMap(({ target, resume, decisions, maxPages, relevance }) => {
    if (!relevance) return [];
    const cut = new Set(documents.find((d) => d.stem === target.stem)?.dropped ?? []);
    const { keepOrder, emphasize } = choice;
    return [
      {
        stem: target.stem,
        ...(run.letter?.packet ? { packet: run.letter.packet } : {}),
        job: relevance.job,
        source: run.loaded.source,
        selection: { ...target.selection, maxPages, keepOrder, emphasize },
        score: relevance.job.report(resume, { isIncluded: (path) => !cut.has(path) }).score,
        dropped: [
          ...decisions.filter((d) => !d.kept).map((d) => d.path),
          ...[...cut].map(relevance.sourcePath),
        ],
      },
    ];
  });
}

/** `render()`, then every output written at once into `outDir`, with the manifests of documents tailored to a
 * posting: all or nothing. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const { outputs, ...result } = await render(options);
  if (options.current && !options.current()) throw new SupersededBuild();
  const manifests = result.jobs.flatMap((record) => manifestFiles(record, outputs, options.outDir));
  const written = writeOutputs([
    ...outputs.map((o) => ({ path: join(options.outDir, o.name), data: o.bytes })),
    ...manifests,
  ]);
  mark('written');
  options.progress?.({ stage: 'written', paths: written });
  return { ...result, written };
}

export interface Explained {
  stem: string;
  decisions: Decision[];
  /** The posting it is tailored to, and the match score of what it shows. */
  job?: { file: string; score: number };
  /** Why it would not fit its page budget, even without all it may drop (a build would fail). */
  overflow?: string;
}

/** What tailoring keeps and drops for each document of the run, and why (--explain): loads and plans, and renders
 * nothing, except that a posting and a page budget together need the prints that tell which bullets go. */
export async function explain(options: RenderOptions): Promise<Explained[]> {
  const loaded = await load(options, {
    theme: options.theme,
    locale: options.locale,
    allLocales: options.allLocales,
    postingLanguages: postingLanguagesOf(options),
  });
  const planned = await planRun(loaded, options);
  const fitted = planned.some((p) => p.relevance && p.maxPages !== undefined)
    ? await fittedCuts(loaded, planned, options)
    : { cut: new Map<string, string[]>(), overflows: new Map<string, string>() };
  return planned.map(({ target, decisions, relevance, resume, maxPages }) => {
    const overflow = fitted.overflows.get(target.stem);
    if (!relevance) return { stem: target.stem, decisions, ...(overflow ? { overflow } : {}) };
    const paths = fitted.cut.get(target.stem) ?? [];
    const reason = `among the least relevant: dropped to fit ${maxPages} page${maxPages === 1 ? '' : 's'}`;
    const dropped = new Set(paths);
    const score = relevance.job.report(resume, { isIncluded: (path) => !dropped.has(path) }).score;
    return {
      stem: target.stem,
      decisions: scoredDecisions(decisions, relevance, { paths, reason }),
      job: { file: relevance.job.file, score },
      ...(overflow ? { overflow } : {}),
    };
  });
}

/** The bullets and entries the page budget drops from each document (their tailored paths), from the prints,
 * and why a document would still not fit. */
async function fittedCuts(loaded: Loaded, planned: PlannedDocument[], options: RenderOptions) {
  const theme = await themeForBuild(options.theme, loaded.resume.meta?.theme, options.file ?? '-');
  const { documents } = prepare(planned, loaded, theme, options);
  const session = renderSession(theme, options.browser);
  try {
    const fitted = await fitPages(documents, session, theme, { explaining: true });
    return {
      cut: new Map(fitted.documents.map((d) => [d.stem, d.dropped ?? []])),
      overflows: fitted.overflows,
    };
  } finally {
    session.close();
  }
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
