// User themes (issue 12): a theme folder made by create-theme, edited, used with no build step; broken themes
// are clear errors naming the file.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { root, runCli, sampleYaml, tempDir } from '../helpers.js';
import { readPdf } from '../pdf.js';

async function newTheme(dir: string, name = 'mine'): Promise<string> {
  const r = await runCli(['create-theme', name], { cwd: dir });
  expect(r.code).toBe(0);
  return join(dir, name);
}

describe('user themes', () => {
  it('create-theme copies a built-in; its edited CSS changes the HTML and PDF with no build step', async () => {
    const dir = tempDir();
    const theme = await newTheme(dir);
    for (const f of ['theme.json', 'resume.hbs', 'style.css', 'partials/entry.hbs'])
      expect(existsSync(join(theme, f))).toBe(true);
    expect(JSON.parse(readFileSync(join(theme, 'theme.json'), 'utf8')).name).toBe('mine');
    const css = join(theme, 'style.css');
    writeFileSync(css, `${readFileSync(css, 'utf8')}\n.name { color: #0a7d32; }\n`);
    const r = await runCli(['build', sampleYaml, '--theme', './mine', '-f', 'html,pdf', '-o', 'out'], {
      cwd: dir,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'resume.html'), 'utf8')).toContain('.name { color: #0a7d32; }');
    expect((await readPdf(join(dir, 'out', 'resume.pdf'))).colors).toContain('#0a7d32');
  });

  it('its tokens in theme.json set the CSS and the DOCX alike', async () => {
    const dir = tempDir();
    const theme = await newTheme(dir);
    const manifest = join(theme, 'theme.json');
    const json = JSON.parse(readFileSync(manifest, 'utf8'));
    json.tokens = {
      ...json.tokens,
      accent: '#7a1fa2',
      docxFont: 'Georgia',
      margins: { ...json.tokens.margins, left: 25 },
    };
    writeFileSync(manifest, JSON.stringify(json));
    const r = await runCli(['build', sampleYaml, '--theme', './mine', '-f', 'html,pdf,docx', '-o', 'out'], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out', 'resume.html'), 'utf8')).toContain('--accent: #7a1fa2;');
    expect((await readPdf(join(dir, 'out', 'resume.pdf'))).colors).toContain('#7a1fa2');
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'out', 'resume.docx')));
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(styles).toContain('<w:color w:val="7A1FA2"/>');
    expect(styles).toContain('w:ascii="Georgia"');
    const doc = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(doc).toMatch(/<w:pgMar [^>]*w:left="1417"/); // 25 mm
    // A token left out is named.
    delete json.tokens.accent;
    writeFileSync(manifest, JSON.stringify(json));
    const broken = await runCli(['build', sampleYaml, '--theme', './mine', '-f', 'html', '-o', 'out2'], {
      cwd: dir,
    });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("theme.json's tokens lack accent");
    // A theme of an earlier version: its theme.json and its template say what changed.
    writeFileSync(manifest, JSON.stringify({ name: 'mine', description: 'old', docx: {}, fit: {} }));
    const old = await runCli(['build', sampleYaml, '--theme', './mine', '-f', 'html', '-o', 'out3'], {
      cwd: dir,
    });
    expect(old.code).toBe(1);
    expect(old.stderr).toMatch(/theme\.json:1:\d+ {2}docx {2}"docx" is a block of an earlier version/);
    expect(old.stderr).toMatch(/theme\.json:1:\d+ {2}fit {2}"fit" is a block of an earlier version/);
    writeFileSync(manifest, JSON.stringify({ ...json, tokens: { ...json.tokens, accent: '#7a1fa2' } }));
    const head = join(theme, 'partials', 'head.hbs');
    writeFileSync(head, readFileSync(head, 'utf8').replace('{{{tokens}}}', '{{{fitCss}}}'));
    const oldTemplate = await runCli(['build', sampleYaml, '--theme', './mine', '-f', 'html', '-o', 'out4'], {
      cwd: dir,
    });
    expect(oldTemplate.code).toBe(1);
    expect(oldTemplate.stderr).toContain('no template inserts {{{tokens}}}');
    expect(oldTemplate.stderr).toContain('{{{fitCss}}}, of an earlier version, is now {{{tokens}}}');
  });

  it('draws with font files of its own folder, and no file outside it', async () => {
    const dir = tempDir();
    const theme = await newTheme(dir);
    mkdirSync(join(theme, 'fonts'));
    copyFileSync(
      join(root, 'test', 'fixtures', 'scripts', 'DejaVuSans.ttf'),
      join(theme, 'fonts', 'Body.ttf'),
    );
    const manifest = join(theme, 'theme.json');
    const json = JSON.parse(readFileSync(manifest, 'utf8'));
    writeFileSync(
      manifest,
      JSON.stringify({ ...json, fontFiles: ['fonts/Body.ttf'], tokens: { ...json.tokens, font: 'Body' } }),
    );
    const r = await runCli(['build', sampleYaml, '--theme', './mine', '-f', 'pdf', '-o', 'out'], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    const fonts = (await readPdf(join(dir, 'out', 'resume.pdf'))).fonts.map((f) => f.name).join(' ');
    expect(fonts).toMatch(/DejaVuSans/);
    expect(fonts).not.toMatch(/SourceSans3/);
    writeFileSync(
      manifest,
      JSON.stringify({ ...json, fontFiles: ['../outside.ttf'], tokens: { ...json.tokens, font: 'Body' } }),
    );
    const outside = await runCli(['build', sampleYaml, '--theme', './mine', '-f', 'html', '-o', 'out2'], {
      cwd: dir,
    });
    expect(outside.code).toBe(1);
    expect(outside.stderr).toContain("font file ../outside.ttf is outside the theme's folder");
  });

  it('an edited template is compiled at run time; meta.theme finds the folder from the résumé', async () => {
    const dir = tempDir();
    const theme = await newTheme(dir);
    const main = join(theme, 'resume.hbs');
    writeFileSync(
      main,
      readFileSync(main, 'utf8').replace(
        '<main class="resume">',
        '<main class="resume"><p class="stamp">Made with my theme</p>',
      ),
    );
    mkdirSync(join(dir, 'cv'));
    writeFileSync(
      join(dir, 'cv', 'resume.yaml'),
      'meta:\n  theme: ../mine\nbasics:\n  name: Themed Person\n',
    );
    const r = await runCli(['build', 'cv/resume.yaml', '-f', 'html', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'out', 'resume.html'), 'utf8');
    expect(html).toContain('<p class="stamp">Made with my theme</p>');
    expect(html).toContain('Themed Person');
  });

  it('user text stays escaped in a user theme', async () => {
    const dir = tempDir();
    await newTheme(dir);
    writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: "<script>alert(1)</script>"\n');
    await runCli(['build', '--theme', './mine', '-f', 'html', '-o', 'out'], { cwd: dir });
    expect(readFileSync(join(dir, 'out', 'resume.html'), 'utf8')).not.toContain('<script>alert');
  });

  it.each([
    [
      'a missing template',
      (t: string) => rmSync(join(t, 'resume.hbs')),
      /error: theme \.\/mine: .*\/mine\/resume\.hbs is missing/,
    ],
    [
      'a Handlebars syntax error',
      (t: string) =>
        writeFileSync(join(t, 'partials', 'entry.hbs'), '<article>\n{{#if title}}\n</article>\n'),
      /\/mine\/partials\/entry\.hbs:\d+:1 {2}\(document\) {2}Handlebars syntax: /,
    ],
    [
      'an unknown partial',
      (t: string) => writeFileSync(join(t, 'resume.hbs'), '<html><body>{{> nowhere}}</body></html>'),
      /error: theme mine \(\.\/mine\): The partial nowhere could not be found/,
    ],
    [
      'a bad theme.json',
      (t: string) => writeFileSync(join(t, 'theme.json'), '{\n  "name": "mine",\n  "fonts": [,]\n}\n'),
      /\/mine\/theme\.json:3:\d+ {2}\(document\) {2}not valid JSON: /,
    ],
  ])('%s is a clear error naming the file, exit 1, nothing written', async (_, breakIt, message) => {
    const dir = tempDir();
    breakIt(await newTheme(dir));
    writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: Ada\n');
    const r = await runCli(['build', '--theme', './mine', '-f', 'html', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('resume themes lists the built-in themes with their descriptions', async () => {
    // Away from this project's node_modules, which holds JSON Resume themes for the tests.
    const r = await runCli(['themes'], { cwd: tempDir() });
    expect(r.stdout).toMatch(/^classic {2}One column, Source Sans 3/m);
  });
});
