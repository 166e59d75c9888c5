// Bundles the CLI with esbuild: one file to parse at start-up instead of hundreds of modules, and heavy
// libraries (puppeteer-core, docx) split into chunks that load only when a PDF or DOCX is asked for.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  // Some CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // Optional peers of puppeteer-core that a pipe-connected Chromium never uses.
  external: ['chromium-bidi/*', 'ws', 'bufferutil', 'utf-8-validate'],
});
