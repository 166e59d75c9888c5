// Every fixture, imported and written as our YAML: the file loads as it is (schema and every rule beyond it),
// and every word of the source's content is in it, mapped or commented out.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { localeRecord } from '../../src/core/locales.js';
import { importedYaml, importFile } from '../../src/import/index.js';
import { decodeCsv, parseCsv } from '../../src/import/linkedin/csv.js';
import { load } from '../../src/pipeline/load.js';
import { tempDir } from '../helpers.js';
import { DOCUMENTS, EXPORTS, fixture, linkedInZip } from './helpers.js';

/** Keys whose values are settings, or dates and countries we rewrite (2019-09 for "Sep 2019", CL for Chile). */
const NOT_TEXT = new Set([
  'design',
  'locale',
  'locale_catalog',
  'settings',
  'rendercv_settings',
  'layout',
  'layouts',
  'selectedTemplate',
  'sections',
  'fontawesome_icon',
  'date',
  'start_date',
  'end_date',
  'startDate',
  'endDate',
  'releaseDate',
  'country',
]);
/** Columns of dates (rewritten as 2019-09) and of flags (Primary: Yes, Type: Mobile). */
const NOT_TEXT_COLUMNS = new Set([
  'Started On',
  'Finished On',
  'Start Date',
  'End Date',
  'Issued On',
  'Issue Date',
  'Published On',
  'Updated On',
  'Confirmed',
  'Primary',
  'Type',
]);

const words = (s: string) =>
  s
    .replace(/#[a-z]+(\([^)]*\))?(?=[[\s]|$)/g, '') // Typst commands go; their content stays
    .toLowerCase()
    .match(/[\p{L}\p{N}]{3,}/gu) ?? [];

function texts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string' || typeof value === 'number') out.push(String(value));
  else if (Array.isArray(value)) for (const v of value) texts(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) if (!NOT_TEXT.has(k)) texts(v, out);
  return out;
}

async function written(path: string) {
  const imported = await importFile(path);
  if (!imported.importer) throw new Error(`${path} not recognised`);
  const yaml = await importedYaml(imported.result, 'schema.json', imported.importer.describe);
  const file = join(tempDir('resume-import-'), 'resume.yaml');
  writeFileSync(file, yaml);
  return { yaml, file, result: imported.result };
}

const missingWords = (source: string[], yaml: string) => {
  const hay = new Set(words(yaml));
  return [...new Set(source.flatMap(words))].filter((w) => !hay.has(w));
};

describe('imported YAML', () => {
  // Reactive Resume's exports carry ids and editor settings: reactiveresume.test.ts reads them for their words.
  it.each(DOCUMENTS.filter(([format]) => format !== 'reactiveresume'))(
    '%s %s: loads as our format and keeps every text',
    async (_format, name) => {
      const { yaml, file } = await written(fixture(name));
      await expect(load({ file })).resolves.toBeTruthy();
      const source = name.endsWith('.json')
        ? JSON.parse(readFileSync(fixture(name), 'utf8'))
        : parse(readFileSync(fixture(name), 'utf8'));
      // Section keys are titles, kept unless they are our own title of the section they became.
      const ours = new Set(Object.values(localeRecord('en').titles).map((t) => t.toLowerCase()));
      const sectionTitles = Object.keys(source?.cv?.sections ?? {})
        .map((k) => k.replace(/_/g, ' '))
        .filter((t) => !ours.has(t.toLowerCase()));
      expect(
        missingWords([...texts(source), ...sectionTitles, ...texts(source?.cv?.sections)], yaml),
      ).toEqual([]);
    },
  );

  it.each(EXPORTS)(
    'LinkedIn %s: loads as our format and keeps every cell of the résumé tables',
    async (folder) => {
      const { yaml, file } = await written(fixture('linkedin', folder));
      await expect(load({ file })).resolves.toBeTruthy();
      const cells = readdirSync(fixture('linkedin', folder))
        .filter((f) => f !== 'Connections.csv')
        .flatMap((f) => parseCsv(decodeCsv(readFileSync(fixture('linkedin', folder, f))).text))
        .flatMap((row) =>
          Object.entries(row)
            .filter(([column]) => !NOT_TEXT_COLUMNS.has(column))
            // LinkedIn's kind of a site, OTHER, says nothing where the address names its network (GitHub).
            .map(([, cell]) => cell.replace(/\bOTHER:/g, '')),
        );
      expect(missingWords(cells, yaml)).toEqual([]);
    },
  );

  it('LinkedIn ZIP: the same résumé as its folder', async () => {
    const fromZip = await written(await linkedInZip('current'));
    const fromFolder = await written(fixture('linkedin', 'current'));
    expect(fromZip.yaml).toBe(fromFolder.yaml);
  });
});
