import { dirname } from 'node:path';
import { parseResume } from './parse.js';
import { type Photo, readPhoto } from './photo.js';
import type { Resume } from './resume-types.js';
import { readSource, type Source, STDIN } from './source.js';
import { validateResume } from './validate.js';

export interface LoadedResume {
  source: Source;
  resume: Resume;
  photo?: Photo;
  /** Things worth telling the user that do not stop the build. */
  warnings: string[];
}

export interface LoadOptions {
  /** Theme names meta.theme may use. */
  themes?: readonly string[];
}

/** read → parse → validate, with the photo it names: the résumé as a typed value, or a UserError with every
 * problem of all those steps. */
export async function loadResume(path: string, options: LoadOptions = {}): Promise<LoadedResume> {
  const source = readSource(path);
  const parsed = await parseResume(source);
  const image = (parsed.data as { basics?: { image?: unknown } } | null)?.basics?.image;
  const baseDir = path === STDIN ? process.cwd() : dirname(path);
  const { photo, warning, error } = typeof image === 'string' ? readPhoto(image, baseDir) : {};
  const extra = error ? [{ path: ['basics', 'image'], message: error }] : [];
  const resume = await validateResume(parsed, { themes: options.themes, extra });
  return { source, resume, photo, warnings: warning ? [warning] : [] };
}
