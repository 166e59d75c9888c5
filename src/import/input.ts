// What `resume import SRC` reads: a YAML or JSON file (parsed as our loader parses, positions and all), a ZIP
// (LinkedIn sends its export as one) or a folder (the export unzipped). Only CSV files are taken from an archive
// or a folder, and only so much: an export is a few megabytes.
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseResume } from '../core/parse.js';
import { readSource } from '../core/source.js';
import { UserError } from '../errors.js';
import type { ImportInput } from './types.js';

const MAX_TOTAL = 64 * 1024 * 1024;
const MAX_DEPTH = 4;

export async function readImportInput(path: string): Promise<ImportInput> {
  const stat = path === '-' ? undefined : statOrThrow(path);
  if (stat?.isDirectory()) return { kind: 'files', name: basename(path), files: folderFiles(path) };
  if (stat && isZip(path)) return { kind: 'files', name: basename(path), files: await zipFiles(path) };
  const source = readSource(path);
  const parsed = await parseResume(source);
  return { kind: 'document', name: source.name, data: parsed.data };
}

function statOrThrow(path: string) {
  try {
    return statSync(path);
  } catch {
    throw new UserError(`${path}: no such file or folder`);
  }
}

function isZip(path: string): boolean {
  const head = Buffer.alloc(4);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  return head.toString('latin1') === 'PK\u0003\u0004';
}

function folderFiles(root: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  let total = 0;
  const walk = (dir: string, depth: number) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory() && depth < MAX_DEPTH) walk(full, depth + 1);
      else if (entry.isFile() && /\.csv$/i.test(entry.name)) {
        total += statSync(full).size;
        if (total > MAX_TOTAL)
          throw new UserError(
            `${root}: more than ${MAX_TOTAL / 1024 / 1024} MB of CSV files: is this a LinkedIn export?`,
          );
        files.set(relative(root, full), readFileSync(full));
      }
    }
  };
  walk(root, 0);
  return files;
}

async function zipFiles(path: string): Promise<Map<string, Uint8Array>> {
  const { default: JSZip } = await import('jszip');
  let zip: InstanceType<typeof JSZip>;
  try {
    zip = await JSZip.loadAsync(readFileSync(path));
  } catch (error) {
    throw new UserError(`${path}: not a ZIP file this tool can read (${(error as Error).message})`);
  }
  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !/\.csv$/i.test(entry.name)) continue;
    // The size the archive declares, checked before inflating: a ZIP bomb stops here.
    total += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    if (total > MAX_TOTAL)
      throw new UserError(
        `${path}: more than ${MAX_TOTAL / 1024 / 1024} MB of CSV files: is this a LinkedIn export?`,
      );
    files.set(entry.name, await entry.async('uint8array'));
  }
  return files;
}
