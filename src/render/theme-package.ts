// JSON Resume themes from npm (jsonresume-theme-even, …): a package whose `render(resume)` returns the HTML.
// Found the way resumed finds them, from a folder's node_modules upwards; the short name "even" means
// jsonresume-theme-even. The theme is code the user installed and runs in this process, as with resumed; its
// page still goes through our browser, which loads nothing: what it asks for is refused and reported.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../errors.js';

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

/** The folder of an installed theme package named `ref` (or jsonresume-theme-`ref`), seen from `baseDir`. */
export function findThemePackage(ref: string, baseDir: string): string | undefined {
  if (!PACKAGE_NAME.test(ref)) return undefined;
  const names = ref.startsWith(PREFIX) || ref.startsWith('@') ? [ref] : [ref, `${PREFIX}${ref}`];
  for (const name of names) {
    for (let dir = baseDir; ; dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', name);
      if (existsSync(join(candidate, 'package.json'))) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  return undefined;
}

/** The JSON Resume themes installed in node_modules folders from `baseDir` up (the nearest of each name). */
export function installedThemePackages(baseDir: string): { name: string; description: string }[] {
  const found = new Map<string, string>();
  for (let dir = baseDir; ; dir = dirname(dir)) {
    const modules = join(dir, 'node_modules');
    const names = existsSync(modules) ? readdirSync(modules).filter((n) => n.startsWith(PREFIX)) : [];
    for (const name of names) {
      if (found.has(name)) continue;
      try {
        const pkg = JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8'));
        found.set(name, String(pkg.description ?? ''));
      } catch {
        // A broken install is not listed; using it by name says what is wrong.
      }
    }
    if (dirname(dir) === dir) break;
  }
  return [...found].sort().map(([name, description]) => ({ name, description }));
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
