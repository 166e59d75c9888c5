import type { Command } from 'commander';
import { letterOptions, withBuildOptions } from '../options.js';
import { buildAndTell } from './build.js';

export function letterCommand(cli: Command): void {
  withBuildOptions(
    cli
      .command('letter')
      .description("write a cover letter in the résumé's theme, letterhead and language, fitted to one page")
      .addHelpText(
        'after',
        '\nExamples:\n  $ resume letter acme.md           # out/letter-acme.{html,pdf,docx,md,txt}\n  $ resume letter acme.md --packet --variant lead   # and application-acme.pdf: the letter, then the résumé\n  $ resume letter acme.md --job postings/acme.md   # {{position}} and {{company}} from the posting\n  $ resume init --letter acme.md    # a commented letter to start from',
      ),
    'letter',
  ).action(async (letter: string, o: Record<string, unknown>) => {
    await buildAndTell(letterOptions(letter, o), Boolean(o.quiet));
  });
}
