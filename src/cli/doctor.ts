// `resume doctor`: can this machine build every format, and if not, what to do about it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { load } from '../pipeline/load.js';
import { BrowserSession } from '../render/pdf/browser.js';
import { ensureBundled } from '../render/pdf/bundled.js';
import { discoverBrowser, type FoundBrowser } from '../render/pdf/discover.js';
import { sandboxed } from '../render/pdf/spawn.js';

export interface Check {
  ok: boolean;
  /** A problem that does not stop a PDF (a missing font) is a warning. */
  warning?: boolean;
  what: string;
  detail: string;
  fix?: string;
}

export interface DoctorOptions {
  file: string;
  outDir: string;
  browser?: string;
}

const NODE_MAJOR_NEEDED = 20;

/** Scripts a résumé may use that the built-in theme's own font does not cover, with a font that does. */
const SCRIPTS: { name: string; test: RegExp; lang: string; font: string }[] = [
  { name: 'Cyrillic', test: /\p{Script=Cyrillic}/u, lang: 'ru', font: 'fonts-dejavu-core' },
  { name: 'Greek', test: /\p{Script=Greek}/u, lang: 'el', font: 'fonts-dejavu-core' },
  { name: 'Arabic', test: /\p{Script=Arabic}/u, lang: 'ar', font: 'fonts-noto-core' },
  { name: 'Hebrew', test: /\p{Script=Hebrew}/u, lang: 'he', font: 'fonts-noto-core' },
  { name: 'Devanagari', test: /\p{Script=Devanagari}/u, lang: 'hi', font: 'fonts-noto-core' },
  { name: 'Chinese', test: /\p{Script=Han}/u, lang: 'zh-cn', font: 'fonts-noto-cjk' },
  { name: 'Japanese', test: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, lang: 'ja', font: 'fonts-noto-cjk' },
  { name: 'Korean', test: /\p{Script=Hangul}/u, lang: 'ko', font: 'fonts-noto-cjk' },
  { name: 'emoji', test: /\p{Extended_Pictographic}/u, lang: 'und-zsye', font: 'fonts-noto-color-emoji' },
];

export async function runDoctor(options: DoctorOptions): Promise<Check[]> {
  const checks: Check[] = [];
  const node = Number(process.versions.node.split('.')[0]);
  checks.push({
    ok: node >= NODE_MAJOR_NEEDED,
    what: 'Node.js',
    detail: process.version,
    fix: `install Node.js ${NODE_MAJOR_NEEDED} or newer`,
  });
  checks.push(...(await browserChecks(options.browser)));
  checks.push(outputCheck(options.outDir));
  checks.push(...(await fontChecks(options.file)));
  return checks;
}

async function browserChecks(explicit: string | undefined): Promise<Check[]> {
  let found: FoundBrowser;
  try {
    found = discoverBrowser({ explicit });
    if (found.bundled) await ensureBundled(found.bundled);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const [first, ...rest] = error.message.split('\n');
    return [{ ok: false, what: 'browser', detail: first ?? '', fix: rest.join('\n    ') }];
  }
  const version = browserVersion(found.executablePath);
  const checks: Check[] = [
    {
      ok: true,
      what: 'browser',
      detail: `${found.executablePath}${version ? ` (${version})` : ''}, found by ${found.source}, sandbox ${sandboxed() ? 'on' : 'off'}`,
    },
  ];
  const started = performance.now();
  const session = BrowserSession.start(found);
  try {
    await session.printPdf('<!doctype html><title>doctor</title><p>resume doctor', { paper: 'A4' });
    const ms = Math.round(performance.now() - started);
    checks.push({
      ok: true,
      what: 'PDF printing',
      detail: `started the browser and printed a page in ${ms} ms`,
    });
  } catch (error) {
    checks.push({
      ok: false,
      what: 'PDF printing',
      detail: error instanceof Error ? error.message : String(error),
      fix: 'point to another browser with --browser PATH or RESUME_BROWSER (see the README, "Getting a browser")',
    });
  } finally {
    session.close();
  }
  return checks;
}

