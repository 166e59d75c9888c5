import { didYouMean } from '../core/suggest.js';
import { UsageError } from '../errors.js';
import { docxRenderer } from './docx/index.js';
import { htmlRenderer } from './html/index.js';
import { jsonRenderer } from './json/index.js';
import { pdfRenderer } from './pdf/index.js';
import { markdownRenderer, textRenderer } from './text/index.js';
import type { Renderer } from './types.js';

/** Every output format. The one place a new format is registered. */
export const renderers: readonly Renderer[] = [
  htmlRenderer,
  pdfRenderer,
  docxRenderer,
  markdownRenderer,
  textRenderer,
  jsonRenderer,
];

/** What `--format all` builds: the documents a recruiter reads or an application form takes (the JSON export
 * is asked for by name). */
const ALL = ['html', 'pdf', 'docx', 'md', 'txt'];

/** The renderer whose files end in this file's extension (.htm is HTML too). */
export function rendererFor(file: string): Renderer | undefined {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  return renderers.find((r) => r.extension === (ext === 'htm' ? 'html' : ext));
}

export function formatNames(): string[] {
  return renderers.map((r) => r.format);
}

/** Parses `--format html,pdf` (or `all`) into renderers, in registry order, each once. */
export function selectRenderers(spec: string): Renderer[] {
  const wanted = spec
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (wanted.length === 0) throw new UsageError(`--format needs a value: ${formatNames().join(', ')} or all`);
  if (wanted.includes('all')) wanted.splice(wanted.indexOf('all'), 1, ...ALL);
  for (const w of wanted) {
    if (!renderers.some((r) => r.format === w)) {
      throw new UsageError(
        `unknown format "${w}"${didYouMean(w, formatNames())}; formats: ${formatNames().join(', ')}, all (${ALL.join(', ')})`,
      );
    }
  }
  return renderers.filter((r) => wanted.includes(r.format));
}
