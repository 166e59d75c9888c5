// A JSON Resume document made from a template keeps its placeholders: a profile whose address and user name
// were left empty ({ network: LinkedIn, url: "", username: "" }) would print as a bare network name, which no
// reader can follow. Such profiles are skipped, each with a warning. A profile that never had an address (our
// format allows a network alone) is not a placeholder, and stays.
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
