// What a letter takes from a job posting: its title and company. This reads the two shapes a letter's `job:` is
// written in today (Markdown with front matter, a JSON Resume job document); it stands in for the shared posting
// reader (src/match/posting.ts) and has its signature, so pointing at that one is a one-line change. Pure.
import { parse } from 'yaml';

export interface PostingHeadline {
  title?: string;
  company?: string;
}

const TITLE_KEYS = ['title', 'position', 'jobTitle', 'job_title', 'role'];
const COMPANY_KEYS = ['company', 'employer', 'organization', 'hiringOrganization'];

/** The posting's title and company, from its front matter or JSON fields; nothing when it names neither. */
export function postingHeadline(text: string, fileName: string): PostingHeadline {
  const source = text.replace(/^\uFEFF/, '');
  let fields: unknown;
  try {
    if (/\.json$/i.test(fileName) || /^\s*\{/.test(source)) fields = JSON.parse(source);
    else {
      const front = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(source);
      fields = front ? parse(front[1] ?? '') : undefined;
    }
  } catch {
    // Not JSON or YAML after all: the posting names nothing this reader can find.
    return {};
  }
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return {};
  const record = fields as Record<string, unknown>;
  const first = (keys: string[]) => keys.map((k) => textOf(record[k])).find(Boolean);
  const title = first(TITLE_KEYS);
  const company = first(COMPANY_KEYS);
  return { ...(title ? { title } : {}), ...(company ? { company } : {}) };
}

/** A text value, or the name of an object (schema.org's hiringOrganization: { name }). */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (value && typeof value === 'object' && 'name' in value) return textOf((value as { name: unknown }).name);
  return undefined;
}
