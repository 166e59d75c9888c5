import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { root } from '../helpers.js';

it('src/core/resume-types.ts is generated from the current schema', () => {
  // Fails when someone edits the schema without `npm run gen:types` (or edits the types by hand).
  expect(() =>
    execFileSync('node', [join(root, 'scripts', 'gen-types.mjs'), '--check'], { stdio: 'pipe' }),
  ).not.toThrow();
});