function browserVersion(path: string): string | undefined {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: 'pipe' }).trim();
  } catch {
    return undefined;
  }
}

function outputCheck(outDir: string): Check {
  // The folder itself if it exists, else the nearest parent it would be created in.
  let dir = resolve(outDir);
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  try {
    // A real write: permission bits alone say yes to root in /proc.
    rmdirSync(mkdtempSync(join(dir, '.resume-doctor-')));
    return { ok: true, what: 'output folder', detail: `${outDir} is writable` };
  } catch {
    return {
      ok: false,
      what: 'output folder',
      detail: `${outDir} cannot be written (${dir} is not writable)`,
      fix: 'choose another folder with -o DIR',
    };
  }
}

async function fontChecks(file: string): Promise<Check[]> {
  if (!existsSync(file)) {
    return [
      { ok: true, what: 'fonts', detail: `no ${file} to look at; the theme's own font covers Latin text` },
    ];
  }
  let text: string;
  try {
    text = JSON.stringify((await load({ file }, { allLocales: true })).editions.map((e) => e.resume));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return [
      {
        ok: true,
        warning: true,
        what: 'résumé',
        detail: `${file} has problems (${error.message})`,
        fix: `run resume validate ${file}`,
      },
    ];
  }
  const used = SCRIPTS.filter((s) => s.test.test(text));
  if (used.length === 0)
    return [
      { ok: true, what: 'fonts', detail: `${file} is in Latin script: the theme's own font covers it` },
    ];
  return used.map((script) => {
    const families = systemFonts(script.lang);
    // The PDF and the HTML carry every script's font, shipped in the package; the DOCX is drawn by the fonts of
    // the machine it is opened on.
    const what = `fonts for ${script.name}`;
    const pdf = 'the PDF and HTML carry it in the shipped fonts';
    if (families === undefined) {
      return {
        ok: true,
        warning: true,
        what,
        detail: `${pdf}; whether the DOCX can be read here, fc-list (fontconfig, not installed) would tell`,
        fix: `if the DOCX shows empty boxes here, install a font for ${script.name} (Debian: apt-get install ${script.font})`,
      };
    }
    return families.length > 0
      ? { ok: true, what, detail: `${pdf}; the DOCX here: ${families.slice(0, 3).join(', ')}` }
      : {
          ok: true,
          warning: true,
          what,
          detail: `${pdf}, but no installed font draws ${script.name}: the DOCX opened on this machine would show empty boxes (a reader's machine has its own fonts)`,
          fix: `to read it here, install one (Debian: apt-get install ${script.font})`,
        };
  });
}

/** Families fontconfig knows for a language, or undefined where fontconfig is missing. */
function systemFonts(lang: string): string[] | undefined {
  try {
    const out = execFileSync('fc-list', [`:lang=${lang}`, 'family'], { encoding: 'utf8', timeout: 10_000 });
    return [
      ...new Set(
        out
          .split('\n')
          .map((l) => l.split(',')[0]?.trim() ?? '')
          .filter(Boolean),
      ),
    ].sort();
  } catch {
    return undefined;
  }
}

export function formatChecks(checks: Check[]): string {
  const lines = checks.map((c) => {
    const mark = !c.ok ? 'FAIL' : c.warning ? 'WARN' : 'ok  ';
    const fix = c.fix && (!c.ok || c.warning) ? `\n    fix: ${c.fix}` : '';
    return `${mark}  ${c.what}: ${c.detail}${fix}`;
  });
  const failed = checks.filter((c) => !c.ok).length;
  lines.push(
    failed === 0
      ? 'every format can be built on this machine'
      : `${failed} problem${failed === 1 ? '' : 's'}: PDF cannot be built here until ${failed === 1 ? 'it is' : 'they are'} fixed`,
  );
  return lines.join('\n');
}
