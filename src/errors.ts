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
  /** watch and serve stopped by SIGINT or SIGTERM; other commands end by the signal itself, which a shell reports
   * with these same numbers. */
  interrupted: 130,
  terminated: 143,
} as const;

/** Control characters (ESC starts the sequences that set a terminal's title, clipboard or screen), a carriage
 * return (it overwrites the line), and the invisible marks that reorder text, as visible escapes: a message can
 * quote a value of the résumé or a file name, and it is printed on a terminal. Newlines and tabs stay. */
export function visible(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) =>
    c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Bad input or a missing prerequisite the user can fix: a clean message, exit 1. */
export class UserError extends Error {
  readonly exitCode: number = ExitCode.invalidInput;
  constructor(
    message: string,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(visible(message));
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
      const head = visible(
        `${d.file}:${d.line}:${d.col}  ${d.path || '(document)'}  ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`,
      );
      if (d.source === undefined) return head;
      const gutter = `${d.line} | `;
      // A long line (one-line JSON) is shown as a window around the column, the caret kept under it.
      const line = d.source.replace(/\t/g, ' ');
      const from =
        line.length > SNIPPET ? Math.max(0, Math.min(d.col - 1 - SNIPPET / 2, line.length - SNIPPET)) : 0;
      const lead = from > 0 ? '…' : '';
      const tail = from + SNIPPET < line.length ? '…' : '';
      const shown = visible(`${lead}${line.slice(from, from + SNIPPET)}${tail}`);
      const caret = `${' '.repeat(gutter.length + lead.length + Math.max(0, d.col - 1 - from))}^`;
      return `${head}\n  ${gutter}${shown}\n  ${caret}`;
    })
    .join('\n');
}
