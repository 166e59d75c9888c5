import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root folder, whether running from src/ (tests) or the bundled dist/. */
export const packageRoot: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the resume program');
    dir = parent;
  }
  return dir;
})();

export const templatesDir = join(packageRoot, 'templates');

function packageJson(): { name: string; version: string } {
  return JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'));
}

/** This program's version, from its package.json. */
export function packageVersion(): string {
  return packageJson().version;
}

/** Where a résumé's editor finds the schema: the published package's copy for this major version (the `$id` in
 * schema/resume.schema.json), which survives moving, committing and upgrading, unlike a path into an install. */
export function schemaUrl(): string {
  const { name, version } = packageJson();
  return `https://cdn.jsdelivr.net/npm/${name}@${version.split('.')[0]}/schema/resume.schema.json`;
}

/** The per-user cache: $XDG_CACHE_HOME/resume, else ~/.cache/resume. A relative XDG_CACHE_HOME is invalid and
 * ignored, as the XDG specification says (it would unpack 190 MB into whatever folder the build runs in). */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.cache'), 'resume');
}
