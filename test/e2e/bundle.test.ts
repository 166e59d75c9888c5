// The bundle ships the built-in themes precompiled, read by the same module as the theme loader
// (src/render/theme-sources.ts): building with any of them never loads the Handlebars compiler; a theme whose
// templates differ from every built-in set is compiled at run time.
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listThemes } from '../../src/render/theme.js';
import { root, runCli, sampleYaml, tempDir } from '../helpers.js';

/** Builds the HTML with the bundled CLI (launched as bin/resume.js does) in this process and says whether the
 * compiler was loaded. */
function compilerLoaded(theme: string): boolean {
  const script = `
    const Module = require('node:module');
    const resolve = Module._resolveFilename;
    let loaded = false;
    Module._resolveFilename = function (request, ...rest) {
      if (request === 'handlebars') loaded = true;
      return resolve.call(this, request, ...rest);
    };
    import(${JSON.stringify(join(root, 'dist', 'launch.cjs'))}).then(async ({ launch }) => {
      const code = await launch(['build', ${JSON.stringify(sampleYaml)}, '--theme', ${JSON.stringify(theme)},
        '-f', 'html', '-o', ${JSON.stringify(tempDir())}, '-q']);
      process.stdout.write(JSON.stringify({ code, loaded }));
    });`;
  const { code, loaded } = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
  expect(code).toBe(0);
  return loaded;
}

describe('the bundle', () => {
  it.each(listThemes())('builds with the precompiled %s theme', (theme) => {
    expect(compilerLoaded(theme)).toBe(false);
  });

  it('compiles an edited theme at run time', async () => {
    const dir = tempDir();
    expect((await runCli(['create-theme', 'mine', '--from', 'sidebar'], { cwd: dir })).code).toBe(0);
    appendFileSync(join(dir, 'mine', 'partials', 'masthead.hbs'), '<!-- edited -->\n');
    expect(compilerLoaded(join(dir, 'mine'))).toBe(true);
  });
});
