// The bundle script runs from `npm install` (prepare), so it must work wherever a user cloned the project.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { root, tempDir } from '../helpers.js';

it('builds in a folder whose path has a space', () => {
  const dir = join(tempDir(), 'my résumé tool');
  for (const part of ['package.json', 'scripts', 'src', 'templates', 'schema', 'bin'])
    cpSync(join(root, part), join(dir, part), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, stdio: 'pipe' });
  expect(existsSync(join(dir, 'dist', 'cli.cjs'))).toBe(true);
  const out = execFileSync(process.execPath, ['bin/resume.js', 'themes'], { cwd: dir, encoding: 'utf8' });
  expect(out).toContain('classic');
});
