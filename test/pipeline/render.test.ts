// The library's render(): every stage of a build, in memory, writing nothing.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, render } from '../../src/index.js';
import { SupersededBuild } from '../../src/pipeline/run.js';
import { sampleYaml, tempDir } from '../helpers.js';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const yaml =
  'basics:\n  name: Ada Lovelace\n  label: Engineer\nwork:\n  - name: Engines Ltd\n    startDate: "2020-03"\n';

describe('render()', () => {
  it('renders source text in memory: names, formats and bytes, nothing written', async () => {
    const cwd = process.cwd();
    const before = readdirSync(cwd).sort();
    const { outputs, warnings } = await render({ source: yaml, formats: ['html', 'md', 'txt'] });
    expect(outputs.map((o) => [o.name, o.format])).toEqual([
      ['resume.html', 'html'],
      ['resume.md', 'md'],
      ['resume.txt', 'txt'],
    ]);
    expect(text(outputs[2]?.bytes ?? new Uint8Array())).toContain('ADA LOVELACE');
    expect(text(outputs[2]?.bytes ?? new Uint8Array())).toContain('Mar 2020');
    expect(warnings).toEqual([]);
    expect(readdirSync(cwd).sort()).toEqual(before);
  });

  it('takes a JSON Resume object, and names positions after `file` in its warnings', async () => {
    const object = { basics: { name: 'Obj Person' }, work: [{ name: 'X', startDate: 'August 2020' }] };
    const { outputs, warnings } = await render({ source: object, file: 'cv.json', formats: ['txt'] });
    expect(text(outputs[0]?.bytes ?? new Uint8Array())).toContain('OBJ PERSON');
    expect(warnings[0]).toMatchObject({ file: 'cv.json', path: 'work[0].startDate', severity: 'warning' });
  });

  it('reads a file, with a variant, a locale and a theme, like the CLI', async () => {
    const { outputs } = await render({
      file: sampleYaml,
      variant: 'rails',
      locale: 'de',
      formats: ['txt', 'json'],
    });
    expect(outputs.map((o) => o.name)).toEqual([
      'ankit-khandelwal-rails-engineer.de.txt',
      'ankit-khandelwal-rails-engineer.de.json',
    ]);
    expect(text(outputs[0]?.bytes ?? new Uint8Array())).toContain('Mai 2025 – Nov. 2025');
  });

  it('fails as the CLI does: a UserError with positions, nothing written', async () => {
    await expect(
      render({
        // Our own format (it declares our schema): an unknown key is an error.
        source:
          'basics:\n  name: X\n  emial: x@y.z\n# yaml-language-server: $schema=./schema/resume.schema.json\n',
        file: 'bad.yaml',
      }),
    ).rejects.toMatchObject({
      diagnostics: [
        expect.objectContaining({
          file: 'bad.yaml',
          line: 3,
          message: expect.stringMatching(/did you mean "email"/),
        }),
      ],
    });
  });
});

describe('build()', () => {
  it('is render() plus the atomic write', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cv.yaml'), yaml);
    const { written } = await build({
      file: join(dir, 'cv.yaml'),
      formats: ['html', 'txt'],
      outDir: join(dir, 'out'),
    });
    expect(written).toEqual([join(dir, 'out', 'resume.html'), join(dir, 'out', 'resume.txt')]);
    expect(existsSync(join(dir, 'out', 'resume.txt'))).toBe(true);
  });

  it('writes nothing when its inputs changed while it ran (a watch asks), and says so', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cv.yaml'), yaml);
    const outDir = join(dir, 'out');
    let asked = 0;
    const current = () => {
      asked++;
      return false;
    };
    await expect(
      build({ file: join(dir, 'cv.yaml'), formats: ['html', 'txt'], outDir, current }),
    ).rejects.toThrow(SupersededBuild);
    expect(asked).toBe(1);
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  });
});
