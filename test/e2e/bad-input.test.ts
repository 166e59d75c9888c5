// The corpus of broken and hostile inputs: each yields its exact error and exit code, never a stack trace.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli, sampleYaml, tempDir } from '../helpers.js';

const badDir = join(root, 'test', 'fixtures', 'bad');
const expected = JSON.parse(readFileSync(join(badDir, 'expected.json'), 'utf8')) as Record<
  string,
  { exit: number; errors: string[] }
>;

describe('corpus of bad résumés', () => {
  it('has an expectation for every fixture and at least 40 of them', () => {
    const files = readdirSync(badDir).filter((f) => f.endsWith('.yaml'));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  for (const [file, want] of Object.entries(expected)) {
    it(`${file}: ${want.errors[0]?.split('  ').slice(2).join('  ') ?? ''}`, async () => {
      const r = await runCli(['validate', file], { cwd: badDir });
      expect(r.code).toBe(want.exit);
      expect(r.stderr.split('\n').filter((l) => l.startsWith(`${file}:`))).toEqual(want.errors);
      expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
      // A warning alone (a guess made on a loose date) still validates: stdout has the OK line then.
      expect(r.stdout === '').toBe(want.exit !== 0);
    });
  }

  it('build refuses them too, and writes nothing', async () => {
    const out = tempDir();
    const r = await runCli(['build', 'date-month-13.yaml', '--format', 'all', '-o', out], { cwd: badDir });
    expect(r.code).toBe(1);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('generated bad files', () => {
  const cases: [string, Uint8Array | string, string][] = [
    [
      'binary.yaml',
      Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
      'binary.yaml:1:1  (document)  not a text file (it is not valid UTF-8 or UTF-16)',
    ],
    [
      'nul.yaml',
      'basics:\n  name: Ada\u0000\n',
      'nul.yaml:2:12  (document)  contains binary data (a control character): is this really a résumé file?',
    ],
    [
      'huge.yaml',
      `basics:\n  name: Ada\n  summary: ${'x'.repeat(20 * 1024 * 1024)}\n`,
      'huge.yaml:1:1  (document)  file is 20.0 MB; a résumé must be under 2 MB',
    ],
    [
      'deep.yaml',
      `basics: {name: Ada}\nx: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
      'deep.yaml:2:68  (document)  the document is nested too deeply to be a résumé',
    ],
    [
      'indented.yaml',
      `basics:\n  name: Ada\n${Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:\n`).join('')}`,
      'indented.yaml:131:257  (document)  the document is nested too deeply to be a résumé',
    ],
  ];
  for (const [name, content, line] of cases) {
    it(name, async () => {
      const dir = tempDir();
      writeFileSync(join(dir, name), content);
      const r = await runCli(['validate', name], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr.split('\n')[0]).toBe(line);
      expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
    });
  }
});

describe('valid files in unusual encodings', () => {
  const sample = readFileSync(sampleYaml, 'utf8');
  const encodings: [string, Buffer][] = [
    ['bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)])],
    ['utf16le.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')])],
    ['utf16be.yaml', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(sample, 'utf16le').swap16()])],
  ];
  for (const [name, bytes] of encodings) {
    it(`${name} validates like the UTF-8 original`, async () => {
      const dir = tempDir();
      writeFileSync(join(dir, name), bytes);
      const r = await runCli(['validate', name], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(new RegExp(`^${name}: OK — 6 sections`));
    });
  }
});
