// A theme folder's templates, over those of the theme it extends: its resume.hbs and letter.hbs (else the base's)
// and its partials over the base's. One reading, shared by the theme loader and the build script that precompiles the
// built-in themes, so the bundle's templates are the very ones the tests load. Node built-ins only.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from '../core/limits.js';
import { ReadRefused, readFileSafely } from '../core/safe-read.js';
import { UserError } from '../errors.js';

export interface ThemeSources {
  main: string;
  partials: Record<string, string>;
  /** The letter's page (letter.hbs), which a theme may leave out. */
  letter?: string;
}

/** `read` takes a path inside the folder and returns the file's text (or throws, naming it). */
export function templateSources(
  dir: string,
  base: ThemeSources | undefined,
  read: (file: string) => string,
): ThemeSources {
  const partials = { ...base?.partials };
  if (existsSync(join(dir, 'partials'))) {
    const files = readdirSync(join(dir, 'partials'))
      .filter((f) => f.endsWith('.hbs'))
      .sort();
    if (files.length > LIMITS.themePartials)
      throw new UserError(
        `theme ${dir}: ${files.length} partials; a theme needs at most ${LIMITS.themePartials}`,
      );
    for (const f of files) partials[f.slice(0, -4)] = read(join('partials', f));
  }
  const main = base && !existsSync(join(dir, 'resume.hbs')) ? base.main : read('resume.hbs');
  const letter = existsSync(join(dir, 'letter.hbs')) ? read('letter.hbs') : base?.letter;
  return { main, partials, ...(letter === undefined ? {} : { letter }) };
}

/** A file of the theme folder `dir` (theme `ref`), as text: a regular file inside the folder (symlinks resolved),
 * of at most LIMITS.themeFileBytes. A theme is data, and reads nothing else. */
export function readThemeFile(dir: string, name: string, ref: string): string {
  const path = join(dir, name);
  try {
    return readFileSafely(path, {
      maxBytes: LIMITS.themeFileBytes,
      inside: { dir, name: "the theme's folder" },
      name,
      what: "a theme's file",
    }).toString('utf8');
  } catch (error) {
    if (!(error instanceof ReadRefused)) throw error;
    throw new UserError(
      error.reason === 'missing'
        ? `theme ${ref}: ${path} is missing (a theme folder holds theme.json, resume.hbs and style.css; resume create-theme makes one)`
        : `theme ${ref}: ${error.message}`,
    );
  }
}
