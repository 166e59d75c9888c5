// Bundles with esbuild: the CLI as one CommonJS file whose compiled code V8 can keep between runs (launch.cjs runs
// it), the library as ES modules, and the large libraries few commands need in dist/vendor/; the schema validators
// are compiled and the built-in themes' templates precompiled here rather than on every run.

import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
// fileURLToPath, not URL.pathname: the latter keeps %20 for a space, and the folder then cannot be found.
const root = fileURLToPath(new URL('..', import.meta.url));

/** The validators of src/core/schema-validator.ts (the résumé) and src/render/theme-validator.ts (theme.json):
 * the same ajv setup, emitted as code (ajv "standalone") at build time. */
const VALIDATORS = {
  'core/schema-validator.ts': { schema: 'resume.schema.json', name: 'validateSchema' },
  'render/theme-validator.ts': { schema: 'theme.schema.json', name: 'validateTheme' },
};
/** A schema's validator, with the setup of src/core/ajv-setup.json. */
function validatorOf(schemaFile, extra = {}) {
  const Ajv2020 = require('ajv/dist/2020').default;
  const addFormats = require('ajv-formats').default;
  const schema = JSON.parse(readFileSync(new URL(`../schema/${schemaFile}`, import.meta.url), 'utf8'));
  const { options, formats } = JSON.parse(
    readFileSync(new URL('../src/core/ajv-setup.json', import.meta.url), 'utf8'),
  );
  const ajv = new Ajv2020({ ...options, ...extra });
  addFormats(ajv, formats);
  return { ajv, validate: ajv.compile(schema) };
}
const validator = (schemaFile) => validatorOf(schemaFile).validate;

const precompiledValidator = {
  name: 'precompiled-validator',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/](core[\\/]schema|render[\\/]theme)-validator\.ts$/ }, (args) => {
      const file = args.path.split(/[\\/]/).slice(-2).join('/');
      const { schema: schemaFile, name } = VALIDATORS[file];
      const standalone = require('ajv/dist/standalone').default;
      const { ajv, validate } = validatorOf(schemaFile, { code: { source: true, esm: true } });
      const code = standalone(ajv, validate).replace(/^"use strict";/, '');
      return { contents: `${code}\nexport const ${name} = validate;`, loader: 'js', resolveDir: root };
    });
  },
};

/**
 * Fills src/render/html/precompiled.ts (empty in the sources) with the built-in themes: each one's template sources
 * and theme.json (checked here against the theme schema), and its templates precompiled with the options of
 * compile-options.json, in a chunk of their own that a run loads only for the theme it draws with. The templates
 * are read by src/render/theme-sources.ts, the module the theme loader uses, so they are the very sources the tests
 * load; src/render/html/templates.ts (the same code in the tests and the bundle) finds a theme's set by its
 * sources and compiles any that no longer match.
 */
const precompiledTemplates = {
  name: 'precompiled-templates',
  setup(b) {
    const Handlebars = require('handlebars');
    const options = JSON.parse(
      readFileSync(new URL('../src/render/html/compile-options.json', import.meta.url), 'utf8'),
    );
    const templates = fileURLToPath(new URL('../templates/', import.meta.url));
    const themeNames = () =>
      readdirSync(templates, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(templates, d.name, 'theme.json')))
        .map((d) => d.name);
    const sourcesOf = async (name) => {
      const { templateSources } = await importTs('src/render/theme-sources.ts');
      const dir = join(templates, name);
      const manifest = JSON.parse(readFileSync(join(dir, 'theme.json'), 'utf8'));
      const base = manifest.extends ? await sourcesOf(manifest.extends) : undefined;
      return templateSources(dir, base, (file) => readFileSync(join(dir, file), 'utf8'));
    };
    b.onLoad({ filter: /[\\/]src[\\/]render[\\/]html[\\/]precompiled\.ts$/ }, async () => {
      const validateTheme = validator('theme.schema.json');
      const entries = await Promise.all(
        themeNames().map(async (name) => {
          const manifest = readFileSync(join(templates, name, 'theme.json'), 'utf8');
          if (!validateTheme(JSON.parse(manifest)))
            throw new Error(`templates/${name}/theme.json: ${JSON.stringify(validateTheme.errors)}`);
          const { main, partials, letter } = await sourcesOf(name);
          const sources = JSON.stringify(JSON.stringify({ main, partials, letter }));
          const specs = `() => import(${JSON.stringify(`precompiled-specs:${name}`)})`;
          return `${JSON.stringify(name)}: { sources: ${sources}, manifest: ${JSON.stringify(manifest)}, specs: ${specs} }`;
        }),
      );
      return { contents: `export const precompiled = { ${entries.join(',\n')} };`, loader: 'js' };
    });
    b.onResolve({ filter: /^precompiled-specs:/ }, (args) => ({
      path: args.path.slice('precompiled-specs:'.length),
      namespace: 'precompiled-specs',
    }));
    b.onLoad({ filter: /.*/, namespace: 'precompiled-specs' }, async (args) => {
      const { main, partials, letter } = await sourcesOf(args.path);
      const spec = (source) => Handlebars.precompile(source, options);
      const partialSpecs = Object.entries(partials).map(([n, src]) => `${JSON.stringify(n)}: ${spec(src)}`);
      const letterSpec = letter === undefined ? '' : `export const letter = ${spec(letter)};\n`;
      return {
        contents: `export const main = ${spec(main)};\n${letterSpec}export const partials = { ${partialSpecs.join(', ')} };`,
        loader: 'js',
      };
    });
  },
};

