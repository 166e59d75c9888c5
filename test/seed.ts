// How much of the seed CV (the real résumé resume.yaml is made from) a rendered résumé holds, and in what order:
// the same measure as the workspace's seed-coverage tool, with its item list vendored in
// test/fixtures/seed-items.txt, so a stranger's clone runs it too. Files are read by our own read-backs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rendererFor } from '../src/render/registry.js';
import { root } from './helpers.js';

const flat = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/\u00ad/g, '')
    .replace(/[*_`◆•▪●·]/g, ' ')
    .replace(/\s+/g, ' ')
    .toLowerCase();

const items = readFileSync(join(root, 'test', 'fixtures', 'seed-items.txt'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((i) => flat(i).trim());

export interface Coverage {
  found: number;
  ordered: number;
  total: number;
  missing: string[];
}

/** The coverage of a file, or of an output in memory named `file`. */
export async function seedCoverage(file: string, bytes?: Uint8Array): Promise<Coverage> {
  const renderer = rendererFor(file);
  if (!renderer) throw new Error(`no reader for ${file}`);
  const text = flat((await renderer.read(bytes ?? new Uint8Array(readFileSync(file)))).text);
  let found = 0;
  let ordered = 0;
  let at = 0;
  const missing: string[] = [];
  for (const item of items) {
    if (!text.includes(item)) {
      missing.push(item);
      continue;
    }
    found++;
    const i = text.indexOf(item, at);
    if (i >= 0) {
      ordered++;
      at = i + item.length;
    }
  }
  return { found, ordered, total: items.length, missing };
}
