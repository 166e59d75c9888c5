// Fixtures of the import tests: synthetic files in every shape the real ones take (test/fixtures/import).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { readImportInput } from '../../src/import/input.js';
import type { ImportInput } from '../../src/import/types.js';
import { root, tempDir } from '../helpers.js';

export const fixtures = join(root, 'test', 'fixtures', 'import');
export const fixture = (...parts: string[]) => join(fixtures, ...parts);

export const readFixture = (...parts: string[]): Promise<ImportInput> => readImportInput(fixture(...parts));

/** The current LinkedIn export fixture as the ZIP LinkedIn sends, its files inside a folder as some archives have. */
export async function linkedInZip(folder = 'current', inside = ''): Promise<string> {
  const zip = new JSZip();
  for (const name of readdirSync(fixture('linkedin', folder)))
    zip.file(`${inside}${name}`, readFileSync(fixture('linkedin', folder, name)));
  const path = join(tempDir('resume-import-'), 'Basic_LinkedInDataExport_01-01-2025.zip');
  writeFileSync(path, await zip.generateAsync({ type: 'uint8array' }));
  return path;
}

/** Every document fixture, by format, and the LinkedIn folders. */
export const DOCUMENTS: [format: string, file: string][] = [
  ...readdirSync(fixture('rendercv')).map((f): [string, string] => ['rendercv', join('rendercv', f)]),
  ...readdirSync(fixture('yamlresume')).map((f): [string, string] => ['yamlresume', join('yamlresume', f)]),
  ...readdirSync(fixture('resumake')).map((f): [string, string] => ['resumake', join('resumake', f)]),
  ...readdirSync(fixture('reactiveresume')).map((f): [string, string] => [
    'reactiveresume',
    join('reactiveresume', f),
  ]),
];
export const EXPORTS = readdirSync(fixture('linkedin'));
