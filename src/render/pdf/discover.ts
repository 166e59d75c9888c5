// Finds a Chromium-family browser without downloading one: explicit path, environment, installed browsers,
// puppeteer's cache, then the Chromium embedded in the npm package. The fastest candidate on each platform comes
// first (chrome-headless-shell).
import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { UserError } from '../../errors.js';
import { BUNDLED_PACKAGE, type BundledChromium, bundledChromium } from './bundled.js';

export interface FoundBrowser {
  executablePath: string;
  /** How it was found, for messages. */
  source: string;
  /** chrome-headless-shell is headless by nature and starts fastest. */
  headlessShell: boolean;
  /** The embedded Chromium, which may still need unpacking before it runs. */
  bundled?: BundledChromium;
}

/** The value of --browser or RESUME_BROWSER that asks for the embedded Chromium. */
export const BUNDLED = 'bundled';

export interface DiscoverOptions {
  explicit?: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  arch?: string;
}

export function installedCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      'Brave Browser.app/Contents/MacOS/Brave Browser',
    ];
    return [
      ...pathCandidates(['chrome-headless-shell'], env, platform),
      ...apps.flatMap((a) => [join('/Applications', a), join(homedir(), 'Applications', a)]),
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (r): r is string => !!r,
    );
    return [
      ...pathCandidates(['chrome-headless-shell.exe'], env, platform),
      ...roots.flatMap((r) => [
        join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        join(r, 'Chromium', 'Application', 'chrome.exe'),
        join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      ]),
    ];
  }
  return [
    '/usr/lib/chromium/chromium-headless-shell',
    ...pathCandidates(
      [
        'chrome-headless-shell',
        'chromium-headless-shell',
        'chromium',
        'chromium-browser',
        'google-chrome-stable',
        'google-chrome',
        'microsoft-edge-stable',
        'microsoft-edge',
      ],
      env,
      platform,
    ),
    '/usr/lib/chromium/chromium',
    '/opt/google/chrome/chrome',
    '/snap/bin/chromium',
  ];
}

function pathCandidates(names: string[], env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  const dirs = (env.PATH ?? '').split(platform === 'win32' ? ';' : delimiter).filter(Boolean);
  return names.flatMap((n) => dirs.map((d) => join(d, n)));
}

/** Browsers installed by `npx @puppeteer/browsers install …` or puppeteer itself, newest first. */
export function puppeteerCacheCandidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  const cache = env.PUPPETEER_CACHE_DIR ?? join(homedir(), '.cache', 'puppeteer');
  const layouts: [string, (dir: string) => string[]][] = [
    [
      'chrome-headless-shell',
      (d) => [
        join(d, 'chrome-headless-shell-linux64', 'chrome-headless-shell'),
        join(d, 'chrome-headless-shell-mac-arm64', 'chrome-headless-shell'),
        join(d, 'chrome-headless-shell-mac-x64', 'chrome-headless-shell'),
        join(d, 'chrome-headless-shell-win64', 'chrome-headless-shell.exe'),
      ],
    ],
    [
      'chrome',
      (d) => [
        join(d, 'chrome-linux64', 'chrome'),
        join(
          d,
          'chrome-mac-arm64',
          'Google Chrome for Testing.app',
          'Contents',
          'MacOS',
          'Google Chrome for Testing',
        ),
        join(
          d,
          'chrome-mac-x64',
          'Google Chrome for Testing.app',
          'Contents',
          'MacOS',
          'Google Chrome for Testing',
        ),
        join(d, 'chrome-win64', 'chrome.exe'),
      ],
    ],
  ];
  const out: string[] = [];
  for (const [product, files] of layouts) {
    const root = join(cache, product);
    if (!existsSync(root)) continue;
    const versions = readdirSync(root).sort(compareVersionDirs).reverse();
    for (const v of versions) out.push(...files(join(root, v)));
  }
  return platform === 'win32'
    ? out.filter((p) => p.endsWith('.exe'))
    : out.filter((p) => !p.endsWith('.exe'));
}

function compareVersionDirs(a: string, b: string): number {
  const num = (s: string) => (s.split('-').pop() ?? '').split('.').map(Number);
  const [x, y] = [num(a), num(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

function isExecutable(path: string, platform: NodeJS.Platform): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    if (platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function found(executablePath: string, source: string): FoundBrowser {
  return { executablePath, source, headlessShell: /headless[-_]shell/i.test(executablePath) };
}

export function discoverBrowser(options: DiscoverOptions = {}): FoundBrowser {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const named: [string | undefined, string][] = [
    [options.explicit, '--browser'],
    [env.RESUME_BROWSER, 'RESUME_BROWSER'],
    [env.PUPPETEER_EXECUTABLE_PATH, 'PUPPETEER_EXECUTABLE_PATH'],
  ];
  const arch = options.arch ?? process.arch;
  const bundled = bundledChromium(env, platform, arch);
  const embedded = (source: string): FoundBrowser => ({
    executablePath: bundled.executablePath,
    source,
    headlessShell: true,
    bundled,
  });
  for (const [path, source] of named) {
    if (!path) continue;
    if (path === BUNDLED) {
      if (!bundled.binDir) throw new UserError(`${source}=${BUNDLED}: ${noEmbedded(platform, arch)}`);
      return embedded(`${source}=${BUNDLED}`);
    }
    // A path the user named must work; silently falling back would hide their mistake.
    if (!isExecutable(path, platform)) throw new UserError(`${source}: no browser executable at ${path}`);
    return found(path, source);
  }
  const installed = installedCandidates(platform, env);
  for (const path of installed) if (isExecutable(path, platform)) return found(path, 'installed');
  const cached = puppeteerCacheCandidates(env, platform);
  for (const path of cached) if (isExecutable(path, platform)) return found(path, "puppeteer's cache");
  if (bundled.binDir) return embedded(`embedded (${BUNDLED_PACKAGE} ${bundled.version})`);
  throw new UserError(noBrowserMessage(platform, arch, env));
}

function noEmbedded(platform: NodeJS.Platform, arch: string): string {
  return platform === 'linux' && arch === 'x64'
    ? `the optional package ${BUNDLED_PACKAGE} is not installed (npm install ${BUNDLED_PACKAGE})`
    : 'no embedded Chromium exists for this platform (Linux x64 only)';
}

function noBrowserMessage(platform: NodeJS.Platform, arch: string, env: NodeJS.ProcessEnv): string {
  const install =
    platform === 'linux'
      ? '  apt-get install chromium-headless-shell   (Debian/Ubuntu; or: apt-get install chromium)\n'
      : platform === 'darwin'
        ? '  brew install --cask google-chrome\n'
        : '  install Google Chrome or Microsoft Edge\n';
  return [
    'no Chrome/Chromium browser found; a PDF needs one.',
    'Searched: --browser, RESUME_BROWSER, PUPPETEER_EXECUTABLE_PATH, the usual install locations of',
    `Chrome, Chromium, Edge and chrome-headless-shell, and ${env.PUPPETEER_CACHE_DIR ?? '~/.cache/puppeteer'};`,
    `${noEmbedded(platform, arch)}.`,
    'Get one with:',
    `${install}  npx @puppeteer/browsers install chrome-headless-shell@stable`,
    'or point to one: resume build --browser /path/to/chrome (or set RESUME_BROWSER),',
    'or build the other formats without a browser: resume build -f html,docx',
  ].join('\n');
}
