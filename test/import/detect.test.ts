import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateSchema } from '../../src/core/schema-validator.js';
import { UsageError, UserError } from '../../src/errors.js';
import { importFile, readImportInput } from '../../src/import/index.js';
import { detectImporter, importerNamed } from '../../src/import/registry.js';
import { root, tempDir } from '../helpers.js';
import { DOCUMENTS, EXPORTS, fixture, linkedInZip, readFixture } from './helpers.js';

describe('detect', () => {
  it.each(DOCUMENTS)('recognises %s in %s', async (format, file) => {
    expect(detectImporter(await readFixture(file))?.format).toBe(format);
  });

  it.each(EXPORTS)('recognises the LinkedIn export folder %s', async (folder) => {
    expect(detectImporter(await readFixture('linkedin', folder))?.format).toBe('linkedin');
  });

  it('recognises a LinkedIn export given as its ZIP, files at the top or in a folder', async () => {
    for (const inside of ['', 'Basic_LinkedInDataExport/']) {
      const zip = await linkedInZip('current', inside);
      const result = await importFile(zip);
      expect(result.importer?.format).toBe('linkedin');
    }
  });

  it('takes JSON Resume documents (ours included) as JSON Resume, and nothing else as a format', async () => {
    for (const file of ['test/fixtures/jsonresume/extra-keys.json', 'resume.yaml']) {
      expect(detectImporter(await readImportInput(join(root, file)))?.format).toBe('jsonresume');
    }
    expect(
      detectImporter({ kind: 'document', name: 'x.yaml', data: { title: 'a blog post' } }),
    ).toBeUndefined();
    expect(detectImporter({ kind: 'document', name: 'x.yaml', data: ['a', 'list'] })).toBeUndefined();
    expect(
      detectImporter({ kind: 'files', name: 'folder', files: new Map([['notes.csv', new Uint8Array()]]) }),
    ).toBeUndefined();
  });

  it('does not take a RenderCV or YAMLResume file with a `basics` key for JSON Resume', () => {
    const both = { cv: { name: 'A' }, basics: { name: 'A' } };
    expect(detectImporter({ kind: 'document', name: 'cv.yaml', data: both })?.format).toBe('rendercv');
    const yr = { content: { basics: { name: 'A' } }, basics: {} };
    expect(detectImporter({ kind: 'document', name: 'r.yml', data: yr })?.format).toBe('yamlresume');
  });
});

describe('--from', () => {
  it('forces a reader by name, whatever detection says', async () => {
    const result = await importFile(fixture('resumake', 'export.json'), 'jsonresume');
    expect(result.importer?.format).toBe('jsonresume');
    expect(importerNamed('RenderCV').format).toBe('rendercv');
  });

  it('refuses an unknown name, naming the formats', () => {
    expect(() => importerNamed('europass')).toThrow(UsageError);
    expect(() => importerNamed('europass')).toThrow(/rendercv, yamlresume, resumake, jsonresume|linkedin/);
  });

  it('says when the reader needs a folder or ZIP, or a single file', async () => {
    await expect(importFile(fixture('rendercv', 'v1.yaml'), 'linkedin')).rejects.toThrow(
      /ZIP or its unzipped folder/,
    );
    await expect(importFile(fixture('linkedin', 'current'), 'rendercv')).rejects.toThrow(
      /one YAML or JSON file/,
    );
  });
});

describe('--from on a file of another format', () => {
  const jsonResume = join(root, 'test/fixtures/jsonresume/extra-keys.json');
  const others = ['rendercv', 'yamlresume', 'resumake', 'reactiveresume', 'fresh'];

  it.each(others)('refuses --from %s on a JSON Resume document, naming what it looks like', async (name) => {
    const refused = importFile(jsonResume, name);
    await expect(refused).rejects.toThrow(UserError);
    await expect(refused).rejects.toThrow(
      new RegExp(
        `extra-keys\\.json is not .* \\(--from ${name}\\): it looks like a JSON Resume document; use --from jsonresume, or leave --from out`,
      ),
    );
  });

  it('refuses --from jsonresume on a RenderCV file, whose keys JSON Resume has none of', async () => {
    await expect(importFile(fixture('rendercv', 'v2-4.yaml'), 'jsonresume')).rejects.toThrow(
      /v2-4\.yaml is not a JSON Resume document \(--from jsonresume\): it looks like a RenderCV file; use --from rendercv/,
    );
  });

  it('refuses --from linkedin on a folder with no LinkedIn table, and any reader on what no format reads', async () => {
    const folder = tempDir();
    writeFileSync(join(folder, 'notes.csv'), 'a,b\n1,2\n');
    await expect(importFile(folder, 'linkedin')).rejects.toThrow(
      /has nothing of a LinkedIn data export \(--from linkedin\) in it, and is not a format this tool reads/,
    );
    const notes = join(folder, 'notes.yaml');
    writeFileSync(notes, 'groceries:\n  - milk\n');
    for (const name of [...others, 'jsonresume'])
      await expect(importFile(notes, name)).rejects.toThrow(/has nothing of .* in it/);
  });

  it('reads a file its reader recognises, and JSON Resume from a format that writes its keys', async () => {
    for (const [format, file] of DOCUMENTS)
      expect((await importFile(fixture(file), format)).importer?.format).toBe(format);
    expect((await importFile(fixture('linkedin', 'current'), 'linkedin')).importer?.format).toBe('linkedin');
    expect((await importFile(jsonResume, 'jsonresume')).importer?.format).toBe('jsonresume');
    expect((await importFile(fixture('fresh', 'fresh.json'), 'jsonresume')).importer?.format).toBe(
      'jsonresume',
    );
  });
});

describe('forced readers', () => {
  it('read any document into a résumé our schema takes: another format, a list, a text, an empty file', async () => {
    const documents = [
      ...(await Promise.all(DOCUMENTS.map(([, file]) => readFixture(file)))),
      ...[['a', 'list'], 'a text', null, {}, { cv: 'text' }, { content: [] }, { basics: 'x', work: {} }].map(
        (data) => ({
          kind: 'document' as const,
          name: 'odd.yaml',
          data,
        }),
      ),
    ];
    for (const name of ['rendercv', 'yamlresume', 'resumake', 'reactiveresume', 'jsonresume']) {
      const importer = importerNamed(name);
      for (const input of documents) {
        const { resume } = importer.read(input);
        // Dates kept as written are the loader's: it prints "Herbst 2023" as it is, and reads "2023-13" as its
        // year with a warning at its key.
        const errors = (validateSchema(resume) ? [] : (validateSchema.errors ?? [])).filter(
          (e) => !(e.schemaPath.includes('/date/') && typeof e.data === 'string'),
        );
        expect(errors).toEqual([]);
      }
    }
  });
});
