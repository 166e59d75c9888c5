// Commands about this machine and what is installed: doctor, themes.
import type { Command } from 'commander';
import { ExitCode } from '../../errors.js';
import { availableThemes } from '../../render/theme.js';
import { formatChecks, runDoctor } from '../doctor.js';
import { findResume } from '../options.js';

export function doctorCommand(cli: Command): void {
  cli
    .command('doctor')
    .description('check that this machine can build every format: browser, fonts, output folder')
    .argument('[file]', 'the résumé whose scripts need fonts (default: resume.yaml, .yml or .json here)')
    .option('-o, --out <dir>', 'output folder to check', 'out')
    .option('--browser <path>', 'Chrome/Chromium executable to check (else RESUME_BROWSER, then auto-detect)')
    .addHelpText('after', `\nExamples:\n  $ resume doctor`)
    .action(async (given: string | undefined, o: { out: string; browser?: string }) => {
      const file = given ?? findResume() ?? 'resume.yaml';
      const checks = await runDoctor({ file, outDir: o.out, browser: o.browser });
      console.log(formatChecks(checks));
      if (checks.some((c) => !c.ok)) process.exitCode = ExitCode.invalidInput;
    });
}

export function themesCommand(cli: Command): void {
  cli
    .command('themes')
    .description(
      'list the built-in themes, and the JSON Resume themes installed here, with their descriptions',
    )
    .addHelpText(
      'after',
      `\nExamples:\n  $ resume themes\n  $ npm install jsonresume-theme-even && resume build --theme even`,
    )
    .action(async () => {
      const rows = await availableThemes(process.cwd());
      const width = Math.max(...rows.map((r) => r.name.length));
      for (const { name, description } of rows) console.log(`${name.padEnd(width)}  ${description}`);
      console.log(
        '\nOr a theme folder of your own: --theme ./path (resume create-theme makes one), or any JSON Resume theme:' +
          '\nnpm install jsonresume-theme-<name>, then --theme <name>.',
      );
    });
}
