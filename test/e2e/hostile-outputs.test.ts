// Outputs are well-formed and never replace the source (issue 19): control characters in values are dropped with
// a warning at their line and every DOCX parses as XML; an output that would overwrite an input is refused; the
// Markdown reads, to a CommonMark parser, exactly the links of the résumé; no value reaches the terminal as an
// escape sequence.
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { root, sampleYaml, tempDir, tenScripts } from '../helpers.js';
import { run } from '../hostile-harness.js';

const fixture = (name: string) => join(root, 'test', 'fixtures', 'hostile', name);

// A CommonMark parser and a strict XML parser, both CommonJS without types of their own: typed here as used.
const require = createRequire(import.meta.url);
const micromark = require('micromark') as (
  markdown: string,
  options: { allowDangerousProtocol: boolean },
) => string;
const sax = require('sax') as {
  parser(strict: boolean): {
    onerror: (error: Error) => void;
    resume(): void;
    write(text: string): { close(): void };
  };
};

/** What must never reach a terminal from a value: BEL, ESC and CSI. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const TERMINAL = /[\u0007\u001b\u009b]/;

/** What XML 1.0 allows as a character, raw or as a reference (&#1; is not well-formed either). */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|&#(x0*([0-8bcef]|1[0-9a-f]|d[89a-f][0-9a-f]{2}|fff[ef])|0*([0-8]|1[1-9]|2[0-9]|3[01]|5529[6-9]|55[3-9]\d\d|56\d{3}|57[0-2]\d\d|573[0-3]\d|6553[45]));/i;

/** The first problem that keeps an XML part from being well-formed, or undefined. */
function xmlProblem(xml: string): string | undefined {
  const bad = NOT_XML.exec(xml);
  if (bad) return `character ${JSON.stringify(bad[0])} at ${bad.index}`;
  let problem: string | undefined;
  const parser = sax.parser(true);
  parser.onerror = (e: Error) => {
    problem ??= e.message.split('\n')[0];
    parser.resume();
  };
  parser.write(xml).close();
  return problem;
}

describe('every DOCX of the corpus parses as XML', () => {
  it.each([
    ['the sample', sampleYaml],
    ['markup and template syntax everywhere', fixture('everything.yaml')],
    ['ten scripts', tenScripts],
    ['control characters in YAML escapes', fixture('control-characters.yaml')],
    ['control characters in JSON escapes', fixture('control-characters.json')],
  ])('%s', async (_, file) => {
    const dir = tempDir();
    const r = await run(['build', file, '-f', 'docx', '-o', dir]);
    expect(r.code, r.stderr).toBe(0);
    const docx = readdirSync(dir).find((f) => f.endsWith('.docx')) as string;
    const zip = await JSZip.loadAsync(readFileSync(join(dir, docx)));
    const parts = Object.keys(zip.files).filter((f) => /\.(xml|rels)$/.test(f));
    expect(parts).toContain('word/document.xml');
    for (const part of parts)
      expect(xmlProblem(await (zip.file(part) as JSZip.JSZipObject).async('string')), part).toBeUndefined();
  });
});

