import { dirname } from 'node:path';
import { UserError } from '../errors.js';
import { locate, parseResume, withPositions } from './parse.js';
import { type Photo, readPhoto } from './photo.js';
import type { Resume } from './resume-types.js';
import { readSource, type Source } from './source.js';
import { validateResume } from './validate.js';

export interface LoadedResume {
  source: Source;
  resume: Resume;
  photo?: Photo;
  /** Things worth telling the user that do not stop the build. */
  warnings: string[];
}

/** read → parse → validate (→ the photo it names): the résumé as a typed value, or a UserError with every problem. */
export async function loadResume(path: string): Promise<LoadedResume> {
  const source = readSource(path);
  const parsed = await parseResume(source);
  const resume = await validateResume(parsed);
  const { photo, warning, error } = readPhoto(resume.basics.image, dirname(path));
  if (error) {
    const where = locate(await withPositions(parsed), ['basics', 'image']);
    throw new UserError(error, [{ file: source.name, path: 'basics.image', message: error, ...where }]);
  }
  return { source, resume, photo, warnings: warning ? [warning] : [] };
}
