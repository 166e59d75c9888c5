import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseResume } from '../../src/core/parse.js';
import { decodeText } from '../../src/core/source.js';
import { validateResume } from '../../src/core/validate.js';
import { formatDiagnostics, UserError } from '../../src/errors.js';
import { root, sampleYaml } from '../helpers.js';

/** Our own format: the file declares our schema (at its end, so line numbers stay those of the text). */
const source = (text: string) => ({
  path: 'resume.yaml',
  name: 'resume.yaml',
  text: `${text}\n# yaml-language-server: $schema=./schema/resume.schema.json\n`,
  json: false,
});

/** The diagnostics a text produces, as `line:col path message` strings. */
async function problems(text: string): Promise<string[]> {
  try {
    await validateResume(await parseResume(source(text)));
    return [];
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return error.diagnostics.map((d) => `${d.line}:${d.col} ${d.path} ${d.message}`);
  }
}

const minimal = 'basics:\n  name: Ada Lovelace\n';

describe('parse and validate', () => {
  it('accepts the sample résumé', async () => {
    const resume = await validateResume(await parseResume(source(readFileSync(sampleYaml, 'utf8'))));
    expect(resume.basics.name).toBe('Ankit Khandelwal');
    expect(resume.work).toHaveLength(6);
    expect(resume.projects).toHaveLength(11);
  });

  it('keeps dates as strings (YAML 1.2 core schema)', async () => {
    const parsed = await parseResume(source(`${minimal}work:\n  - name: X\n    startDate: 2025-05\n`));
    expect((parsed.data as { work: { startDate: unknown }[] }).work[0]?.startDate).toBe('2025-05');
  });

  it('reports every schema problem at once, with line and column', async () => {
    const text = [
      'basics:',
      '  name: Ada',
      '  emial: ada@example.com',
      '  url: javascript:alert(1)',
      'work:',
      '  - name: Analytical Engines',
      '    startDate: "2025-13"',
      '    highlights:',
      '      - 42',
    ].join('\n');
    expect(await problems(text)).toEqual([
      '3:3 basics.emial unknown key "emial"; did you mean "email"?',
      '4:8 basics.url "javascript:alert(1)" is not an allowed link: use an http(s)://, mailto: or tel: address',
      '7:16 work[0].startDate "2025-13" has no month 13: months go from 01 to 12',
      '9:9 work[0].highlights[0] a bullet must be text, or a mapping with "text:" (and optional "tags:")',
    ]);
  });

  it('says a text per language cut by a comma in { … } is one, and how to quote it', async () => {
    const text = [
      'meta:',
      '  languages: [de, en]',
      'basics:',
      '  name: Ada',
      '  label: { de: Werkstudentin, en: Working Student, Data Analysis }',
    ].join('\n');
    expect(await problems(text)).toEqual([
      '5:10 basics.label "Data Analysis" reads as a key with no value: a comma inside { … } starts a new key, so put each text in quotes ({ en: "…, …" })',
    ]);
  });

  it('points at a missing required key and a wrong type', async () => {
    expect(await problems('basics:\n  label: Engineer\nwork: nope\n')).toEqual([
      '2:3 basics missing required key "name"',
      '3:7 work must be a list (lines starting with "- "), not text "nope"',
    ]);
  });

  it('reports YAML syntax errors with their position', async () => {
    expect(await problems('basics:\n  name: "Ada\n  label: x\n')).toEqual([
      '2:9  YAML syntax: this quote is never closed',
    ]);
    expect((await problems('basics:\n\tname: x\n'))[0]).toBe(
      '2:1  YAML syntax: tab used for indentation: YAML indents with spaces only',
    );
  });

  it('reports duplicate keys together with schema errors', async () => {
    expect(await problems('basics:\n  name: Ada\n  name: Bob\n  nmae: x\n')).toEqual([
      '3:3  YAML syntax: duplicate key "name": each key may appear only once in a mapping',
      '4:3 basics.nmae unknown key "nmae"; did you mean "name"?',
    ]);
  });

  it('refuses alias bombs', async () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'basics: {name: *d}',
    ].join('\n');
    expect((await problems(bomb))[0]).toMatch(/aliases expand too much/);
  });

  it('checks end dates, section ids, variant tags and markdown links', async () => {
    const text = [
      'meta:',
      '  order: [summary, wrok]',
      'basics:',
      '  name: Ada',
      '  summary: See [my site](file:///etc/passwd)',
      'work:',
      '  - name: X',
      '    startDate: "2020-05"',
      '    endDate: "2019"',
      '    highlights: [{text: a, tags: [backend]}]',
      'variants:',
      '  be:',
      '    tags: [bakend]',
    ].join('\n');
    expect(await problems(text)).toEqual([
      '2:20 meta.order[1] unknown section "wrok"; did you mean "work"? (sections: summary, work, projects, education, skills, volunteer, awards, certificates, publications, languages, interests, references)',
      '5:26 basics.summary link "file:///etc/passwd" is not allowed: use an http(s)://, mailto: or tel: address',
      '9:14 work[0].endDate ends (2019) before it starts (2020-05)',
      '13:12 variants.be.tags[0] no content is tagged "bakend"; did you mean "backend"?',
    ]);
  });

  it('formats diagnostics as file:line:col  path  message with the source line and a caret', async () => {
    const text = 'basics:\n  name: Ada\n  emial: x\n';
    try {
      await validateResume(await parseResume(source(text)));
      expect.unreachable();
    } catch (error) {
      expect(formatDiagnostics((error as UserError).diagnostics)).toBe(
        'resume.yaml:3:3  basics.emial  unknown key "emial"; did you mean "email"?\n  3 |   emial: x\n        ^',
      );
    }
  });

  it('accepts a JSON Resume document (JSON is YAML)', async () => {
    const json = JSON.stringify({
      $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
      basics: {
        name: 'Ada',
        profiles: [{ network: 'GitHub', username: 'ada', url: 'https://github.com/ada' }],
      },
      work: [{ name: 'X', position: 'Y', startDate: '2020-01-01', highlights: ['Did things'] }],
      meta: { version: 'v1.0.0', canonical: 'https://example.com/resume.json' },
    });
    expect(await problems(json)).toEqual([]);
  });
});

