import type { Command } from 'commander';
import { readManifests } from '../../pipeline/manifest.js';
import { formatTable } from '../report.js';

export function historyCommand(cli: Command): void {
  cli
    .command('history')
    .description('which version went where: the builds tailored to a job posting, newest first')
    .argument('[folder]', 'the output folder the builds wrote to', 'out')
    .option('--json', 'print the manifests themselves, newest first')
    .addHelpText('after', '\nExamples:\n  $ resume history\n  $ resume history applications/ --json')
    .action((folder: string, o: Record<string, unknown>) => {
      const { manifests, problems } = readManifests(folder);
      for (const problem of problems) process.stderr.write(`warning: ${problem}\n`);
      if (o.json) {
        console.log(JSON.stringify(manifests, null, 2));
        return;
      }
      if (manifests.length === 0) {
        console.log(`${folder}: no tailored builds yet (resume build --job POSTING writes one)`);
        return;
      }
      const rows = manifests.map((m) => [
        m.date.replace('T', ' ').slice(0, 16),
        m.name,
        String(m.score),
        [m.posting.title, m.posting.company].filter(Boolean).join(' at ') || m.posting.file,
        `${m.resume.file}@${m.resume.sha256.slice(0, 8)}${m.resume.git ? ` (git ${m.resume.git.commit.slice(0, 7)}${m.resume.git.dirty ? ', changed' : ''})` : ''}`,
      ]);
      console.log(formatTable([['DATE (UTC)', 'NAME', 'SCORE', 'POSTING', 'RÉSUMÉ'], ...rows]));
    });
}
