// One browser per build: spawned as early as possible, driven over a pipe (no port, no profile on disk),
// killed when the build ends, whatever happens. A pipe-connected browser also dies if the CLI is killed.
import type { ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import type { CDPSession, ConnectionTransport } from 'puppeteer-core';
import { AT_ONCE } from '../../core/parallelism.js';
import { removeFolder } from '../../core/processes.js';
import { RenderError, UserError } from '../../errors.js';
import { mark } from '../../timings.js';
import { ensureBundled } from './bundled.js';
import type { FoundBrowser } from './discover.js';
import { FONT_ORIGIN, forPrinting, refusedByPolicy, SCREEN_HEIGHT } from './isolation.js';
import { AUTO_ATTACH, type SpawnedBrowser, spawnBrowser } from './spawn.js';

export interface PrintOptions {
  paper: 'A4' | 'Letter';
  /** Page margins in inches where the page's CSS sets none (a JSON Resume theme's pdfRenderOptions). */
  margins?: { top: number; right: number; bottom: number; left: number };
  /** Lay the page out for the screen instead of print (a JSON Resume theme may ask for it). */
  media?: 'print' | 'screen';
  /** Told the URLs this page asked for and was refused (a theme's web fonts, say). */
  blocked?: (urls: string[]) => void;
}

/** Time limits for each browser step; a hung browser becomes a clear error instead of a hung build. */
export const TIMEOUTS = { connect: 20_000, page: 20_000, print: 60_000 };

class PipeTransport implements ConnectionTransport {
  #onmessage?: (message: string) => void;
  /** What the browser said before the connection listened (it is spawned with a question: see spawn.ts). */
  #unread: string[] = [];

  get onmessage(): ((message: string) => void) | undefined {
    return this.#onmessage;
  }
  /** Held messages are handed over after the code that set the listener has run (and added its own). */
  set onmessage(listener: ((message: string) => void) | undefined) {
    this.#onmessage = listener;
    queueMicrotask(() => {
      const unread = this.#unread;
      this.#unread = [];
      for (const message of unread) this.#deliver(message);
    });
  }

  #deliver(message: string) {
    if (this.#onmessage && !this.#unread.length) this.#onmessage(message);
    else this.#unread.push(message);
  }
  #onclose?: () => void;
  #pending: Buffer[] = [];
  #closed = false;

  /** A browser can exit before the connection (loaded lazily) listens: it then learns at once, or its first
   * command would wait for an answer that never comes. */
  get onclose(): (() => void) | undefined {
    return this.#onclose;
  }
  set onclose(listener: (() => void) | undefined) {
    this.#onclose = listener;
    if (this.#closed && listener) queueMicrotask(listener);
  }

  constructor(
    private readonly write: Writable,
    read: Readable,
  ) {
    read.on('data', (chunk: Buffer) => this.#receive(chunk));
    read.on('close', () => this.#close());
    read.on('error', () => this.#close());
    write.on('error', () => this.#close());
  }

  send(message: string): void {
    if (this.#closed) return;
    this.write.write(`${message}\0`);
  }

  close(): void {
    this.#close();
  }

  #close() {
    if (this.#closed) return;
    this.#closed = true;
    this.#onclose?.();
  }

  #receive(chunk: Buffer) {
    let end = chunk.indexOf(0);
    if (end < 0) {
      this.#pending.push(chunk);
      return;
    }
    let start = 0;
    while (end >= 0) {
      const part = chunk.subarray(start, end);
      const message = this.#pending.length ? Buffer.concat([...this.#pending, part]) : part;
      this.#pending = [];
      this.#deliver(message.toString('utf8'));
      start = end + 1;
      end = chunk.indexOf(0, start);
    }
    if (start < chunk.length) this.#pending.push(chunk.subarray(start));
  }
}

const live = new Set<ChildProcess>();
// Last line of defence: no browser outlives the CLI, even when it exits through an unexpected path.
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/** The least puppeteer needs of a connection: protocol commands and sessions attached to targets. */
interface Connection {
  send(
    method: 'Target.setAutoAttach',
    params: { autoAttach: boolean; waitForDebuggerOnStart: boolean; flatten: boolean },
  ): Promise<void>;
  send(
    method: 'Target.createTarget',
    params: { url: string; enableBeginFrameControl?: boolean },
  ): Promise<{ targetId: string }>;
  on(event: 'Target.attachedToTarget', listener: (event: AttachedToTarget) => void): void;
  session(sessionId: string): CDPSession | null;
}

interface AttachedToTarget {
  sessionId: string;
  targetInfo: { targetId: string; type: string };
}

/** One tab of the browser, set up for printing: scripts off, every request but data: refused. */
interface Tab {
  session: CDPSession;
  frameId: string;
  /** What the page now in the tab asked for and was refused. */
  blocked: string[];
  media: 'print' | 'screen';
}

export class BrowserSession {
  /** Set by the first start (in the constructor), and again if the browser is started once more. */
  #browser!: Promise<Connection>;
  #firstPage: Promise<Tab> | undefined;
  #child: ChildProcess | undefined;
  #userDataDir: string | undefined;
  #idle: Tab[] = [];
  /** Rejects with a clear error when the browser process exits. */
  #exited: Promise<never> | undefined;
  #closed = false;
  /** URLs the page tried to load and we refused (the tests read them). */
  readonly blocked: string[] = [];
  /** The fonts pages inline, served at addresses of their own (see forPrinting): address → response. */
  #fonts = new Map<
    string,
    { responseCode: number; responseHeaders: { name: string; value: string }[]; body: string }
  >();
  #fontAddresses = new Map<string, string>();
  /** Pages the browser attached this session to by itself (auto-attach), by target, until a tab takes them. */
  #attached = new Map<string, CDPSession>();
  #attachedWaiters = new Map<string, (session: CDPSession) => void>();
  /** The blank page the browser opened with has been taken by a tab. */
  #blankTaken = false;
  /** Fonts were loaded ahead of the first page (preloadFonts), or that chance has passed. */
  #preloaded = false;
  /** Pages draw no frames for a screen (see FRAMELESS). */
  readonly #frameless: boolean;

  private constructor(found: FoundBrowser, spawned?: SpawnedBrowser) {
    this.#frameless = found.headlessShell;
    // Connect and open the first page right away, so that is done by the time the HTML is ready. A browser that
    // dies while starting (seen once, a freshly unpacked one on a loaded machine) gets one more try.
    const start = (adopted?: SpawnedBrowser) => {
      const connection = this.#launch(found, adopted);
      connection.catch(() => {});
      this.#browser = connection;
      return connection.then((browser) => {
        mark('browser connected');
        return this.#preparePage(browser);
      });
    };
    this.#firstPage = start(spawned).catch((error: unknown) => {
      // Not when it was closed, or refused before it ran (the embedded one's checks): only a browser that died.
      if (this.#closed || (error instanceof UserError && !(error instanceof RenderError))) throw error;
      this.#child?.kill('SIGKILL');
      this.#blankTaken = false;
      this.#attached.clear();
      return start();
    });
    this.#firstPage.catch(() => {});
  }

  async #launch(found: FoundBrowser, started?: SpawnedBrowser): Promise<Connection> {
    let spawned = started;
    if (!spawned) {
      // The embedded Chromium is unpacked on its first use (once); any other browser is spawned at once.
      const env = found.bundled ? await ensureBundled(found.bundled, this.#sayWhenWaited) : {};
      this.#slowStart = undefined;
      if (this.#closed) throw new RenderError('the browser was closed');
      spawned = spawnBrowser(found, env);
      mark('browser spawned');
    }
    const { child } = spawned;
    this.#child = child;
    this.#userDataDir = spawned.userDataDir;
    live.add(child);
    const exited = new Promise<never>((_, reject) => {
      child.once('error', (error) =>
        reject(new RenderError(`cannot start the browser ${found.executablePath}: ${error.message}`)),
      );
      child.once('exit', (code, signal) => {
        live.delete(child);
        reject(
          new RenderError(
            `the browser ${found.executablePath} exited unexpectedly (${signal ?? `code ${code}${code === 127 ? ': a program it runs was not found' : ''}`}); ` +
              'run resume doctor to check it',
          ),
        );
      });
    });
    exited.catch(() => {});
    this.#exited = exited;
    const [, , , input, output] = child.stdio as unknown as [null, null, null, Writable, Readable];
    const transport = new PipeTransport(input, output);
    return Promise.race([
      exited,
      withTimeout(connect(transport, this.#onAttached), TIMEOUTS.connect, 'connecting to the browser'),
    ]);
  }

  /** Spawns the browser and starts connecting to it; nothing waits for that until the first print. */
  static start(found: FoundBrowser): BrowserSession {
    return new BrowserSession(found);
  }

  /** Drives a browser spawned already (by the CLI's launcher, before this program was loaded). */
  static adopt(spawned: SpawnedBrowser): BrowserSession {
    return new BrowserSession(spawned.found, spawned);
  }

  /** What the browser's start is doing that takes a while (unpacking), said only once a page waits for it: a
   * run that ends before printing (a résumé not found) does not announce work it never waited for. */
  #slowStart: string | undefined;
  #sayWhenWaited = (message: string) => {
    this.#slowStart = message;
  };

  async printPdf(html: string, options: PrintOptions): Promise<Uint8Array> {
    if (this.#slowStart) process.stderr.write(`${this.#slowStart}\n`);
    this.#slowStart = undefined;
    await this.#slot();
    try {
      return await this.#print(html, options);
    } finally {
      this.#release();
    }
  }

  /** At most AT_ONCE pages print at once (see parallelism.ts). */
  #active = 0;
  #waiting: (() => void)[] = [];
  #slot(): Promise<void> {
    if (this.#active < AT_ONCE) {
      this.#active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }
  #release() {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#active--;
  }

  async #print(html: string, options: PrintOptions): Promise<Uint8Array> {
    if (this.#closed) throw new RenderError('the browser was closed');
    let tab: Tab;
    try {
      tab = await withTimeout(this.#acquire(), TIMEOUTS.connect, 'opening a page in the browser');
    } catch (error) {
      throw await this.#explain(error);
    }
    mark('page ready');
    try {
      tab.blocked.length = 0;
      const media = options.media ?? 'print';
      if (tab.media !== media) {
        await tab.session.send('Emulation.setEmulatedMedia', { media });
        tab.media = media;
      }
      const page = forPrinting(html, (type, base64) => this.#fontUrl(type, base64));
      await withTimeout(setDocument(tab, page), TIMEOUTS.page, 'loading the page');
      mark('content loaded');
      const [width, height] = options.paper === 'Letter' ? [8.5, 11] : [8.27, 11.7];
      const margins = options.margins ?? { top: 0, right: 0, bottom: 0, left: 0 };
      const { data } = await withTimeout(
        tab.session.send('Page.printToPDF', {
          paperWidth: width,
          paperHeight: height,
          marginTop: margins.top,
          marginBottom: margins.bottom,
          marginLeft: margins.left,
          marginRight: margins.right,
          printBackground: true,
          preferCSSPageSize: true,
          generateTaggedPDF: true,
          generateDocumentOutline: true,
        }),
        TIMEOUTS.print,
        'printing the PDF',
      );
      mark('printed');
      if (tab.blocked.length) options.blocked?.([...tab.blocked]);
      this.#idle.push(tab);
      return new Uint8Array(Buffer.from(data, 'base64'));
    } catch (error) {
      await tab.session.detach().catch(() => {});
      throw await this.#explain(error);
    }
  }

  /** A failure as the user should read it: when the browser died, its exit (code, path) rather than the
   * protocol's "Target closed", which the closed pipe reports first. */
  async #explain(error: unknown): Promise<UserError> {
    if (error instanceof UserError) return error;
    const died = await Promise.race([
      this.#exited?.catch((exit: unknown) => exit),
      new Promise((resolve) => setTimeout(resolve, 500, undefined)),
    ]);
    if (died instanceof RenderError) return died;
    return new RenderError(`printing the PDF failed: ${String(error)}`, { cause: error });
  }

  async #acquire(): Promise<Tab> {
    const idle = this.#idle.pop();
    if (idle) return idle;
    const first = this.#firstPage;
    if (first) {
      this.#firstPage = undefined;
      return first;
    }
    return this.#preparePage(await this.#browser);
  }

  async #preparePage(connection: Connection): Promise<Tab> {
    const session = await this.#attachPage(connection);
    const blocked: string[] = [];
    // Isolation: the résumé is self-contained, so any request is refused: network, file:, anything.
    session.on('Fetch.requestPaused', ({ requestId, request, resourceType }) => {
      // A request can outlive its page (a crash, a timeout): a late answer to it is of no interest.
      const ignore = () => {};
      const font = this.#fonts.get(request.url);
      if (request.url.startsWith('data:')) session.send('Fetch.continueRequest', { requestId }).catch(ignore);
      else if (font) session.send('Fetch.fulfillRequest', { requestId, ...font }).catch(ignore);
      else {
        this.blocked.push(request.url);
        blocked.push(request.url);
        // A page that navigates away (a meta refresh) would be replaced by an error page; an aborted navigation
        // leaves it as it was.
        const errorReason = resourceType === 'Document' ? 'Aborted' : 'BlockedByClient';
        session.send('Fetch.failRequest', { requestId, errorReason }).catch(ignore);
      }
    });
    // What the page's policy refused never reaches the interception above: the browser reports it as an issue.
    session.on('Audits.issueAdded', ({ issue }) => {
      const url = refusedByPolicy(issue);
      if (url === undefined) return;
      this.blocked.push(url);
      blocked.push(url);
    });
    const [{ frameTree }] = await Promise.all([
      session.send('Page.getFrameTree'),
      session.send('Page.enable'),
      session.send('Emulation.setScriptExecutionDisabled', { value: true }),
      // Styled for print from the start: the page is only ever printed.
      session.send('Emulation.setEmulatedMedia', { media: 'print' }),
      // A screen too low for the page to be laid out on (see forPrinting): only its prints are.
      session.send('Emulation.setDeviceMetricsOverride', {
        width: 800,
        height: SCREEN_HEIGHT,
        deviceScaleFactor: 1,
        mobile: false,
      }),
      session.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] }),
      session.send('Audits.enable'),
    ]);
    mark('page prepared');
    return { session, frameId: frameTree.frame.id, blocked, media: 'print' };
  }

  /** Told of each page the browser attached to (see AUTO_ATTACH): given to the tab waiting for it, else kept. */
  #onAttached = (session: CDPSession, targetId: string) => {
    const waiter = this.#attachedWaiters.get(targetId);
    this.#attachedWaiters.delete(targetId);
    if (waiter) waiter(session);
    else this.#attached.set(targetId, session);
  };

  /**
   * A session on a page: the blank one the browser opened with, the first time, else a new one. The browser
   * attaches to its pages by itself (auto-attach, asked for as it was spawned) and says so unasked: the first
   * page's session is often waiting in the pipe when the program connects, where finding the page and attaching
   * to it took two round trips, and a cold build's first page waits on these while the CLI is busy.
   */
  async #attachPage(connection: Connection): Promise<CDPSession> {
    if (!this.#blankTaken) {
      this.#blankTaken = true;
      if (!this.#attached.size) await connection.send('Target.setAutoAttach', AUTO_ATTACH);
      const [blank] = this.#attached;
      if (blank) {
        this.#attached.delete(blank[0]);
        return blank[1];
      }
    }
    // Frameless as the first page is (see FRAMELESS): a tab opened later would be drawn for a screen again.
    const { targetId } = await connection.send('Target.createTarget', {
      url: 'about:blank',
      ...(this.#frameless && { enableBeginFrameControl: true }),
    });
    const ready = this.#attached.get(targetId);
    this.#attached.delete(targetId);
    return ready ?? new Promise((resolve) => this.#attachedWaiters.set(targetId, resolve));
  }

  /** The address a font is served at in this session: one per font, kept by the browser from page to page. */
  #fontUrl(type: string, base64: string): string {
    let url = this.#fontAddresses.get(base64);
    if (!url) {
      url = `${FONT_ORIGIN}/${this.#fontAddresses.size}.${type.slice('font/'.length)}`;
      this.#fontAddresses.set(base64, url);
      const responseHeaders = [
        { name: 'Content-Type', value: type },
        { name: 'Cache-Control', value: 'max-age=31536000, immutable' },
        // Fonts are fetched with CORS, and the page's origin is not this one.
        { name: 'Access-Control-Allow-Origin', value: '*' },
      ];
      this.#fonts.set(url, { responseCode: 200, responseHeaders, body: base64 });
    }
    return url;
  }

  /**
   * Loads the fonts of `faces` (@font-face rules, fonts inlined; made only if they will be loaded) into the first
   * tab while the page that draws with them is still being made. Decoding a theme's fonts is about half of a cold
   * page's load, and the browser keeps them decoded for the page that follows (fonts are served at addresses of
   * their own: see forPrinting). Once, before the first print; a failure here only loses the head start.
   */
  preloadFonts(faces: () => string): void {
    const first = this.#firstPage;
    if (this.#preloaded || !first) return;
    this.#preloaded = true;
    const css = faces();
    if (!css.trim()) return;
    const page = forPrinting(
      `<!doctype html><html><head><style>${css}</style></head></html>`,
      (type, base64) => this.#fontUrl(type, base64),
    );
    const preloaded = first.then(async (tab) => {
      await withTimeout(loadEveryFont(tab, page), TIMEOUTS.page, 'loading fonts').catch(() => {});
      mark('fonts preloaded');
      return tab;
    });
    // A browser that failed to start says so to the print that waits for this page, not here.
    preloaded.catch(() => {});
    this.#firstPage = preloaded;
  }

  /** Kills the browser at once: a graceful close costs ~100 ms and buys nothing here. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#child) {
      this.#child.kill('SIGKILL');
      live.delete(this.#child);
    }
    if (this.#userDataDir) removeFolder(this.#userDataDir);
  }
}

/** puppeteer's protocol layer alone (a connection and the sessions attached to tabs): its Browser and Page
 * machinery (target discovery, frame trees, ~400 kB of code) costs a cold run time it does not need. Internal
 * API, so puppeteer-core is pinned. */
async function connect(
  transport: ConnectionTransport,
  attached: (session: CDPSession, targetId: string) => void,
): Promise<Connection> {
  const { Connection } = await import('puppeteer-core/internal/cdp/Connection.js');
  const connection = new Connection('', transport, 0, TIMEOUTS.print) as unknown as Connection;
  // Before the first message is read (the transport holds them until now): the browser may have attached to its
  // page before the program connected.
  connection.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    const session = connection.session(sessionId);
    if (targetInfo.type === 'page' && session) attached(session, targetInfo.targetId);
  });
  return connection;
}

/** Loads `page` into the tab and every face it declares (decoded), whether its text uses it or not: the page is
 * laid out only when printed (see forPrinting), too late to ask for a font then, and the faces a page declares are
 * those its text needs (see fonts.ts). Both asked at once: the tab takes them in order, and its answers are read in
 * one go (a cold run reads them only between its stages, so each round trip can cost a stage's time). */
async function loadEveryFont(tab: Tab, page: string): Promise<void> {
  await Promise.all([
    tab.session.send('Page.setDocumentContent', { frameId: tab.frameId, html: page }),
    tab.session.send('Runtime.evaluate', {
      expression: 'Promise.all(Array.from(document.fonts, (f) => f.load().catch(() => {}))).then(() => true)',
      awaitPromise: true,
    }),
  ]);
}

/** Replaces the tab's document, with its fonts (see loadEveryFont), and waits for its load event (its images).
 * CDP's Page.setDocumentContent hands the HTML to the parser directly, which measured faster than loading it by
 * URL or through document.write. */
async function setDocument(tab: Tab, html: string): Promise<void> {
  const loaded = new Promise<void>((resolve) => tab.session.once('Page.loadEventFired', () => resolve()));
  await loadEveryFont(tab, html);
  await loaded;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RenderError(`timed out after ${ms / 1000} s ${what}`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
