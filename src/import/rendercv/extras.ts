// Keys RenderCV allows on any entry without printing them (unless a custom template does). Where their shape is
// clear they are kept as our fields: a link as the entry's url, a list (a job's projects, its achievements) as
// bullets. The rest goes to the left-overs under the entry.
import type { DataPath } from '../../core/parse.js';
import type { Report } from '../report.js';
import { isRecord, type Json, link, text, texts } from '../values.js';

export interface Sink {
  url?: (url: string) => void;
  bullets?: string[];
}

const URL_KEYS = new Set(['url', 'website', 'link', 'href', 'homepage']);
export const AS_BULLETS = "lists under entries (a job's projects, its achievements), kept as bullets";

export function absorbExtras(
  e: Json,
  known: readonly string[],
  at: DataPath,
  report: Report,
  sink: Sink,
): void {
  for (const [key, value] of Object.entries(e)) {
    if (known.includes(key) || value === null || value === undefined || value === '') continue;
    const url = URL_KEYS.has(key) ? link(value)?.url : undefined;
    if (url && sink.url) {
      sink.url(url);
      continue;
    }
    const bullets = sink.bullets && Array.isArray(value) ? asBullets(value) : undefined;
    if (bullets && sink.bullets) {
      sink.bullets.push(...bullets);
      report.note(AS_BULLETS, key);
      continue;
    }
    report.keep(at, key, value);
  }
}

/** A list of texts, or of small entries (name or title, then summary and highlights), as bullets; otherwise
 * undefined (the shape is not clear enough to print). */
export function asBullets(list: readonly unknown[]): string[] | undefined {
  const out: string[] = [];
  for (const item of list) {
    const plain = text(item);
    if (plain) {
      out.push(plain);
      continue;
    }
    if (!isRecord(item)) return undefined;
    const name = text(item.name) ?? text(item.title);
    const summary = text(item.summary) ?? text(item.description);
    const known = ['name', 'title', 'summary', 'description', 'highlights', 'date', 'start_date', 'end_date'];
    if (!name || Object.keys(item).some((k) => !known.includes(k))) return undefined;
    out.push(summary ? `**${name}**: ${summary}` : `**${name}**`);
    out.push(...texts(item.highlights));
  }
  return out.length ? out : undefined;
}
