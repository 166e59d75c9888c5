// `resume check` end to end: the same stages as the build (load → plan → prepare, same theme, same date format)
// give what each output must hold; each output is read back by its own format's renderer.
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { UsageError, UserError } from '../errors.js';
import type { Document } from '../pipeline/prepare.js';
import { build, prepareRun, type RenderOptions } from '../pipeline/run.js';
import { formatNames, rendererFor } from '../render/registry.js';
import { type CheckedOutput, checkRead, type Expected } from './index.js';

export interface CheckOptions extends RenderOptions {
  /** The files to read back; none builds every format into a scratch folder and checks those. */
  outputs: string[];
}

export async function checkOutputs(options: CheckOptions): Promise<CheckedOutput[]> {
  // With no locale named, every language of the résumé is planned, and each output is read against its own
  // language's text, known by its name (resume.de.pdf).
  const scratchBuild = options.outputs.length === 0;
  const asked = {
    ...options,
    allLocales: options.locale === undefined,
    name: scratchBuild ? 'resume' : options.name,
  };
  const run = await prepareRun(asked);
  if (run.documents.length === 0) throw new UserError('nothing to check');
  const expected = (file: string): Expected => {
    const stem = basename(file).replace(/\.[^.]+$/, '');
    const document = run.documents.find((d) => d.stem === stem) ?? (run.documents[0] as Document);
    return { view: document.view, laidOut: run.theme.readingOrder(document.view) };
  };
  if (!scratchBuild) return Promise.all(options.outputs.map((f) => checkFile(f, expected(f), options.file)));
  const scratch = mkdtempSync(join(tmpdir(), 'resume-check-'));
  try {
    const { written } = await build({ ...asked, formats: ['all'], outDir: scratch });
    return await Promise.all(written.map((f) => checkFile(f, expected(f), options.file)));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function checkFile(
  file: string,
  expected: Expected,
  source: string | undefined,
): Promise<CheckedOutput> {
  const renderer = rendererFor(file);
  if (!renderer)
    throw new UsageError(
      `${file}: not an output this tool writes (${formatNames()
        .map((f) => `.${f}`)
        .join(', ')})`,
    );
  if (source && source !== '-' && samePath(file, source))
    throw new UsageError(
      `${file} is the résumé itself: name the outputs to check, and the résumé with --resume`,
    );
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    throw new UserError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return checkRead(file, await renderer.read(bytes), renderer, expected);
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}
