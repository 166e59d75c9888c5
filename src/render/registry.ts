import { didYouMean } from '../core/suggest.js';
import { UsageError } from '../errors.js';
import { docxRenderer } from './docx/index.js';
import { htmlRenderer } from './html/index.js';
import { pdfRenderer } from './pdf/index.js';
import type { Renderer } from './types.js';

/** Every output format, in the order `--format all` builds them. The one place a new format is registered. */
export const renderers: readonly Renderer[] = [htmlRenderer, pdfRenderer, docxRenderer];

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
  if (wanted.includes('all')) return [...renderers];
  for (const w of wanted) {
    if (!renderers.some((r) => r.format === w)) {
      throw new UsageError(
        `unknown format "${w}"${didYouMean(w, formatNames())}; formats: ${formatNames().join(', ')}, all`,
      );
    }
  }
  return renderers.filter((r) => wanted.includes(r.format));
}
