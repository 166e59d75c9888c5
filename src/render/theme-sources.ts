// A theme folder's templates, over those of the theme it extends: its resume.hbs and letter.hbs (else the base's)
// and its partials over the base's. One reading, shared by the theme loader and the build script that precompiles the
// built-in themes, so the bundle's templates are the very ones the tests load. Node built-ins only.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

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
  if (existsSync(join(dir, 'partials')))
    for (const f of readdirSync(join(dir, 'partials')).sort())
      if (f.endsWith('.hbs')) partials[f.slice(0, -4)] = read(join('partials', f));
  const main = base && !existsSync(join(dir, 'resume.hbs')) ? base.main : read('resume.hbs');
  const letter = existsSync(join(dir, 'letter.hbs')) ? read('letter.hbs') : base?.letter;
  return { main, partials, ...(letter === undefined ? {} : { letter }) };
}
