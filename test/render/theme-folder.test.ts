// Theme folders: theme.json checked at its lines, and a theme made before the spacing tokens existed still loads.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetThemeFolders, loadThemeFolder } from '../../src/render/theme-folder.js';
import { root, tempDir } from '../helpers.js';

/** classic's templates and stylesheet with the given theme.json. */
function themeWith(manifest: unknown): string {
  const dir = join(tempDir(), 'mine');
  cpSync(join(root, 'templates', 'classic'), dir, { recursive: true });
  writeFileSync(
    join(dir, 'theme.json'),
    typeof manifest === 'string' ? manifest : JSON.stringify(manifest, null, 2),
  );
  forgetThemeFolders();
  return dir;
}

// The tokens a theme of an earlier version set: no spacing details, no extends.
const earlier = {
  name: 'old',
  description: 'made before the spacing tokens',
  tokens: {
    accent: '#1f3a5f',
    text: '#1b1f24',
    muted: '#55595f',
    rule: '#c9d1db',
    font: 'Source Sans 3',
    docxFont: 'Calibri',
    fontSize: 10,
    nameSize: 23,
    labelSize: 11.5,
    headingSize: 10,
    lineHeight: 1.32,
    minFontSize: 9,
    margins: { top: 14, right: 16, bottom: 14, left: 16 },
    sectionSpacing: 4.2,
    dateFormat: 'MMM YYYY',
    bullet: 'disc',
  },
};

describe('a theme folder', () => {
  it('made before the spacing tokens takes classic’s spacing details, and its own tokens', async () => {
    const classic = await loadThemeFolder('classic');
    const theme = await loadThemeFolder(
      themeWith({ ...earlier, tokens: { ...earlier.tokens, accent: '#7a1fa2' } }),
    );
    expect(theme.tokens.accent).toBe('#7a1fa2');
    expect(theme.tokens.headingSpacing).toBe(classic.tokens.headingSpacing);
    expect(theme.tokens.bulletIndent).toBe(classic.tokens.bulletIndent);
  });

  it('still names a token that makes the theme what it is, when it is left out', async () => {
    const { accent: _, ...tokens } = earlier.tokens;
    await expect(loadThemeFolder(themeWith({ ...earlier, tokens }))).rejects.toThrow(/tokens lack accent/);
  });

  it('reports every wrong value at its line in theme.json, in one message', async () => {
    const manifest = `{\n  "name": "mine",\n  "extends": "classic",\n  "tokens": {\n    "fontSize": "big",\n    "accent": "red",\n    "lineHeight": -3\n  },\n  "fontFiles": "a.ttf"\n}\n`;
    const error = await loadThemeFolder(themeWith(manifest)).catch((e) => e);
    const where = error.diagnostics.map((d: { line: number; path: string }) => `${d.line} ${d.path}`);
    expect(where).toEqual(['5 tokens.fontSize', '6 tokens.accent', '7 tokens.lineHeight', '9 fontFiles']);
    expect(error.diagnostics[1].message).toMatch(/is not a colour: write it as #RRGGBB/);
  });

  it('refuses "extends" of anything but a built-in theme, so a theme cannot extend itself', async () => {
    const dir = themeWith({ ...earlier, extends: './mine' });
    const error = await loadThemeFolder(dir).catch((e) => e);
    expect(error.diagnostics[0]).toMatchObject({
      path: 'extends',
      message: expect.stringMatching(/is not a built-in theme's name/),
    });
  });
});