/** Large libraries that few commands load (pdf.js for check, a ZIP reader for LinkedIn exports), each built once
 * into dist/vendor/ as an ES module that the library and the CLI import when asked for. Kept out of the CLI
 * bundle, which would otherwise be three times larger, and so slower to read and its code cache slower to load,
 * on every run. They keep no state shared with the rest of the program. (The language guesser stays in the
 * bundle: most résumés name no language, so its compiled code is worth caching.) */
const VENDOR = {
  'pdfjs-dist/legacy/build/pdf.mjs': 'pdf',
  'pdfjs-dist/legacy/build/pdf.worker.mjs': 'pdf.worker',
  jszip: 'jszip',
};
const vendorExternal = {
  name: 'vendor-external',
  setup(b) {
    const names = Object.keys(VENDOR).map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    b.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => ({
      path: `./vendor/${VENDOR[args.path]}.js`,
      external: true,
    }));
  },
};

/** A TypeScript module of the sources (Node built-ins only), compiled and imported here. */
async function importTs(path) {
  const { outputFiles } = await build({
    entryPoints: [path],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

/** Copies the font files the program draws with (src/render/font-list.ts) from their @fontsource packages into
 * fonts/: the face's CSS, the WOFF2 files of the subsets it takes with their names put right
 * (src/render/font-names.ts), and the package's licence (OFL). */
async function copyFonts() {
  const { FAMILIES, SCRIPTS, SHIPPED_FONTS, wantedBlocks } = await importTs('src/render/font-list.ts');
  const familyOf = new Map([
    ...Object.entries(FAMILIES).map(([family, font]) => [font.package, family]),
    ...SCRIPTS.map((font) => [font.package, font.family]),
  ]);
  const fonts = join(root, 'fonts');
  rmSync(fonts, { recursive: true, force: true });
  const files = [];
  for (const font of SHIPPED_FONTS) {
    const from = dirname(require.resolve(`${font.package}/package.json`));
    const to = join(fonts, font.package);
    mkdirSync(join(to, 'files'), { recursive: true });
    copyFileSync(join(from, 'LICENSE'), join(to, 'LICENSE'));
    for (const face of font.faces) {
      const css = readFileSync(join(from, `${face}.css`), 'utf8');
      copyFileSync(join(from, `${face}.css`), join(to, `${face}.css`));
      for (const { file } of wantedBlocks(font, face, css))
        files.push({
          from: join(from, 'files', file),
          to: join(to, 'files', file),
          family: familyOf.get(font.package),
        });
    }
  }
  const { withFamilyName } = await importTs('src/render/font-names.ts');
  const kept = new Set(await Promise.all(files.map((file) => copyNamedRight(file, withFamilyName))));
  // The files of an earlier package version or renamer are not needed again.
  for (const file of readdirSync(fontCache)) if (!kept.has(file)) rmSync(join(fontCache, file));
}

/** Where the files renamed by an earlier build are kept, by the hash of what made them: renaming repacks a file
 * with brotli, about a minute for the seven hundred CJK files on a first build. */
const fontCache = join(root, 'node_modules', '.cache', 'resumec-fonts');
const renamer = readFileSync(new URL('../src/render/font-names.ts', import.meta.url));

/** Copies one WOFF2 file renamed, from the cache when an earlier build renamed it; gives its name there. */
async function copyNamedRight({ from, to, family }, withFamilyName) {
  const bytes = readFileSync(from);
  const cached = `${createHash('sha256').update(renamer).update(family).update(bytes).digest('hex')}.woff2`;
  if (!existsSync(join(fontCache, cached))) {
    let renamed;
    try {
      renamed = await withFamilyName(bytes, family);
    } catch (error) {
      throw new Error(`${from}: ${error.message}`);
    }
    mkdirSync(fontCache, { recursive: true });
    writeFileSync(join(fontCache, cached), renamed ?? bytes);
  }
  copyFileSync(join(fontCache, cached), to);
  return cached;
}

await copyFonts();
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const common = {
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  // Less code to parse at start-up; identifiers stay, so stack traces still read.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  // The inputs say which packages the bundle holds, whose licences ship with it.
  metafile: true,
  plugins: [precompiledValidator, precompiledTemplates, vendorExternal],
  // Optional peers of puppeteer-core that a pipe-connected Chromium never uses.
  external: ['chromium-bidi/*', 'ws', 'bufferutil', 'utf-8-validate'],
};
const esmRequire = {
  // Some CommonJS dependencies call require() for Node built-ins.
  js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
};
const vendor = await build({
  ...common,
  entryPoints: Object.fromEntries(Object.entries(VENDOR).map(([from, name]) => [name, from])),
  outdir: 'dist/vendor',
  plugins: [],
  splitting: true,
  format: 'esm',
  banner: esmRequire,
});
// The library.
const library = await build({
  ...common,
  entryPoints: { index: 'src/index.ts' },
  splitting: true,
  format: 'esm',
  banner: esmRequire,
});
// The CLI: one CommonJS script, which V8 can cache compiled (Node 20 caches no ES module). What only some
// commands use (the DOCX writer, the posting matcher, the letter code) is evaluated only when asked for.
const commonJs = {
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "var __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
};
const cli = await build({ ...common, ...commonJs, entryPoints: { cli: 'src/cli/bundle.ts' } });
// The launcher, which bin/resume.js runs first: it starts the browser when a PDF is asked for, then runs the CLI
// bundle through V8's code cache. CommonJS too: Node starts a CommonJS program faster than an ES module one.
await build({ ...common, ...commonJs, entryPoints: { launch: 'src/cli/launch.ts' }, sourcemap: false });
writeCliRecord();
// METAFILE=path.json: what the CLI bundle holds, to see what makes it large (esbuild's analyzer reads it).
if (process.env.METAFILE) writeFileSync(process.env.METAFILE, JSON.stringify(cli.metafile));
writeThirdPartyLicences({ ...vendor.metafile.inputs, ...library.metafile.inputs, ...cli.metafile.inputs });

/** The CLI bundle as launch.ts runs it, and dist/cli.json, which names it and its hash (the key of its code
 * cache). Two changes to esbuild's output:
 * - Pure ASCII (esbuild escapes strings but leaves regular expressions as written), so launch.ts reads it as
 *   latin1, several times faster than decoding UTF-8. A \uXXXX escape means the same code unit in a string, a
 *   template, a regular expression (with or without the u flag, where an escaped surrogate pair is one code point)
 *   and an identifier: the only places a minified bundle without comments has characters.
 * - Each `await import(` calls `__import(`, which launch.ts passes in: in Node 20 a script compiled from V8's
 *   cache cannot call import() itself. The build fails on any other `import(`, which would fail at run time. */
function writeCliRecord() {
  const file = join(root, 'dist', 'cli.cjs');
  const ascii = readFileSync(file, 'utf8')
    .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\bawait import\(/g, 'await __import(');
  const stray = /(?<![\w$.])import\(/.exec(ascii);
  if (stray)
    throw new Error(
      `dist/cli.cjs: an import() that is not awaited: ${ascii.slice(stray.index - 60, stray.index + 40)}`,
    );
  writeFileSync(file, ascii, 'latin1');
  const hash = createHash('sha256').update(ascii).digest('hex').slice(0, 16);
  writeFileSync(join(root, 'dist', 'cli.json'), `${JSON.stringify({ file: 'cli.cjs', hash })}\n`);
}

/** The bundle carries code of other packages without their files: their licences go with it, in one file. */
function writeThirdPartyLicences(inputs) {
  const packages = new Map();
  for (const input of Object.keys(inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (!m || packages.has(m[1])) continue;
    const dir = join(root, input.slice(0, m.index + m[0].length));
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    packages.set(m[1], {
      version: pkg.version,
      license: pkg.license,
      text: file ? readFileSync(join(dir, file), 'utf8') : '',
    });
  }
  const sections = [...packages]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([name, p]) =>
        `${name} ${p.version} (${p.license ?? 'see below'})\n\n${p.text.trim() || 'No licence file in the package.'}`,
    );
  writeFileSync(
    join(root, 'dist', 'THIRD-PARTY-LICENSES.txt'),
    `The bundle in this folder includes code from these packages, under their licences:\n\n${sections.join(`\n\n${'-'.repeat(78)}\n\n`)}\n`,
  );
}
