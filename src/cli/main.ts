// The CLI's entry: commander wiring (one module per command in commands/) and the one place that turns errors
// into exit codes.
import { Command, CommanderError } from 'commander';
import { type Diagnostic, ExitCode, formatDiagnostics, UserError } from '../errors.js';
import { packageVersion } from '../paths.js';
import { buildCommand } from './commands/build.js';
import { checkCommand } from './commands/check.js';
import { historyCommand } from './commands/history.js';
import { languagesCommand } from './commands/languages.js';
import { letterCommand } from './commands/letter.js';
import { doctorCommand, themesCommand } from './commands/machine.js';
import { matchCommand } from './commands/match.js';
import { createThemeCommand, importCommand, initCommand } from './commands/start.js';
import { tagsCommand, validateCommand } from './commands/validate.js';
import { watchCommands } from './commands/watch.js';
import { closeBrowser } from './early-browser.js';

/** Every command, in the order the help lists them. */
const COMMANDS = [
  validateCommand,
  buildCommand,
  letterCommand,
  matchCommand,
  historyCommand,
  watchCommands,
  tagsCommand,
  languagesCommand,
  checkCommand,
  initCommand,
  importCommand,
  doctorCommand,
  createThemeCommand,
  themesCommand,
];

function program(): Command {
  const cli = new Command('resume')
    .description('Compile one YAML résumé into HTML, PDF and DOCX, and role-tailored variants of it.')
    .version(packageVersion())
    .showSuggestionAfterError()
    .addHelpText(
      'after',
      `\nStart here:\n  $ resume init                      # a commented resume.yaml to fill in\n  $ resume serve                     # live preview in the browser while you edit\n  $ resume build                     # HTML, PDF, DOCX, Markdown and text into out/\n\nEach command's help has examples: resume help build`,
    )
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) });
  for (const register of COMMANDS) register(cli);
  return cli;
}

function report(diagnostics: Diagnostic[], message: string): void {
  if (diagnostics.length > 0) process.stderr.write(`${formatDiagnostics(diagnostics)}\n`);
  const single = diagnostics.length === 1 && diagnostics[0]?.message === message;
  if (!single) process.stderr.write(`error: ${message}\n`);
}

/** A reader that stops early (`resume --help | head -3`) closes the pipe: what is left to print has nowhere to
 * go, which is the reader's choice, not a failure. The run ends there, quietly, as other Unix tools do. */
function endQuietlyWhenThePipeCloses(): void {
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      closeBrowser();
      process.exit(ExitCode.ok);
    });
}

export async function main(argv: string[]): Promise<number> {
  endQuietlyWhenThePipeCloses();
  try {
    // `resume` alone teaches: the help, not an error.
    if (argv.length === 0) {
      program().outputHelp();
      return ExitCode.ok;
    }
    await program().parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    if (error instanceof UserError) {
      report(error.diagnostics, error.message);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`internal error: this is a bug in resume, please report it.\n${detail}\n`);
    return ExitCode.internal;
  } finally {
    closeBrowser();
  }
}