describe('control characters in values', () => {
  it('are dropped with a warning at their line, and no output holds one', async () => {
    const dir = tempDir();
    copyFileSync(fixture('control-characters.yaml'), join(dir, 'resume.yaml'));
    const r = await run(['build', '-f', 'md,txt,html,json,docx', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      'resume.yaml:4:9  basics.name  warning: a control character (U+0001) dropped: it cannot stand in a document (write the text without it)',
    );
    expect(r.stderr).toContain(
      'resume.yaml:5:10  basics.label  warning: control characters (U+001B, U+0007) dropped: they cannot stand in a document (write the text without them)',
    );
    expect(r.stderr).toContain(
      'resume.yaml:14:9  work[0].highlights[1]  warning: control characters (U+D800, U+FFFF)',
    );
    for (const file of readdirSync(join(dir, 'out')).filter((f) => !f.endsWith('.docx')))
      expect(NOT_XML.exec(readFileSync(join(dir, 'out', file), 'utf8')), file).toBeNull();
    expect(readFileSync(join(dir, 'out', 'resume.txt'), 'utf8')).toContain('ADA LOVELACE');
  });

  it('are an error under --strict', async () => {
    const dir = tempDir();
    copyFileSync(fixture('control-characters.yaml'), join(dir, 'resume.yaml'));
    const r = await run(['build', '-f', 'md', '--strict', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(readdirSync(dir)).toEqual(['resume.yaml']);
  });
});

describe('an output never replaces an input', () => {
  it('resume build -f json -o . next to resume.json is refused, the source untouched', async () => {
    const dir = tempDir();
    const source = '{"basics": {"name": "Ada"}, "x-kept": "an unknown key the export would drop"}\n';
    writeFileSync(join(dir, 'resume.json'), source);
    const r = await run(['build', '-f', 'json', '-o', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'error: resume.json is an input of this build (the résumé, or a file it reads): it is never overwritten; choose another folder (-o) or name (--name); nothing was written',
    );
    expect(readFileSync(join(dir, 'resume.json'), 'utf8')).toBe(source);
  });

  it.each([
    ['a symlink', (from: string, to: string) => symlinkSync(from, to)],
    ['a hard link', (from: string, to: string) => linkSync(from, to)],
  ])('nor through %s to it', async (_, link) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.json'), '{"basics": {"name": "Ada"}}\n');
    mkdirSync(join(dir, 'out'));
    link(join(dir, 'resume.json'), join(dir, 'out', 'resume.json'));
    const r = await run(['build', '-f', 'json', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'resume.json'), 'utf8')).toBe('{"basics": {"name": "Ada"}}\n');
  });

  it('nor does import write over the file it reads', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: Ada\n');
    const r = await run(['import', 'resume.yaml', '-o', 'resume.yaml', '--force'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'resume.yaml'), 'utf8')).toBe('basics:\n  name: Ada\n');
  });
});

describe('Markdown links', () => {
  /** The links and images a CommonMark parser reads in the Markdown, addresses decoded. */
  function linksOf(md: string): { links: string[]; images: number } {
    const html = micromark(md, { allowDangerousProtocol: true });
    return {
      links: [...html.matchAll(/<a href="([^"]*)"/g)].map((m) =>
        decodeURI((m[1] ?? '').replaceAll('&amp;', '&')),
      ),
      images: (html.match(/<img /g) ?? []).length,
    };
  }

  it('are read exactly as the résumé has them: a ")" in an address, a "!" before a link, a tel: with spaces', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'resume.yaml'),
      [
        'basics:',
        '  name: Ada',
        '  email: ada@example.com',
        '  phone: "+1 (555) 010 9999"',
        '  url: "https://example.com/a)b"',
        '  profiles:',
        '    - { network: Wiki, username: ada, url: "https://en.wikipedia.org/wiki/(x" }',
        '  summary: "Great![a site](https://example.org/x) and \\\\[not a link](https://no.example) and [wiki](https://en.wikipedia.org/wiki/Foo_(bar))"',
      ].join('\n'),
    );
    const r = await run(['build', '-f', 'md', '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const { links, images } = linksOf(readFileSync(join(dir, 'out', 'resume.md'), 'utf8'));
    expect(images).toBe(0);
    expect(links.sort()).toEqual(
      [
        'mailto:ada@example.com',
        'tel:+15550109999',
        'https://example.com/a)b',
        'https://en.wikipedia.org/wiki/(x',
        'https://example.org/x',
        'https://en.wikipedia.org/wiki/Foo_(bar)',
      ].sort(),
    );
  });
});

describe('no value drives the terminal', () => {
  it('a raw escape sequence in the file is shown escaped in the error', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: "Ada \x1b]52;c;SGVsbG8=\x07 \x1b[2J"\n');
    const r = await run(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('\\u001b]52;c;SGVsbG8=\\u0007');
    expect(r.stderr).not.toMatch(TERMINAL);
  });

  it('escapes written in YAML and in a file name are shown escaped too', async () => {
    const dir = tempDir();
    const name = 'cv\x1b[2J\x1b]0;title\x07.yaml';
    writeFileSync(
      join(dir, name),
      // Our own format (it declares our schema): an unknown key is an error.
      'basics:\n  name: Ada\n  emial: "\\e]52;c;SGVsbG8=\\a"\n  "\\e[31mkey": x\n# yaml-language-server: $schema=./s/resume.schema.json\n',
    );
    const r = await run(['validate', name], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'cv\\u001b[2J\\u001b]0;title\\u0007.yaml:3:3  basics.emial  unknown key "emial"',
    );
    expect(r.stderr).not.toMatch(TERMINAL);
  });
});
