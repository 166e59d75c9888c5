// What a theme name that names no theme is told, wherever it is given (--theme, meta.theme): the folder it may
// have meant, else the built-in theme it is close to, else every kind of theme there is and how to install one.
import { didYouMean } from './suggest.js';

/** `folder`: a folder of that name beside the résumé is a theme (only the ./ was missing). */
export function unknownThemeMessage(ref: string, themes: readonly string[], folder: boolean): string {
  if (folder) return `unknown theme "${ref}"; the folder ${ref} is a theme: name it as a path, ./${ref}`;
  const close = didYouMean(ref, themes);
  const kinds = `themes: ${themes.join(', ')}, a theme folder (./path), or an installed JSON Resume theme`;
  if (close) return `unknown theme "${ref}"${close} (${kinds})`;
  return `unknown theme "${ref}"; ${kinds} (npm install jsonresume-theme-${ref.replace(/^jsonresume-theme-/, '')})`;
}
