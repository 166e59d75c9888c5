// What the launcher and the early module need to know of the command line before it is parsed: whether it asks
// for a PDF, and which browser.

/** The value of an option (`--name value` or `--name=value`), if given. */
export function flag(argv: string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  const a = argv[i] as string;
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[i + 1];
}

/** Whether the command will print a PDF (build, watch or serve with pdf among its formats, the default). */
export function wantsPdf(argv: string[]): boolean {
  if (
    !['build', 'watch', 'serve'].includes(argv[0] ?? '') ||
    argv.includes('--explain') ||
    argv.includes('--help') ||
    argv.includes('-h')
  )
    return false;
  const format = flag(argv, '--format') ?? flag(argv, '-f') ?? 'all';
  return /(^|,)\s*(pdf|all)\s*(,|$)/i.test(format);
}
