// JSON Resume themes from npm (issue 12): two real themes, installed as dev dependencies, found from the résumé's
// folder as resumed finds them, render the (tailored) résumé to HTML and, through our browser, to PDF; what
// their pages ask for from the network is refused and reported once. Rendered through the library in process
// (where --theme finds this project's node_modules); the CLI where a theme is looked for from a folder.
import { copyFileSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load, render } from '../../src/index.js';
import { root, runCli, sampleYaml, tempDir } from '../helpers.js';
import { failure, pdfOf, rendered, sharedBrowser } from '../library.js';

const browser = sharedBrowser();

/** A folder with the sample résumé whose node_modules holds the themes (this project's, linked). */
function project(): string {
  const dir = tempDir();
  copyFileSync(sampleYaml, join(dir, 'resume.yaml'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('JSON Resume themes', () => {
  it('jsonresume-theme-even makes the HTML and the PDF; its blocked web font is one warning', async () => {
    const dir = project();
    const r = await rendered({
      file: join(dir, 'resume.yaml'),
      theme: 'jsonresume-theme-even',
      formats: ['html', 'pdf', 'docx'],
      browser,
    });
    expect(r.warnings.join('\n')).toContain(
      'resume.yaml:1:1  --theme  warning: the theme jsonresume-theme-even asked for 1 resource from fonts.googleapis.com; none was loaded',
    );
    expect(r.text('resume.html')).toContain('fonts.googleapis.com'); // the theme's own page, as it wrote it
    const pdf = await pdfOf(r);
    const text = flat(pdf.text);
    for (const item of ['Ankit Khandelwal', 'Associate Tech Architect', 'Bounteous x Accolite', 'MarketDojo'])
      expect(text).toContain(item);
    expect(pdf.pages.length).toBeGreaterThan(1);
    expect(pdf.links).toContain('mailto:mailme.ankit.13@gmail.com');
    const list = await runCli(['themes'], { cwd: dir });
    expect(list.stdout).toMatch(/^jsonresume-theme-even +A flat JSON Resume theme/m);
  });

  it('a short name in meta.theme (stackoverflow) is found from the folder of the résumé; a variant passes the tailored résumé', async () => {
    const dir = project();
    const file = join(dir, 'resume.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  theme: classic\n', '  theme: stackoverflow\n'));
    const r = await rendered({ file, variant: 'rails', formats: ['pdf'], browser });
    expect(r.warnings.join('\n')).toMatch(
      /resume\.yaml:\d+:10 {2}meta\.theme {2}warning: the theme jsonresume-theme-stackoverflow asked for 1 resource from cdnjs\.cloudflare\.com/,
    );
    const text = flat((await pdfOf(r, 'ankit-khandelwal-rails-engineer.pdf')).text);
    expect(text).toContain('Identified and resolved performance bottlenecks'); // tagged rails
    expect(text).not.toContain('Defined and drove backend architecture strategy'); // tagged architecture only
  });

  it('a theme that is not installed is named, with how to install it', async () => {
    const dir = tempDir();
    copyFileSync(sampleYaml, join(dir, 'resume.yaml'));
    // --theme is looked for from the current folder: one without node_modules.
    const r = await runCli(['build', '--theme', 'even', '-f', 'html', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown theme "even"');
    expect(r.stderr).toContain('npm install jsonresume-theme-even');
    const file = join(dir, 'resume.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  theme: classic\n', '  theme: flat\n'));
    const v = await failure(load({ file }));
    expect(v.code).toBe(1);
    expect(v.lines.join('\n')).toMatch(
      /resume\.yaml:\d+:10 {2}meta\.theme {2}unknown theme "flat".*jsonresume-theme-flat/,
    );
  });

  it('says that meta.design does not reach its HTML and PDF', async () => {
    const dir = project();
    writeFileSync(
      join(dir, 'short.yaml'),
      'meta:\n  theme: even\n  design:\n    accent: "#112233"\nbasics:\n  name: Short\n',
    );
    const r = await rendered({ file: join(dir, 'short.yaml'), formats: ['html'] });
    expect(r.warnings.join('\n')).toContain(
      'short.yaml:3:3  meta.design  warning: meta.design does not reach the HTML and PDF of jsonresume-theme-even',
    );
  });

  it('says that its HTML and PDF leave the custom sections out, and how many items they hold', async () => {
    const dir = project();
    writeFileSync(
      join(dir, 'talks.yaml'),
      'meta:\n  theme: even\nbasics:\n  name: Short\nsections:\n  - title: Talks\n    items: [One talk, Another]\n',
    );
    const r = await rendered({ file: join(dir, 'talks.yaml'), formats: ['html'] });
    expect(r.warnings.join('\n')).toContain(
      "talks.yaml:5:1  sections  warning: a custom section (Talks: 2 items) not in the HTML and PDF of jsonresume-theme-even, a JSON Resume theme that draws JSON Resume's sections only",
    );
  });

  it("check finds a profile the theme words its own way (its user name), linked to the profile's address", async () => {
    const dir = project();
    writeFileSync(
      join(dir, 'gh.yaml'),
      'meta:\n  theme: even\nbasics:\n  name: Short Person\n  profiles:\n    - { network: GitHub, username: shortp, url: https://github.com/shortp }\n',
    );
    const built = await runCli(['build', 'gh.yaml', '-f', 'html', '-o', 'out'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out', 'resume.html'), 'utf8')).not.toContain('github.com/shortp<');
    const r = await runCli(['check', '--resume', 'gh.yaml', join('out', 'resume.html')], { cwd: dir });
    expect(r.stdout).toContain('ok    contact details found, links live');
    expect(r.code, r.stdout).toBe(0);
  });

  it('--max-pages is refused: a JSON Resume theme has its own sizes', async () => {
    const r = await failure(
      render({ file: join(project(), 'resume.yaml'), theme: 'even', maxPages: 2, formats: ['pdf'], browser }),
    );
    expect(r.code).toBe(2);
    expect(r.message).toContain('jsonresume-theme-even is a JSON Resume theme');
  });
});
