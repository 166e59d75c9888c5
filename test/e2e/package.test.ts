// What the package ships (issue 26): bin, files, exports with type declarations, a licence, no source maps and no
// install-time scripts. The global install of the tarball on a bare machine is proven by .ci/pack-check.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.js';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('the package', () => {
  it('declares its bin, exports with types, engines, and no script that runs at install', () => {
    expect(Object.values(pkg.bin)).toEqual(['bin/resume.js']);
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', import: './dist/index.js' });
    expect(pkg.engines.node).toMatch(/^>=20/);
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare'])
      expect(pkg.scripts[script], script).toBeUndefined();
    // What the bundle already holds is no dependency: an install fetches only what runs from node_modules.
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['handlebars', 'yaml']);
  });

  it('packs the bundle, its type declarations, fonts, schema, templates and licences, and no source maps', () => {
    // The declarations are made before packing (prepack); scripts are not run here, so the bundle the other tests
    // use is not rebuilt under them.
    execFileSync(process.execPath, [join(root, 'scripts', 'types.mjs')], { cwd: root, stdio: 'ignore' });
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
    });
    const files: string[] = JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
    for (const file of [
      'bin/resume.js',
      'bin/package.json',
      'dist/launch.cjs',
      'dist/cli.cjs',
      'dist/cli.json',
      'dist/vendor/pdf.js',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/THIRD-PARTY-LICENSES.txt',
      'LICENSE',
      'schema/resume.schema.json',
      'schema/theme.schema.json',
      'templates/classic/theme.json',
      'fonts/@fontsource/noto-sans-sc/LICENSE',
    ])
      expect(files, file).toContain(file);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);
  }, 180_000);
});
