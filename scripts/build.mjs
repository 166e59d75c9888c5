// Bundles the CLI with esbuild: one file to parse at start-up instead of hundreds of modules, heavy libraries
// (puppeteer-core, docx) split into chunks that load only when a PDF or DOCX is asked for, and the schema
// validator compiled here rather than on every run.
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;

/** The same ajv setup as src/core/schema-validator.ts, emitted as code (ajv "standalone") at build time. */
const precompiledValidator = {
  name: 'precompiled-validator',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]core[\\/]schema-validator\.ts$/ }, () => {
      const Ajv2020 = require('ajv/dist/2020').default;
      const addFormats = require('ajv-formats').default;
      const standalone = require('ajv/dist/standalone').default;
      const schema = JSON.parse(
        readFileSync(new URL('../schema/resume.schema.json', import.meta.url), 'utf8'),
      );
      const { options, formats } = JSON.parse(
        readFileSync(new URL('../src/core/ajv-setup.json', import.meta.url), 'utf8'),
      );
      const ajv = new Ajv2020({ ...options, code: { source: true, esm: true } });
      addFormats(ajv, formats);
      const code = standalone(ajv, ajv.compile(schema)).replace(/^"use strict";/, '');
      return { contents: `${code}\nexport const validateSchema = validate;`, loader: 'js', resolveDir: root };
    });
  },
};

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const result = await build({
  // early starts the browser before the big cli chunk is even parsed (see bin/resume.js).
  entryPoints: { early: 'src/cli/early-browser.ts', cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: Boolean(process.env.METAFILE),
  plugins: [precompiledValidator],
  // Some CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  // Optional peers of puppeteer-core that a pipe-connected Chromium never uses.
  external: ['chromium-bidi/*', 'ws', 'bufferutil', 'utf-8-validate'],
});
if (process.env.METAFILE)
  (await import('node:fs')).writeFileSync(process.env.METAFILE, JSON.stringify(result.metafile));
