import type { Command } from 'commander';
import { selectRenderers } from '../../render/registry.js';
import { buildOptions, portNumber, withBuildOptions } from '../options.js';
import { openPreview } from '../preview.js';
import { startWatching } from '../watch.js';

const untilInterrupted = () => new Promise(() => {});

export function watchCommands(cli: Command): void {
  withBuildOptions(
    cli
      .command('watch')
      .description('rebuild on every save, with one warm browser for the whole session; Ctrl-C stops')
      .addHelpText(
        'after',
        '\nExamples:\n  $ resume watch -f pdf             # out/resume.pdf, rebuilt on every save',
      ),
  ).action(async (given: string | undefined, o: Record<string, unknown>) => {
    const session = await startWatching(buildOptions(given, o));
    process.stderr.write(`watching ${session.file}: a save rebuilds; Ctrl-C stops\n`);
    await untilInterrupted();
  });

  withBuildOptions(
    cli
      .command('serve')
      .description('watch, and show a live preview in the browser at http://127.0.0.1 (this machine only)')
      .option('-p, --port <port>', 'port (default: a free one)', portNumber, 0)
      .addHelpText(
        'after',
        '\nExamples:\n  $ resume serve                    # prints the preview address; open it\n  $ resume serve --port 4000 -f html,pdf\n  $ resume serve --job postings/acme.md   # tailored to the posting, with its match report',
      ),
  ).action(async (given: string | undefined, o: Record<string, unknown>) => {
    const options = buildOptions(given, o);
    // The preview shows the pages as they print and the web page: both are built whatever else is asked for.
    options.formats = selectRenderers(`html,pdf,${o.format}`).map((r) => r.format);
    // The port first: a taken one is said before anything is built.
    const server = await openPreview(o.port as number);
    const session = await startWatching(options);
    // With a posting, the preview shows the match report too, made afresh after each good build.
    const matchPage = options.job
      ? async () => {
          const { match } = await import('../../pipeline/match.js');
          const result = await match(options);
          return { page: result.page(), score: result.report.score };
        }
      : undefined;
    const preview = await server.show(session, { matchPage });
    console.log(`preview at ${preview.url}`);
    process.stderr.write(`watching ${session.file}: a save rebuilds; Ctrl-C stops\n`);
    await untilInterrupted();
  });
}
