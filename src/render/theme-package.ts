// JSON Resume themes from npm (jsonresume-theme-even, …): a package whose `render(resume)` returns the HTML.
// Found in the node_modules of the résumé's own project (see projectRoot); the short name "even" means
// jsonresume-theme-even. The theme is code the user installed and runs in this process, as with resumed; its
// page still goes through our browser, which loads nothing: what it asks for is refused and reported.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError, visible } from '../errors.js';

const PREFIX = 'jsonresume-theme-';
const PACKAGE_NAME = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/;

/** How the theme asks to be printed (the `pdfRenderOptions` export resumed passes to puppeteer). */
export interface PackagePrintOptions {
  margins?: { top: number; right: number; bottom: number; left: number };
  media?: 'print' | 'screen';
}

export interface ThemePackage {
  name: string;
  version: string;
  dir: string;
  description: string;
  render(resume: Record<string, unknown>): Promise<string>;
  print: PackagePrintOptions;
}

/** The project a résumé (or the current folder) belongs to: the nearest folder at or above `baseDir` that holds a
 * package.json, else `baseDir` itself. Theme packages are code: only the project's own node_modules is searched,
 * never a parent's (a home folder's node_modules, a shared checkout's), so a résumé runs only what its project
 * installed. */
export function projectRoot(baseDir: string): string {
  const start = resolve(baseDir);
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

/** The folder of an installed theme package named `ref` (or jsonresume-theme-`ref`), in the node_modules of the
 * project of `baseDir`. */
export function findThemePackage(ref: string, baseDir: string): string | undefined {
  if (!PACKAGE_NAME.test(ref)) return undefined;
  const names = ref.startsWith(PREFIX) || ref.startsWith('@') ? [ref] : [ref, `${PREFIX}${ref}`];
  const modules = join(projectRoot(baseDir), 'node_modules');
  return names.map((name) => join(modules, name)).find((dir) => existsSync(join(dir, 'package.json')));
}

/** The JSON Resume themes installed in the node_modules of the project of `baseDir`. */
export function installedThemePackages(baseDir: string): { name: string; description: string }[] {
  const modules = join(projectRoot(baseDir), 'node_modules');
  const names = existsSync(modules) ? readdirSync(modules).filter((n) => n.startsWith(PREFIX)) : [];
  const found: { name: string; description: string }[] = [];
  for (const name of names.sort()) {
    try {
      const pkg = JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8'));
      found.push({ name, description: visible(String(pkg.description ?? '')) });
    } catch {
      // A broken install is not listed; using it by name says what is wrong.
    }
  }
  return found;
}

/** What the build runs, said once: a theme package is code from the project's node_modules. */
export function themePackageNote(pkg: ThemePackage): string {
  const where = relative(process.cwd(), pkg.dir) || '.';
  return visible(
    `theme: ${pkg.name}${pkg.version ? ` ${pkg.version}` : ''}, a JSON Resume theme (its code runs) from ${where}`,
  );
}

/** The module an `import` of the package would load: exports (import, node, default, require), else main. */
function entryOf(dir: string, pkg: { exports?: unknown; main?: string; module?: string }): string {
  const pick = (e: unknown): string | undefined => {
    if (typeof e === 'string') return e;
    if (!e || typeof e !== 'object' || Array.isArray(e)) return undefined;
    const o = e as Record<string, unknown>;
    return pick(o['.']) ?? pick(o.import) ?? pick(o.node) ?? pick(o.default) ?? pick(o.require);
  };
  const relative = pick(pkg.exports) ?? pkg.main ?? 'index.js';
  for (const file of [relative, `${relative}.js`, join(relative, 'index.js')]) {
    const path = join(dir, file);
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  throw new UserError(`theme ${dir}: its package.json names no module that exists (${relative})`);
}

const loaded = new Map<string, Promise<ThemePackage>>();

export function loadThemePackage(dir: string): Promise<ThemePackage> {
  let theme = loaded.get(dir);
  if (!theme) {
    theme = importThemePackage(dir);
    theme.catch(() => loaded.delete(dir)); // a failure is not remembered: a watch session may see it fixed
    loaded.set(dir, theme);
  }
  return theme;
}

async function importThemePackage(dir: string): Promise<ThemePackage> {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name?: string;
    version?: string;
    description?: string;
    exports?: unknown;
    main?: string;
  };
  const name = pkg.name ?? dir;
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(entryOf(dir, pkg)).href)) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`theme ${name} cannot be loaded: ${(error as Error).message ?? String(error)}`);
  }
  const fallback = mod.default as Record<string, unknown> | undefined;
  const render = (mod.render ?? fallback?.render) as ((resume: unknown) => unknown) | undefined;
  if (typeof render !== 'function')
    throw new UserError(`theme ${name} is not a JSON Resume theme: it exports no render(resume) function`);
  return {
    name,
    version: pkg.version ?? '',
    dir,
    description: pkg.description ?? 'a JSON Resume theme',
    print: printOptions(mod.pdfRenderOptions ?? fallback?.pdfRenderOptions),
    async render(resume) {
      let html: unknown;
      try {
        html = await render(resume);
      } catch (error) {
        throw new UserError(`theme ${name} failed to render: ${(error as Error).message ?? String(error)}`);
      }
      if (typeof html !== 'string') throw new UserError(`theme ${name} returned no HTML from render(resume)`);
      return html;
    },
  };
}

/** puppeteer's margins ("0.8 cm", "10mm", "1in", "12px", or a number of pixels) in inches, and media type. */
function printOptions(options: unknown): PackagePrintOptions {
  if (!options || typeof options !== 'object') return {};
  const o = options as { margin?: Record<string, unknown>; mediaType?: unknown };
  const out: PackagePrintOptions = {};
  if (o.mediaType === 'screen' || o.mediaType === 'print') out.media = o.mediaType;
  if (o.margin && typeof o.margin === 'object') {
    const side = (v: unknown) => inches(v) ?? 0;
    out.margins = {
      top: side(o.margin.top),
      right: side(o.margin.right),
      bottom: side(o.margin.bottom),
      left: side(o.margin.left),
    };
  }
  return out;
}

const PER_INCH: Record<string, number> = { in: 1, cm: 2.54, mm: 25.4, px: 96, pt: 72 };

function inches(value: unknown): number | undefined {
  if (typeof value === 'number') return value / 96;
  const m = /^\s*([\d.]+)\s*(in|cm|mm|px|pt)?\s*$/i.exec(String(value ?? ''));
  if (!m) return undefined;
  return Number(m[1]) / (PER_INCH[(m[2] ?? 'px').toLowerCase()] ?? 96);
}
