// The GitHub Action (action.yml): its shell steps run here as a runner would run them, with the inputs' values
// put where the workflow expressions stand; the steps that use other actions (setup-node, upload) are GitHub's.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cliPath, root, sampleYaml, tempDir } from '../helpers.js';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Step[] };
};

/** Runs the action's own shell steps (not the install: the CLI is built already) in `cwd`; what they printed. */
function runAction(cwd: string, given: Record<string, string>): string {
  const inputs = {
    ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default])),
    ...given,
  };
  const value = (expr: string) =>
    expr.replace(
      /\$\{\{\s*(inputs\.(\w+)|github\.action_path)\s*\}\}/g,
      (_, __, input: string | undefined) => (input ? (inputs[input] ?? '') : root),
    );
  return action.runs.steps
    .filter((s) => s.run && !s['working-directory'])
    .map((step) => {
      const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, value(v)]));
      return execFileSync('bash', ['-c', step.run ?? ''], {
        cwd,
        env: { ...process.env, ...env, RESUME_CLI: cliPath },
        stdio: 'pipe',
        encoding: 'utf8',
      });
    })
    .join('');
}

describe('the GitHub Action', () => {
  it('is a composite action whose inputs cover file, formats, variants, theme and strict', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(
      expect.arrayContaining(['file', 'formats', 'variants', 'locales', 'theme', 'strict']),
    );
    expect(action.runs.steps.some((s) => s.uses?.startsWith('actions/upload-artifact'))).toBe(true);
  });

  it('validates, builds the résumé and its variants, and checks the outputs', () => {
    const dir = tempDir();
    copyFileSync(sampleYaml, join(dir, 'resume.yaml'));
    runAction(dir, { formats: 'pdf,docx,txt', variants: 'rails, architect', strict: 'true' });
    for (const file of [
      'resume.pdf',
      'resume.docx',
      'resume.txt',
      'ankit-khandelwal-rails-engineer.pdf',
      'ankit-khandelwal-tech-architect.txt',
    ])
      expect(existsSync(join(dir, 'out', file)), file).toBe(true);
  });

  it('builds every language and variant asked for, and checks every output, not only resume.*', () => {
    const dir = tempDir();
    copyFileSync(join(root, 'test', 'fixtures', 'languages', 'bilingual.yaml'), join(dir, 'resume.yaml'));
    // A file of the output folder that is no output (a Pages site's CNAME) is not checked.
    execFileSync('bash', ['-c', 'mkdir -p out && echo resume.example.org > out/CNAME'], { cwd: dir });
    const printed = runAction(dir, {
      formats: 'pdf,txt',
      variants: 'lead',
      locales: 'en, de',
      strict: 'false',
    });
    for (const file of ['resume.pdf', 'resume.de.txt', 'resume-lead.txt', 'resume-lead.de.pdf'])
      expect(existsSync(join(dir, 'out', file)), file).toBe(true);
    expect(printed).toContain('resume-lead.de.pdf: ok');
    expect(printed).toContain('all 8 outputs read back whole');
  });

  it('fails the job on an invalid résumé', () => {
    const dir = tempDir();
    copyFileSync(sampleYaml, join(dir, 'resume.yaml'));
    execFileSync('bash', ['-c', "printf 'basics:\\n  name: X\\n  emial: x\\n' > resume.yaml"], { cwd: dir });
    expect(() => runAction(dir, {})).toThrow(/Command failed/);
  });
});
