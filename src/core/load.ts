import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../errors.js';
import { findThemePackage } from '../render/theme-package.js';
import { dropControlChars } from './control-chars.js';
import { type FontFile, isFontFile, readFontFiles } from './font-file.js';
import { modernizeKeys, normalizeDates } from './normalize.js';
import { parseResume } from './parse.js';
import { type Photo, readPhoto } from './photo.js';
import type { Resume } from './resume-types.js';
import { readSource, type Source, STDIN } from './source.js';
import { checkResume } from './validate.js';

export interface LoadedResume {
  source: Source;
  resume: Resume;
  photo?: Photo;
  /** The font files meta.design.font names, read. */
  fonts?: FontFile[];
  /** Things worth telling the user that do not stop the build, at file:line:col. */
  warnings: Diagnostic[];
}

export interface LoadOptions {
  /** Theme names meta.theme may use. */
  themes?: readonly string[];
  /** Every warning is an error. */
  strict?: boolean;
}

/** read → parse → read as people write it → validate, with the photo it names: the résumé as a typed value and
 * its warnings, or a UserError with every problem of all those steps. */
export async function loadResume(path: string, options: LoadOptions = {}): Promise<LoadedResume> {
  const source = readSource(path);
  const parsed = await parseResume(source);
  const controls = dropControlChars(parsed.data);
  const renamed = modernizeKeys(parsed.data);
  const dates = normalizeDates(parsed.data, source.json);
  const image = (parsed.data as { basics?: { image?: unknown } } | null)?.basics?.image;
  const baseDir = path === STDIN ? process.cwd() : dirname(path);
  const { photo, warning, error } = typeof image === 'string' ? readPhoto(image, baseDir) : {};
  // Point at the key as written: a 0.x "picture" is where the photo was named.
  const at = renamed.some((n) => n.path.join('.') === 'basics.picture')
    ? ['basics', 'picture']
    : ['basics', 'image'];
  // Font files named in meta.design.font, read like the photo: from the résumé's folder, checked to be fonts.
  const font = (parsed.data as { meta?: { design?: { font?: unknown } } } | null)?.meta?.design?.font;
  const fontFiles = Array.isArray(font)
    ? font.filter((f): f is string => typeof f === 'string')
    : typeof font === 'string' && isFontFile(font)
      ? [font]
      : [];
  const fontsRead = fontFiles.length ? readFontFiles(fontFiles, baseDir, "the résumé's folder") : {};
  const { resume, warnings } = await checkResume(parsed, {
    themes: options.themes,
    themeFolder: (ref) => existsSync(join(resolve(baseDir, ref), 'theme.json')),
    themePackage: (ref) => findThemePackage(ref, resolve(baseDir)) !== undefined,
    strict: options.strict,
    extra: [
      ...(error ? [{ path: at, message: error }] : []),
      ...(fontsRead.error ? [{ path: ['meta', 'design', 'font'], message: fontsRead.error }] : []),
    ],
    notices: [
      ...controls,
      ...renamed,
      ...dates.notices,
      ...(warning ? [{ path: at, message: warning }] : []),
    ],
    rawDates: dates.raw,
  });
  return { source, resume, photo, fonts: fontsRead.fonts, warnings };
}
