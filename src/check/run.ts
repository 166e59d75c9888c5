// `resume check` end to end: the same stages as the build (load → plan → prepare, same theme, same date format)
// give what each output must hold; each output is read back by its own format's renderer. With a letter, its
// outputs are checked against the letter. An output that records how it was built (PDF, DOCX and HTML keep the
// selection, locale and theme in their metadata) is compared with that build; flags given on the command line win.
import { existsSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { scratchFolder } from '../core/processes.js';
import type { BuildRecord, ViewModel } from '../core/view.js';
import { UsageError, UserError } from '../errors.js';
import { MANIFEST, type Manifest, readManifests, sha256 } from '../pipeline/manifest.js';
import type { Document } from '../pipeline/prepare.js';
import { build, type Prepared, prepareRun, type RenderOptions } from '../pipeline/run.js';
import { readHtml } from '../render/html/read.js';
import { readOutputBytes } from '../render/read-bounded.js';
import { formatNames, rendererFor } from '../render/registry.js';
import type { ReadBack, Renderer } from '../render/types.js';
import { type CheckedOutput, checkRead, type Expected, type Finding } from './index.js';
import { checkLetterRead } from './letter.js';

export interface CheckOptions extends RenderOptions {
  /** The files to read back; none builds every format into a scratch folder and checks those. */
  outputs: string[];
}

type Check = (file: string, read: ReadBack, renderer: Renderer) => Promise<CheckedOutput>;

interface ReadOutput {
  file: string;
  renderer: Renderer;
  read: ReadBack;
}

export async function checkOutputs(options: CheckOptions): Promise<CheckedOutput[]> {
  if (options.outputs.length === 0) return checkFreshBuild(options);
  // Every output named must be one this run could make, before any is read.
  for (const file of options.outputs) {
    const renderer = outputRenderer(file, options.file);
    if (options.letter && !renderer.renderLetter)
      throw new UsageError(
        `${file}: a letter is not made as .${renderer.extension}; check its html, pdf, docx, md or txt`,
      );
  }
  const outputs = await Promise.all(options.outputs.map((f) => readOutput(f, options.file)));
  for (const o of outputs) refusePacket(o);
  // Markdown and text keep no metadata: an output of the same build beside them (same name) says how it was made.
  for (const o of outputs) o.read.build ??= await siblingRecord(o.file);
  const runs = new Map<string, Promise<Prepared>>();
  const source = sourceHash(options.file);
  return Promise.all(
    outputs.map(async (o) => {
      const manifest = manifestOf(o.file);
      const { dropped, ...tailoring } = tailoringOf(manifest, options);
      const selection = {
        ...selectionOf(o.read.build, options),
        ...tailoring,
        ...(await letterLocale(o, options)),
      };
      const key = JSON.stringify(selection);
      if (!runs.has(key)) runs.set(key, prepareRun(inEveryLanguage({ ...options, ...selection })));
      const run = await (runs.get(key) as Promise<Prepared>);
      const checked = await checkerFor(run, false, dropped)(o.file, o.read, o.renderer);
      const changed = sourceChanged(o.file, manifest, source);
      return changed ? { ...checked, findings: [changed, ...checked.findings] } : checked;
    }),
  );
}

/** The résumé is not the one the output was built from (its manifest records its SHA-256): what check then finds
 * missing is the edit, not a reader's loss, so it says so first. */
function sourceChanged(
  file: string,
  manifest: Partial<Manifest> | undefined,
  source: { file: string; sha256: string } | undefined,
): Finding | undefined {
  const { sha256: built, file: recorded } = manifest?.resume ?? {};
  if (typeof built !== 'string' || !source || source.sha256 === built) return undefined;
  const what =
    typeof recorded !== 'string' || samePath(recorded, source.file)
      ? `${source.file} changed since ${file} was built`
      : `${file} was built from ${recorded}, which differs from ${source.file} as it is now`;
  return { ok: false, what: `${what}: build again, then check` };
}

/** The résumé as it is now, hashed once for every output's manifest to be compared with. */
function sourceHash(file: string | undefined): { file: string; sha256: string } | undefined {
  if (!file || file === '-' || !existsSync(file)) return undefined;
  return { file, sha256: sha256(readFileSync(file)) };
}

/** A letter's outputs in a language other than the default are named for it (letter-acme.en.pdf, as the build
 * names them): read against that language when no --locale and no record of the build says one. */
async function letterLocale({ file, read }: ReadOutput, options: CheckOptions): Promise<{ locale?: string }> {
  if (!options.letter || options.locale !== undefined || read.build?.locale) return {};
  const { letterName } = await import('../pipeline/letter.js');
  const { stem } = letterName(options.letter.file);
  const own = basename(file).replace(/\.[^.]+$/, '');
  const locale = own.startsWith(`${stem}.`) ? own.slice(stem.length + 1) : '';
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(locale) ? { locale } : {};
}

const encoder = new TextEncoder();

/** A packet's name: application-<letter>.pdf (letter … --packet), its letter's outputs letter-<letter>.*. */
const PACKET = /^application(-.+)?\.pdf$/;

/** An application packet is two documents in one PDF, the letter then the résumé, each in the letter's language;
 * read as either alone it would lose the other. Its parts are checked as the files they are built as. A résumé's
 * PDF records its build, a packet does not: a résumé named application.pdf (--name) is read as one. */
function refusePacket({ file, renderer, read }: ReadOutput): void {
  const name = basename(file);
  const match = PACKET.exec(name);
  if (renderer.format !== 'pdf' || read.build || !match) return;
  const letter = packetLetter(dirname(file), match[1] ?? '');
  throw new UsageError(
    `${file} is an application packet (the letter, then the résumé, in one PDF), which check does not read as one document: ` +
      `check its parts as the files they are built as: resume check --letter LETTER.md ${letter} (resume letter LETTER.md writes it), and resume check on the résumé's PDF (resume build writes it)`,
  );
}

/** The letter a packet application-<name>.pdf was made from: letter-<name>.pdf, or for a packet named after its
 * résumé too (application-acme-harbor.pdf) the letter beside it whose name starts its name (letter-acme.pdf). */
function packetLetter(dir: string, name: string): string {
  const parts = name.split('-');
  for (let n = parts.length; n > 1; n--) {
    const letter = join(dir, `letter${parts.slice(0, n).join('-')}.pdf`);
    if (existsSync(letter)) return letter;
  }
  return join(dir, `letter${name}.pdf`);
}

/** With no locale named or recorded, every language of the résumé is planned, and each output is read against
 * its own language's text, known by its name (resume.de.pdf). A letter is checked in the one language it is
 * built in. */
function inEveryLanguage<T extends RenderOptions>(options: T): T {
  return { ...options, allLocales: options.locale === undefined && !options.letter };
}

/** No outputs named: every format built into a scratch folder, and read back. */
async function checkFreshBuild(options: CheckOptions): Promise<CheckedOutput[]> {
  const asked = inEveryLanguage({ ...options, ...(options.letter ? {} : { name: 'resume' }) });
  const run = await prepareRun(asked);
  const scratch = scratchFolder('resume-check');
  try {
    const { written, jobs } = await build({
      ...asked,
      formats: ['all'],
      outDir: scratch,
      ...(run.letter ? { letterOnly: true, packet: false } : {}),
    });
    // What the page budget dropped is what the build's manifest says (one document is built, so one record).
    const check = checkerFor(run, true, jobs[0]?.dropped);
    // The manifest a build tailored to a posting writes is a record, not an output.
    const made = written.filter((f) => !f.endsWith(MANIFEST));
    const outputs = await Promise.all(made.map((f) => readOutput(f, options.file)));
    return Promise.all(outputs.map((o) => check(o.file, o.read, o.renderer)));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** How an output of a build tailored to a posting (build --job) was tailored: its manifest, written beside it, names
 * the posting, read again, the page budget and order chosen, and what tailoring and the budget dropped. --job
 * given instead names the posting; the manifest still tells the rest when it names the same posting. Nothing for an
 * output of a plain build, or when its posting is no longer where it was. */
function tailoringOf(
  manifest: Partial<Manifest> | undefined,
  options: CheckOptions,
): Partial<RenderOptions> & { dropped?: string[] } {
  const posting = manifest?.posting?.file;
  if (typeof posting !== 'string' || !existsSync(posting)) return {};
  if (options.job !== undefined && !samePath(options.job, posting)) return {};
  const { keepOrder, emphasize, maxPages } = manifest?.selection ?? {};
  const { dropped } = manifest ?? {};
  return {
    job: posting,
    keepOrder: keepOrder === true,
    emphasize: emphasize === true,
    ...(Number.isInteger(maxPages) && (maxPages as number) > 0 ? { maxPages } : {}),
    ...(Array.isArray(dropped) && { dropped: dropped.filter((p) => typeof p === 'string') }),
  };
}

/** The manifest written beside an output, naming it; a manifest is a file like any other: edited by hand, it may
 * lack what this reads. */
export function manifestOf(file: string): Partial<Manifest> | undefined {
  const folder = dirname(resolve(file));
  if (!existsSync(folder)) return undefined;
  return readManifests(folder).manifests.find(
    (m) =>
      dirname(m.path) === folder &&
      Array.isArray(m.outputs) &&
      m.outputs.some((o) => o?.file === basename(file)),
  );
}

/** What an output is compared with: the run's letter when it has one, else the résumé it was built as. A
 * letter's date is expected when the letter names one, or the outputs were built now. */
function checkerFor(run: Prepared, fresh: boolean, dropped?: readonly string[]): Check {
  if (run.letter) {
    const { document, dated } = run.letter;
    return async (file, read, renderer) =>
      checkLetterRead(file, read, renderer, document.view, dated || fresh);
  }
  if (run.documents.length === 0) throw new UserError('nothing to check');
  return async (file, read, renderer) =>
    checkRead(file, read, renderer, await expectedOf(run, file, renderer, dropped));
}

/** What an output must hold: the résumé it was built as, known by its name (resume.de.pdf), else the first
 * (the default language), without the bullets its page budget dropped (the source's paths, as its manifest lists
 * them). */
async function expectedOf(
  run: Prepared,
  file: string,
  renderer: Renderer,
  dropped: readonly string[] = [],
): Promise<Expected> {
  const stem = basename(file).replace(/\.[^.]+$/, '');
  const document = run.documents.find((d) => d.stem === stem) ?? (run.documents[0] as Document);
  const view = fittedView(run, document, new Set(dropped));
  const selection = run.planned[0]?.target.selection ?? {};
  // A build of the whole résumé shows all of the source but what the load named; a selection leaves out more.
  // A source in several languages holds every language's text, which no one output shows.
  const whole =
    !selection.variant &&
    !selection.tags?.length &&
    !selection.excludeTags?.length &&
    !selection.public &&
    !run.loaded.editions.some((e) => e.language);
  const { parsed, omitted, dialect } = run.loaded;
  return {
    view,
    laidOut: run.theme.readingOrder(view),
    ...(!run.theme.supports.design &&
      renderer.reading === 'layout' && { ownPage: await ownPageOf(run, view) }),
    ...(whole && { source: { parsed, omitted, html: dialect === 'jsonresume', dropped } }),
  };
}

const ownPages = new WeakMap<ViewModel, Promise<string>>();

/** The text of the page a theme that draws its own way (a JSON Resume theme) makes of a view: drawn once for the
 * HTML and the PDF alike. */
function ownPageOf(run: Prepared, view: ViewModel): Promise<string> {
  let page = ownPages.get(view);
  if (!page) {
    page = run.theme.html(view).then(async (html) => (await readHtml(encoder.encode(html))).text);
    ownPages.set(view, page);
  }
  return page;
}

/** The view as the build fitted it to its pages: without as many of its least relevant bullets and entries, first
 * to go first, as the build dropped (the fit's sizes change no text). */
function fittedView(run: Prepared, document: Document, dropped: ReadonlySet<string>): ViewModel {
  const relevance = run.planned.find((p) => p.target.stem === document.stem)?.relevance;
  if (!document.cuts || !relevance || dropped.size === 0) return document.view;
  const order = document.cuts.order;
  const kept = order.findIndex((path) => !dropped.has(relevance.sourcePath(path)));
  return document.cuts.view(kept < 0 ? order.length : kept);
}

/** The selection an output was built with: the flags given, else what it records. */
function selectionOf(record: BuildRecord | undefined, options: CheckOptions): Partial<RenderOptions> {
  const flagged =
    options.variant !== undefined ||
    options.tags?.length ||
    options.excludeTags?.length ||
    options.public ||
    options.theme !== undefined ||
    options.locale !== undefined;
  if (flagged || !record) return {};
  return {
    variant: record.variant,
    tags: record.tags && [...record.tags],
    excludeTags: record.excludeTags && [...record.excludeTags],
    public: record.public,
    locale: record.locale,
    theme: record.theme,
  };
}

/** The renderer that reads an output back; what is not an output (the résumé itself, a YAML file, a manifest) is
 * refused. */
function outputRenderer(file: string, source: string | undefined): Renderer {
  if (file.endsWith(MANIFEST))
    throw new UsageError(`${file} is the build's manifest, not an output: check the outputs it lists`);
  const renderer = rendererFor(file);
  if (!renderer || /\.ya?ml$/i.test(file))
    throw new UsageError(
      `${file}: not an output this tool writes (${formatNames()
        .map((f) => `.${f}`)
        .join(
          ', ',
        )})${/\.(ya?ml|json)$/i.test(file) ? `; to check a résumé, name it with --resume ${file}` : ''}`,
    );
  if (source && source !== '-' && samePath(file, source))
    throw new UsageError(
      `${file} is the résumé itself: check --resume ${file} builds it and reads every format back (or name its outputs)`,
    );
  return renderer;
}

async function readOutput(file: string, source: string | undefined): Promise<ReadOutput> {
  const renderer = outputRenderer(file, source);
  // Read within bounds: a crafted file cannot cost gigabytes.
  const bytes = new Uint8Array(readOutputBytes(file, renderer.extension));
  return { file, renderer, read: await renderer.read(bytes, basename(file)) };
}

/** The build record of an output with the same name in the same folder (the HTML, else the DOCX, else the PDF). */
async function siblingRecord(file: string): Promise<BuildRecord | undefined> {
  const stem = file.replace(/\.[^./\\]+$/, '');
  for (const extension of ['html', 'docx', 'pdf']) {
    const sibling = `${stem}.${extension}`;
    if (sibling === file || !existsSync(sibling)) continue;
    const record = (await readOutput(sibling, undefined)).read.build;
    if (record) return record;
  }
  return undefined;
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}
