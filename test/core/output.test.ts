// All-or-nothing writes: a rename that fails midway puts back what the earlier renames replaced.
import * as fs from 'node:fs';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeOutputs } from '../../src/core/output.js';
import { RenderError } from '../../src/errors.js';
import { tempDir } from '../helpers.js';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, renameSync: vi.fn(actual.renameSync) };
});

describe('writeOutputs', () => {
  afterEach(() => vi.mocked(fs.renameSync).mockReset());

  it('puts back the files already replaced when a later rename fails', async () => {
    const actual = await vi.importActual<typeof import('node:fs')>('node:fs');
    const dir = tempDir();
    writeFileSync(join(dir, 'a.html'), 'old a');
    writeFileSync(join(dir, 'b.pdf'), 'old b');
    let renames = 0;
    vi.mocked(fs.renameSync).mockImplementation((from, to) => {
      // The second output's rename fails (a disk error, say); the first has already replaced a.html.
      if (String(to).endsWith('b.pdf') && renames++ === 0)
        throw Object.assign(new Error('EIO'), { code: 'EIO' });
      actual.renameSync(from, to);
    });
    expect(() =>
      writeOutputs([
        { path: join(dir, 'a.html'), data: 'new a' },
        { path: join(dir, 'b.pdf'), data: 'new b' },
      ]),
    ).toThrow(RenderError);
    expect(readFileSync(join(dir, 'a.html'), 'utf8')).toBe('old a');
    expect(readFileSync(join(dir, 'b.pdf'), 'utf8')).toBe('old b');
    expect(readdirSync(dir).sort()).toEqual(['a.html', 'b.pdf']); // no temp or backup files left
  });

  it('removes a new file whose target did not exist before', async () => {
    const actual = await vi.importActual<typeof import('node:fs')>('node:fs');
    const dir = tempDir();
    vi.mocked(fs.renameSync).mockImplementation((from, to) => {
      if (String(to).endsWith('b.pdf')) throw Object.assign(new Error('EIO'), { code: 'EIO' });
      actual.renameSync(from, to);
    });
    expect(() =>
      writeOutputs([
        { path: join(dir, 'a.html'), data: 'new a' },
        { path: join(dir, 'b.pdf'), data: 'new b' },
      ]),
    ).toThrow('cannot write the outputs (EIO); nothing was written');
    expect(readdirSync(dir)).toEqual([]);
  });
});
