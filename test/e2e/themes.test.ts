// Themes (issue 12): the built-in ones each hold the whole résumé; a theme folder made by create-theme, edited,
// used with no build step; broken themes are clear errors naming the file. create-theme, --theme and `resume
// themes` through the CLI; what a theme folder renders, through the library in process (the folder named by
// meta.theme, as the CLI's --theme names it from the current folder).
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { forgetThemeFolders } from '../../src/render/theme-folder.js';
import { root, runCli, sampleYaml, tempDir } from '../helpers.js';
import { failure, pdfOf, rendered, sharedBrowser } from '../library.js';
import { readPdf } from '../pdf.js';
import { seedCoverage } from '../seed.js';

const browser = sharedBrowser();

describe('built-in themes', () => {
  it.each(['compact', 'sidebar'])(
    'with the %s theme, each output holds the whole seed CV, in order',
    async (theme) => {
      const r = await rendered({ file: sampleYaml, theme, browser });
      for (const ext of ['html', 'pdf', 'docx']) {
        const coverage = await seedCoverage(`resume.${ext}`, r.bytes(`resume.${ext}`));
        expect(coverage.missing, ext).toEqual([]);
        // The sidebar is read before the main column: education comes before strengths and skills there, a few
        // items out of the seed's order (3% allowed). The DOCX is one column, in the résumé's order.
        const inOrder = theme === 'sidebar' && ext !== 'docx' ? 0.97 : 1;
        expect(coverage.ordered, ext).toBeGreaterThanOrEqual(Math.floor(coverage.total * inOrder));
      }
    },
  );
});

