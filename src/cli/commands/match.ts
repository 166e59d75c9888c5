import type { Command } from 'commander';
import { writeOutputs } from '../../core/output.js';
import { list, locale, resumeFile } from '../options.js';

export function matchCommand(cli: Command): void {
  cli
    .command('match')
    .description(
      'how well the résumé covers a job posting: key terms, where each is, what is missing, a score',
    )
    .argument('[file]', 'the résumé (default: resume.yaml, resume.yml or resume.json here)')
    .option('--job <file>', 'the job posting: text, Markdown, HTML or JSON (a JSON Resume job)')
    .option('--json', 'print { score, terms: [{ term, weight, covered, where }] } instead')
    .option('--html <file>', 'also write the report as a page: the posting with its terms marked')
    .option('--variant <name>', 'match the variant as it builds (its job: when --job is not given)')
    .option('--tag <tags>', 'match the build with these tags (repeatable)', list)
    .option('--exclude-tag <tags>', 'match the build without these tags (repeatable)', list)
    .option('--public', 'match the public build')
    .option(
      '--locale <code>',
      "match the text in this language of meta.languages (de, fr_FR, Deutsch; default: the posting's where the résumé has it, else the first)",
      locale,
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ resume match --job postings/acme.md\n  $ resume match --job acme.html --html out/acme-match.html\n  $ resume match --job acme.json --json',
    )
    .action(async (given: string | undefined, o: Record<string, unknown>) => {
      // The matching code loads only for this command: other commands never pay for it.
      const { match } = await import('../../pipeline/match.js');
      const result = await match({
        file: resumeFile(given),
        job: o.job as string | undefined,
        variant: o.variant as string | undefined,
        tags: o.tag as string[] | undefined,
        excludeTags: o.excludeTag as string[] | undefined,
        public: Boolean(o.public),
        locale: o.locale as string | undefined,
      });
      if (o.html) writeOutputs([{ path: o.html as string, data: result.page() }]);
      const { score, terms } = result.report;
      console.log(o.json ? JSON.stringify({ score, terms }, null, 2) : result.text());
      if (o.html && !o.json) process.stderr.write(`wrote ${o.html}\n`);
    });
}
