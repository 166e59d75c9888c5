// The README teaches by example: every complete résumé in it must be one the tool takes as it is.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root, tempDir } from './helpers.js';
import { validated } from './library.js';

describe('the README', () => {
  it('every complete YAML example in it validates, with no warning', async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    const complete = blocks.filter((b) => (parse(b) as { basics?: { name?: string } })?.basics?.name);
    expect(complete.length).toBeGreaterThanOrEqual(1);
    for (const block of complete) {
      const dir = tempDir();
      writeFileSync(join(dir, 'resume.yaml'), block);
      // The photo it names: a 1×1 PNG.
      const png =
        '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082';
      writeFileSync(join(dir, 'photo.jpg'), Buffer.from(png, 'hex'));
      expect((await validated(join(dir, 'resume.yaml'))).warnings).toEqual([]);
    }
  });
});
