import { parseResume } from './parse.js';
import type { Resume } from './resume-types.js';
import { readSource, type Source } from './source.js';
import { validateResume } from './validate.js';

export interface LoadedResume {
  source: Source;
  resume: Resume;
}

/** read → parse → validate: the résumé as a typed value, or a UserError listing every problem. */
export function loadResume(path: string): LoadedResume {
  const source = readSource(path);
  return { source, resume: validateResume(parseResume(source)) };
}
