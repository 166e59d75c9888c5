// Job postings, read for tailoring (build --job, a variant's job:) and for `resume match`: from their files, checked
// like the résumé (UTF-8, a size limit), hashed for the manifest, and analysed with the résumé's own aliases. The
// matching code (stopword lists, stemmers) loads only when a run has a posting.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Resume } from '../core/resume-types.js';
import { decodeText, inputError, MAX_SOURCE_BYTES, type Source } from '../core/source.js';
import { UserError } from '../errors.js';
import type {
  MatchOptions,
  MatchReport,
  PostingAnalysis,
  Run,
  TailoringPlan,
  UnitScore,
} from '../match/index.js';
import type { JobRef } from './plan.js';

export interface Job {
  /** The posting's file, as given (or as the résumé names it, relative to the résumé's folder). */
  file: string;
  /** Its name without extension, fit for a file name: names the outputs (resume-<stem>). */
  stem: string;
  sha256: string;
  analysis: PostingAnalysis;
  /** How relevant each part of a résumé is, and the orders and cuts that follow (the résumé's own paths). */
  plan(resume: Resume, options?: MatchOptions): TailoringPlan;
  report(resume: Resume, options?: MatchOptions): MatchReport;
  /** Any text, with the posting's terms marked (--emphasize, the report's page). */
  mark(text: string): Run[];
}

export type { MatchReport, Run, TailoringPlan, UnitScore };

/** Reads and analyses a posting. `path` is where to read it; `file` is how messages name it. */
export async function readJob(path: string, resume: Resume, file = path): Promise<Job> {
  const match = await import('../match/index.js');
  const bytes = readPostingFile(path, file);
  const posting = match.readPosting(decodeText(bytes, file), file);
  const analysis = match.analyzePosting(posting, { aliases: match.resumeAliases(resume) });
  return {
    file,
    stem: postingStem(file),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    analysis,
    plan: (r, options) => match.planTailoring(r, analysis, options),
    report: (r, options) => match.matchReport(r, analysis, options),
    mark: (text) => match.markText(analysis, text),
  };
}

/** The language a posting is written in, as its reader finds it (for load: see plan.ts postingLanguagesOf).
 * Undefined where the posting cannot be read: the run says why when it reads it. */
export async function postingLanguage(path: string): Promise<string | undefined> {
  try {
    const match = await import('../match/index.js');
    return match.readPosting(readPostingText(path), path).language;
  } catch (error) {
    if (error instanceof UserError) return undefined;
    throw error;
  }
}

/** A posting's text (UTF-8 or UTF-16, within the size limit), for a reader that wants its title and company only
 * (a letter's job:); what keeps it from being read is said as a posting's, named `file`. */
export function readPostingText(path: string, file = path): string {
  return decodeText(readPostingFile(path, file), file);
}

function readPostingFile(path: string, file: string): Buffer {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new UserError(`${file}: is a folder, not a job posting`);
    const size = stat.size;
    if (size > MAX_SOURCE_BYTES)
      throw new UserError(
        `${file}: ${(size / 1024 / 1024).toFixed(1)} MB is too big for a job posting (at most ${MAX_SOURCE_BYTES / 1024 / 1024} MB)`,
      );
    return readFileSync(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${file}: no such file (the job posting)`);
    throw new UserError(`${file}: cannot read the job posting (${code ?? String(error)})`);
  }
}

/** "postings/Acme Senior Engineer.md" → "Acme-Senior-Engineer": letters, digits, dots, dashes, underscores. */
export function postingStem(file: string): string {
  const stem = basename(file, extname(file))
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\p{M}._-]+/gu, '-')
    .replace(/^[-._]+|-+$/g, '');
  return stem || 'job';
}

/** The postings the targets are tailored to, each read once, by path. A variant's job: that cannot be read is an
 * error at its line in the résumé. */
export async function readJobs(
  refs: readonly (JobRef | undefined)[],
  resume: Resume,
  source: Source,
): Promise<Map<string, Job>> {
  const jobs = new Map<string, Job>();
  for (const ref of refs) {
    if (!ref || jobs.has(ref.path)) continue;
    try {
      jobs.set(ref.path, await readJob(ref.path, resume, ref.file));
    } catch (error) {
      if (!(error instanceof UserError) || ref.variant === undefined || error.diagnostics.length) throw error;
      throw atVariantJob(error.message, ref, source);
    }
  }
  return jobs;
}

function atVariantJob(message: string, ref: JobRef, source: Source): UserError {
  const escaped = ref.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = new RegExp(`\\bjob["']?\\s*:\\s*["']?${escaped}`).exec(source.text);
  const offset = at ? at.index + at[0].length - ref.file.length : 0;
  const error = inputError(source.name, message, { text: source.text, offset });
  const [diagnostic] = error.diagnostics;
  return new UserError(message, diagnostic ? [{ ...diagnostic, path: `variants.${ref.variant}.job` }] : []);
}