describe('create-theme and --theme', () => {
  it('create-theme copies a built-in; its edited CSS changes the HTML and PDF with no build step', async () => {
    const dir = tempDir();
    expect((await runCli(['create-theme', 'mine'], { cwd: dir })).code).toBe(0);
    const theme = join(dir, 'mine');
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

  it('a theme folder named without its ./ is pointed at: on --theme, in our format and in a JSON Resume file', async () => {
    const dir = tempDir();
    expect((await runCli(['create-theme', 'mine'], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, 'resume.yaml'), 'basics:\n  name: Theme Person\n');
    const flag = await runCli(['build', '--theme', 'mine', '-f', 'html', '-o', 'out'], { cwd: dir });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain(
      'unknown theme "mine"; the folder mine is a theme: name it as a path, ./mine\n',
    );
    const ours =
      'basics:\n  name: Theme Person\nmeta:\n  theme: mine\n# yaml-language-server: $schema=./schema/resume.schema.json\n';
    writeFileSync(join(dir, 'ours.yaml'), ours);
    const strict = await runCli(['build', 'ours.yaml', '-f', 'html', '-o', 'out'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(
      'ours.yaml:4:10  meta.theme  unknown theme "mine"; the folder mine is a theme: name it as a path, ./mine\n',
    );
    writeFileSync(join(dir, 'lenient.yaml'), 'basics:\n  name: Theme Person\nmeta:\n  theme: mine\n');
    const lenient = await runCli(['build', 'lenient.yaml', '-f', 'html', '-o', 'out'], { cwd: dir });
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain(
      'lenient.yaml:4:10  meta.theme  warning: theme "mine" is not available here: using the default theme (the folder mine is a theme: name it as a path, "./mine")',
    );
  });

  it('resume themes lists the built-in themes with their descriptions', async () => {
    // Away from this project's node_modules, which holds JSON Resume themes for the tests.
    const r = await runCli(['themes'], { cwd: tempDir() });
    expect(r.stdout).toMatch(/^classic {2}One column, Source Sans 3/m);
  });
});

describe('a theme folder of your own', () => {
  let made = '';
  beforeAll(async () => {
    const dir = tempDir();
    expect((await runCli(['create-theme', 'mine'], { cwd: dir })).code).toBe(0);
    made = join(dir, 'mine');
  });

  /** A folder holding a copy of the theme create-theme made, as ./mine, and a résumé naming it in meta.theme:
   * this text, or the sample's. */
  function project(yaml = readFileSync(sampleYaml, 'utf8')) {
    const dir = tempDir();
    cpSync(made, join(dir, 'mine'), { recursive: true });
    const themed = /^ {2}theme: .*$/m.test(yaml)
      ? yaml.replace(/^ {2}theme: .*$/m, '  theme: ./mine')
      : `meta:\n  theme: ./mine\n${yaml}`;
    writeFileSync(join(dir, 'resume.yaml'), themed);
    return { dir, theme: join(dir, 'mine'), file: join(dir, 'resume.yaml') };
  }

  /** A render that reads the theme folder again, as a new run of the CLI would after an edit. */
  const renderFresh = (file: string, formats: string[]) => {
    forgetThemeFolders();
    return rendered({ file, formats, browser });
  };
  const buildFresh = (file: string) => {
    forgetThemeFolders();
    return build({ file, formats: ['html'], outDir: join(file, '..', 'out') });
  };

  it('its tokens in theme.json set the CSS and the DOCX alike', async () => {
    const { theme, file } = project();
    const manifest = join(theme, 'theme.json');
    const json = JSON.parse(readFileSync(manifest, 'utf8'));
    json.tokens = {
      ...json.tokens,
      accent: '#7a1fa2',
      docxFont: 'Georgia',
      margins: { ...json.tokens.margins, left: 25 },
    };
    writeFileSync(manifest, JSON.stringify(json));
    const r = await renderFresh(file, ['html', 'pdf', 'docx']);
    expect(r.text('resume.html')).toContain('--accent: #7a1fa2;');
    expect((await pdfOf(r)).colors).toContain('#7a1fa2');
    const zip = await JSZip.loadAsync(r.bytes('resume.docx'));
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(styles).toContain('<w:color w:val="7A1FA2"/>');
    expect(styles).toContain('w:ascii="Georgia"');
    const doc = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(doc).toMatch(/<w:pgMar [^>]*w:left="1417"/); // 25 mm
    // A token left out is named.
    delete json.tokens.accent;
    writeFileSync(manifest, JSON.stringify(json));
    const broken = await failure(buildFresh(file));
    expect(broken.code).toBe(1);
    expect([...broken.lines, broken.message].join('\n')).toContain("theme.json's tokens lack accent");
    // A theme of an earlier version: its theme.json and its template say what changed.
    writeFileSync(manifest, JSON.stringify({ name: 'mine', description: 'old', docx: {}, fit: {} }));
    const old = (await failure(buildFresh(file))).lines.join('\n');
    expect(old).toMatch(/theme\.json:1:\d+ {2}docx {2}"docx" is a block of an earlier version/);
    expect(old).toMatch(/theme\.json:1:\d+ {2}fit {2}"fit" is a block of an earlier version/);
    writeFileSync(manifest, JSON.stringify({ ...json, tokens: { ...json.tokens, accent: '#7a1fa2' } }));
    const head = join(theme, 'partials', 'head.hbs');
    writeFileSync(head, readFileSync(head, 'utf8').replace('{{{tokens}}}', '{{{fitCss}}}'));
    const oldTemplate = await failure(buildFresh(file));
    expect(oldTemplate.code).toBe(1);
    const said = [...oldTemplate.lines, oldTemplate.message].join('\n');
    expect(said).toContain('no template inserts {{{tokens}}}');
    expect(said).toContain('{{{fitCss}}}, of an earlier version, is now {{{tokens}}}');
  });

  it('draws with font files of its own folder, and no file outside it', async () => {
    const { theme, file } = project();
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
    const fonts = (await pdfOf(await renderFresh(file, ['pdf']))).fonts.map((f) => f.name).join(' ');
    expect(fonts).toMatch(/DejaVuSans/);
    expect(fonts).not.toMatch(/SourceSans3/);
    writeFileSync(
      manifest,
      JSON.stringify({ ...json, fontFiles: ['../outside.ttf'], tokens: { ...json.tokens, font: 'Body' } }),
    );
    const outside = await failure(buildFresh(file));
    expect(outside.code).toBe(1);
    expect([...outside.lines, outside.message].join('\n')).toContain(
      "font file ../outside.ttf is outside the theme's folder",
    );
  });

  it('an edited template is compiled at run time; meta.theme finds the folder from the résumé', async () => {
    const { dir, theme } = project();
    const main = join(theme, 'resume.hbs');
    writeFileSync(
      main,
      readFileSync(main, 'utf8').replace(
        '<main class="resume">',
        '<main class="resume"><p class="stamp">Made with my theme</p>',
      ),
    );
    mkdirSync(join(dir, 'cv'));
    const file = join(dir, 'cv', 'resume.yaml');
    writeFileSync(file, 'meta:\n  theme: ../mine\nbasics:\n  name: Themed Person\n');
    const html = (await renderFresh(file, ['html'])).text('resume.html');
    expect(html).toContain('<p class="stamp">Made with my theme</p>');
    expect(html).toContain('Themed Person');
  });

  it('user text stays escaped in a user theme', async () => {
    const { file } = project('basics:\n  name: "<script>alert(1)</script>"\n');
    expect((await renderFresh(file, ['html'])).text('resume.html')).not.toContain('<script>alert');
  });

  it.each([
    [
      'a missing template',
      (t: string) => rmSync(join(t, 'resume.hbs')),
      /^theme \.\/mine: .*\/mine\/resume\.hbs is missing/,
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
      /^theme mine \(\.\/mine\): The partial nowhere could not be found/,
    ],
    [
      'a bad theme.json',
      (t: string) => writeFileSync(join(t, 'theme.json'), '{\n  "name": "mine",\n  "fonts": [,]\n}\n'),
      /\/mine\/theme\.json:3:\d+ {2}\(document\) {2}not valid JSON: /,
    ],
  ])('%s is a clear error naming the file, exit 1, nothing written', async (_, breakIt, message) => {
    const { dir, theme, file } = project('basics:\n  name: Ada\n');
    breakIt(theme);
    const r = await failure(buildFresh(file));
    expect(r.code).toBe(1);
    expect([...r.lines, r.message].join('\n')).toMatch(new RegExp(message.source, 'm'));
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
