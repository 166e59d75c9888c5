// Reading loosely typed values of other formats: text, lists, links, e-mail addresses and section ids.

import { latinLetters } from './transliterate.js';

export type Json = Record<string, unknown>;

export const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A non-empty trimmed string; numbers count as text (a username or a year YAML read as a number). */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The texts of a list (or of a single value), blanks left out. */
export function texts(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map(text).filter((t): t is string => t !== undefined);
}

/** A link our schema accepts: http(s), or a bare domain ("github.com/me") read as https. */
export function link(value: unknown): { url: string; guessed: boolean } | undefined {
  const t = text(value);
  if (!t || /\s/.test(t)) return undefined;
  if (/^https?:\/\/[^\s/?#]+/i.test(t))
    return { url: t.replace(/^HTTP/i, (s) => s.toLowerCase()), guessed: false };
  if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(\/\S*)?$/i.test(t))
    return { url: `https://${t}`, guessed: true };
  return undefined;
}

/** The shape ajv's "email" format accepts, near enough: one @, a dot in the domain, no spaces. */
export function email(value: unknown): string | undefined {
  const t = text(value)?.replace(/^mailto:/i, '');
  return t && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(t) ? t : undefined;
}

/** A custom section id from its title: lower-case letters, digits and dashes, as the schema has every id (an HTML
 * anchor, a name in meta.order), the title's letters spelt in Latin ones (see latinLetters), unique among
 * `taken`. */
export function sectionId(title: string, taken: ReadonlySet<string>): string {
  const base =
    latinLetters(title)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || 'section';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
