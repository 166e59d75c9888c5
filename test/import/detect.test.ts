import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateSchema } from '../../src/core/schema-validator.js';
import { UsageError } from '../../src/errors.js';
import { importFile, readImportInput } from '../../src/import/index.js';
import { detectImporter, importerNamed } from '../../src/import/registry.js';
import { root } from '../helpers.js';
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
        // Dates kept as written ("Herbst 2023") are the loader's to let through: it prints them as they are.
        const errors = (validateSchema(resume) ? [] : (validateSchema.errors ?? [])).filter(
          (e) => !(e.schemaPath.includes('/date/') && !/^\d{4}[-/.]\d/.test(String(e.data))),
        );
        expect(errors).toEqual([]);
      }
    }
  });
});
