// `resume check` end to end: the same stages as the build (load → plan → prepare, same theme, same date format)
// give what each output must hold; each output is read back by its own format's renderer. With a letter, its
// outputs are checked against the letter.
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { UsageError, UserError } from '../errors.js';
import type { Document } from '../pipeline/prepare.js';
import { build, type Prepared, prepareRun, type RenderOptions } from '../pipeline/run.js';
import { readOutputBytes } from '../render/read-bounded.js';
import { formatNames, rendererFor } from '../render/registry.js';
import type { ReadBack, Renderer } from '../render/types.js';
import { type CheckedOutput, checkRead, type Expected } from './index.js';
import { checkLetterRead } from './letter.js';

export interface CheckOptions extends RenderOptions {
  /** The files to read back; none builds every format into a scratch folder and checks those. */
  outputs: string[];
}

type Check = (file: string, read: ReadBack, renderer: Renderer) => CheckedOutput;

export async function checkOutputs(options: CheckOptions): Promise<CheckedOutput[]> {
  const scratchBuild = options.outputs.length === 0;
  // With no locale named, every language of the résumé is planned, and each output is read against its own
  // language's text, known by its name (resume.de.pdf). A letter is checked in the one language it is built in.
  const asked: RenderOptions = {
    ...options,
    allLocales: options.locale === undefined && !options.letter,
    ...(scratchBuild && !options.letter ? { name: 'resume' } : {}),
  };
  const run = await prepareRun(asked);
  const check = checkerFor(run, scratchBuild);
  if (!scratchBuild)
    return Promise.all(options.outputs.map((f) => checkFile(f, check, options.file, Boolean(run.letter))));
  const scratch = mkdtempSync(join(tmpdir(), 'resume-check-'));
  try {
    const { written } = await build({
      ...asked,
      formats: ['all'],
      outDir: scratch,
      ...(run.letter ? { letterOnly: true, packet: false } : {}),
    });
    return await Promise.all(written.map((f) => checkFile(f, check, options.file, Boolean(run.letter))));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** What an output is compared with: the run's letter when it has one, else the résumé it was built as. A
 * letter's date is expected when the letter names one, or the outputs were built now. */
function checkerFor(run: Prepared, fresh: boolean): Check {
  if (run.letter) {
    const { document, dated } = run.letter;
    return (file, read, renderer) => checkLetterRead(file, read, renderer, document.view, dated || fresh);
  }
  if (run.documents.length === 0) throw new UserError('nothing to check');
  return (file, read, renderer) => checkRead(file, read, renderer, expectedFor(run, file));
}

/** The résumé an output was built as, known by its name (resume.de.pdf); else the first, the default language. */
function expectedFor(run: Prepared, file: string): Expected {
  const stem = basename(file).replace(/\.[^.]+$/, '');
  const document = run.documents.find((d) => d.stem === stem) ?? (run.documents[0] as Document);
  return { view: document.view, laidOut: run.theme.readingOrder(document.view) };
}

async function checkFile(
  file: string,
  check: Check,
  source: string | undefined,
  letter: boolean,
): Promise<CheckedOutput> {
  const renderer = rendererFor(file);
  if (!renderer)
    throw new UsageError(
      `${file}: not an output this tool writes (${formatNames()
        .map((f) => `.${f}`)
        .join(', ')})`,
    );
  if (letter && !renderer.renderLetter)
    throw new UsageError(
      `${file}: a letter is not made as .${renderer.extension}; check its html, pdf, docx, md or txt`,
    );
  if (source && source !== '-' && samePath(file, source))
    throw new UsageError(
      `${file} is the résumé itself: name the outputs to check, and the résumé with --resume`,
    );
  const bytes = new Uint8Array(readOutputBytes(file, renderer.extension));
  return check(file, await renderer.read(bytes, basename(file)), renderer);
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}
