// One place knows how failures map to exit codes; everything else throws one of these.

/** A problem in the user's input, pointing at the source. */
export interface Diagnostic {
  file: string;
  line: number; // 1-based
  col: number; // 1-based
  path: string; // e.g. work[0].startDate, or '' for the document
  message: string;
  /** The offending source line, shown under the message. */
  source?: string;
  /** A warning did not stop anything (a guess, something left out); the default is an error. */
  severity?: 'warning';
}

export const ExitCode = {
  ok: 0,
  invalidInput: 1,
  usage: 2,
  renderFailure: 3,
  internal: 70,
  // SIGINT and SIGTERM end the process by their default action, which a shell reports as 130 and 143.
} as const;

/** Bad input or a missing prerequisite the user can fix: a clean message, exit 1. */
export class UserError extends Error {
  readonly exitCode: number = ExitCode.invalidInput;
  constructor(
    message: string,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Wrong flags or arguments: exit 2. */
export class UsageError extends UserError {
  override readonly exitCode: number = ExitCode.usage;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The input was fine but producing a format failed (browser crash, timeout, disk): exit 3. */
export class RenderError extends UserError {
  override readonly exitCode: number = ExitCode.renderFailure;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message);
    this.name = 'RenderError';
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

/** Diagnostics without repeats (one mistake can be reported by two checks at the same place). */
export function uniqueDiagnostics(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.file}:${d.line}:${d.col}:${d.path}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The most of a source line shown under a message. */
const SNIPPET = 120;

/** Renders diagnostics as `file:line:col  path  message`, each followed by its source line and a caret. */
export function formatDiagnostics(diagnostics: Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const head = `${d.file}:${d.line}:${d.col}  ${d.path || '(document)'}  ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`;
      if (d.source === undefined) return head;
      const gutter = `${d.line} | `;
      // A long line (one-line JSON) is shown as a window around the column, the caret kept under it.
      const line = d.source.replace(/\t/g, ' ');
      const from =
        line.length > SNIPPET ? Math.max(0, Math.min(d.col - 1 - SNIPPET / 2, line.length - SNIPPET)) : 0;
      const lead = from > 0 ? '…' : '';
      const tail = from + SNIPPET < line.length ? '…' : '';
      const shown = `${lead}${line.slice(from, from + SNIPPET)}${tail}`;
      const caret = `${' '.repeat(gutter.length + lead.length + Math.max(0, d.col - 1 - from))}^`;
      return `${head}\n  ${gutter}${shown}\n  ${caret}`;
    })
    .join('\n');
}
