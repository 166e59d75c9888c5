// Which version went where: a build tailored to a posting writes <name>.manifest.json beside its outputs, in the
// same all-or-nothing write: the tool's version, the résumé's hash (and git commit when it is in a repository),
// the posting's file and hash, the selection, the score, what was left out, each output's hash, and the date.
// `resume history` lists them.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { buildTime } from '../core/build-time.js';
import type { Output } from '../core/output.js';
import { type Source, STDIN } from '../core/source.js';
import type { Selection } from '../core/tailor.js';
import { UserError } from '../errors.js';
import { packageVersion } from '../paths.js';
import type { Job } from './job.js';
import type { RenderedOutput } from './render.js';

/** What a run knows of a document it tailored to a posting. */
export interface JobRecord {
  stem: string;
  job: Job;
  source: Source;
  selection: Selection & { maxPages?: number; keepOrder?: boolean; emphasize?: boolean };
  /** The match score of what the document shows. */
  score: number;
  /** What tailoring and the page budget left out (the source's paths). */
  dropped: string[];
  /** The packet (application-<letter>) the document was joined into, which has its own manifest. */
  packet?: string;
}

export interface Manifest {
  name: string;
  date: string;
  tool: { name: string; version: string };
  resume: { file: string; sha256: string; git?: { commit: string; dirty: boolean } };
  posting: { file: string; sha256: string; title?: string; company?: string };
  score: number;
  selection: JobRecord['selection'];
  dropped: string[];
  outputs: { file: string; sha256: string }[];
}

/** How a manifest's name ends: <the outputs' name>.manifest.json. */
export const MANIFEST = '.manifest.json';

export const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** The manifests of a tailored document: one for its own outputs, one for the packet it was joined into. A run
 * that wrote none of its outputs (a letter's, which prints the résumé only for its packet) writes none for them,
 * so the manifest its build wrote stays as it was. */
export function manifestFiles(
  record: JobRecord,
  outputs: readonly RenderedOutput[],
  outDir: string,
  now = buildTime(),
): Output[] {
  return [record.stem, ...(record.packet ? [record.packet] : [])].flatMap((name) => {
    // Its own outputs only: resume-acme.de.pdf is the German record's, not resume-acme's.
    const listed = outputs.filter((o) => o.name.slice(0, o.name.lastIndexOf('.')) === name);
    return listed.length ? [manifestFile(record, name, listed, outDir, now)] : [];
  });
}

function manifestFile(
  record: JobRecord,
  name: string,
  outputs: readonly RenderedOutput[],
  outDir: string,
  now: Date,
): Output {
  const { source, job } = record;
  const file = source.path !== STDIN && existsSync(source.path) ? source.path : undefined;
  const git = file ? gitState(file) : undefined;
  const { posting } = job.analysis;
  const manifest: Manifest = {
    name,
    date: now.toISOString(),
    tool: { name: 'resume', version: packageVersion() },
    resume: {
      file: source.path,
      sha256: sha256(file ? readFileSync(file) : source.text),
      ...(git && { git }),
    },
    posting: { file: job.file, sha256: job.sha256, title: posting.title, company: posting.company },
    score: record.score,
    selection: record.selection,
    dropped: record.dropped,
    outputs: outputs.map((o) => ({ file: o.name, sha256: sha256(o.bytes) })),
  };
  return {
    path: join(outDir, `${name}${MANIFEST}`),
    data: `${JSON.stringify(manifest, null, 2)}\n`,
  };
}

/** The commit the résumé's repository is at, and whether the file differs from it; nothing outside a repository,
 * before its first commit, or without git. One git process tells both. */
function gitState(file: string): { commit: string; dirty: boolean } | undefined {
  let status: string;
  try {
    status = execFileSync(
      'git',
      ['-C', dirname(resolve(file)), 'status', '--porcelain=v2', '--branch', '--', basename(file)],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 },
    );
  } catch {
    return undefined;
  }
  const commit = /^# branch\.oid ([0-9a-f]{7,64})$/m.exec(status)?.[1];
  return commit ? { commit, dirty: /^[^#]/m.test(status) } : undefined;
}

/** The manifests in a folder and its subfolders (a batch build writes out/<stem>/), newest first; files that are
 * not manifests of ours are named in `problems`. */
export function readManifests(dir: string): {
  manifests: (Manifest & { path: string })[];
  problems: string[];
} {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UserError(`${dir}: no such folder (build with --job to write manifests there)`);
  const files = readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.isFile() && d.name.endsWith(MANIFEST)) return [join(dir, d.name)];
    if (!d.isDirectory()) return [];
    return readdirSync(join(dir, d.name))
      .filter((name) => name.endsWith(MANIFEST))
      .map((name) => join(dir, d.name, name));
  });
  const manifests: (Manifest & { path: string })[] = [];
  const problems: string[] = [];
  for (const path of files) {
    try {
      const data = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
      if (typeof data?.date !== 'string' || typeof data.name !== 'string') throw new Error('not a manifest');
      manifests.push({ ...data, path });
    } catch {
      problems.push(`${path}: not a manifest this tool wrote; skipped`);
    }
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  manifests.sort((a, b) => cmp(b.date, a.date) || cmp(a.path, b.path));
  return { manifests, problems };
}
