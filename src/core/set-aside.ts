// What a JSON Resume document holds for other tools, set aside with a warning rather than read as ours:
// - a theme's own `meta.languages` ("en,fr"); ours, a list of language codes, would have made the document ours
//   (dialect.ts);
// - a template's placeholders: a profile whose address and user name were left empty ({ network: LinkedIn,
//   url: "", username: "" }) would print as a bare network name, which no reader can follow. A profile that never
//   had an address (our format allows a network alone) is not a placeholder, and stays.
import type { Notice } from './normalize.js';
import type { DataPath } from './parse.js';

const blank = (value: unknown) => value === null || (typeof value === 'string' && value.trim() === '');

export function emptyProfiles(data: unknown): { notices: Notice[]; dropped: DataPath[] } {
  const basics = (data as { basics?: { profiles?: unknown } } | null)?.basics;
  const profiles = Array.isArray(basics?.profiles) ? basics.profiles : [];
  const dropped: DataPath[] = [];
  for (const [i, profile] of profiles.entries()) {
    if (!profile || typeof profile !== 'object') continue;
    const { url, username } = profile as Record<string, unknown>;
    const given = [url, username].filter((v) => v !== undefined);
    if (given.length > 0 && given.every(blank)) dropped.push(['basics', 'profiles', i]);
  }
  const notices = dropped.map((path) => ({
    path,
    message: 'this profile has no address or user name: skipped',
  }));
  return { notices, dropped };
}

/** A theme's meta.languages, named and set aside, with its text (not shown). */
export function setThemeLanguagesAside(data: unknown): { notice: Notice; omitted: string[] } | undefined {
  const meta = (data as { meta?: unknown } | null)?.meta;
  if (!meta || typeof meta !== 'object' || !('languages' in meta)) return undefined;
  const { languages } = meta as { languages: unknown };
  delete (meta as { languages?: unknown }).languages;
  const omitted = [languages].flat().filter((l): l is string => typeof l === 'string');
  return {
    notice: {
      path: ['meta', 'languages'],
      message: `not shown: a theme's setting here (this tool's meta.languages is a list of language codes, such as [en, fr], for a résumé written in several)`,
    },
    omitted,
  };
}