describe('the fast and the careful parser', () => {
  it('agree on the data of every valid fixture', async () => {
    for (const file of [sampleYaml, join(root, 'test', 'fixtures', 'hostile', 'everything.yaml')]) {
      const text = readFileSync(file, 'utf8');
      // The fast path is taken (no anchors); the careful one is the yaml library with the same core schema.
      expect((await parseResume(source(text))).data).toEqual(parse(text, { schema: 'core', version: '1.2' }));
    }
  });

  it('hands anchors and aliases to the careful parser, which expands them', async () => {
    const text = 'basics:\n  name: &n Ada\n  label: *n\n';
    expect((await parseResume(source(text))).data).toEqual({ basics: { name: 'Ada', label: 'Ada' } });
  });
});

describe('decodeText', () => {
  it('strips a UTF-8 BOM and decodes UTF-16 with a BOM', async () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'x')).toBe('a');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00]), 'x')).toBe('a');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x61]), 'x')).toBe('a');
  });

  it('refuses binary data and empty files', async () => {
    expect(() => decodeText(new Uint8Array([0x61, 0x00, 0x62]), 'x')).toThrow(/binary data/);
    expect(() => decodeText(new Uint8Array([0xc3, 0x28]), 'x')).toThrow(
      /byte 0xC3 is not UTF-8: save the file as UTF-8/,
    );
    expect(() => decodeText(new Uint8Array([0xff, 0x00, 0x01]), 'x')).toThrow(/not a text file/);
    expect(() => decodeText(new Uint8Array([0x20, 0x0a]), 'x')).toThrow(/empty/);
  });
});
