import { describe, expect, it } from 'vitest';
import { parseInline } from '../../src/core/markdown.js';
import { prepareResume } from '../../src/core/prepare.js';
import type { Resume } from '../../src/core/resume-types.js';
import { inlineHtml, renderHtml } from '../../src/render/html/index.js';
import { loadThemeFolder } from '../../src/render/theme-folder.js';
import { expectedSampleText, firstOutOfOrder, htmlText, sample } from '../helpers.js';

const theme = await loadThemeFolder('classic');
const html = (r: Resume) => renderHtml(prepareResume(r), theme);

describe('HTML renderer', () => {
  it('escapes hostile text everywhere and never evaluates template syntax from data', () => {
    const evil = '<script>alert(1)</script> {{basics.name}} "quoted" & <img src=x onerror=alert(1)>';
    const out = html({
      basics: { name: evil, label: evil, summary: `**${evil}**`, profiles: [{ network: evil }] },
      work: [{ name: evil, position: evil, highlights: [evil, { text: `*${evil}*` }] }],
      skills: [{ name: evil, keywords: [evil] }],
      sections: [{ id: 'x', title: evil, items: [{ label: evil, text: evil }] }],
    });
    expect(out).not.toMatch(/<script>|<img/);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; {{basics.name}} &quot;quoted&quot; &amp;');
    // Every field came through, escaped: name, label, summary, profile, employer, position, 2 bullets, skill, keyword, section, label, text.
    expect(out.split('&lt;script&gt;').length - 1).toBeGreaterThanOrEqual(14);
  });

  it('renders inline markdown as strong, em and safe anchors only', () => {
    expect(
      inlineHtml(parseInline('**bold** *it* [a](https://x.org/?q=1&r=2) [b](javascript:alert(1))')),
    ).toBe('<strong>bold</strong> <em>it</em> <a href="https://x.org/?q&#x3D;1&amp;r&#x3D;2">a</a> b');
  });

  it('keeps hyphenated words together so PDF text does not read "low- latency"', () => {
    expect(inlineHtml(parseInline('low-latency'))).toBe('<span class="nobr">low-latency</span>');
  });

  it('writes a self-contained page: inline CSS and fonts, a CSP that forbids any fetch, no scripts', () => {
    const out = html(sample());
    expect(out).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    expect(out).toContain('src: url(data:font/woff2;base64,');
    expect(out).not.toMatch(/<script|<link|url\((?!data:)/);
    expect(out).toContain('@page { size: A4; }');
  });

  it('holds every section, job, project and bullet of the sample, in order, with semantic markup', () => {
    const out = html(sample());
    expect(firstOutOfOrder(htmlText(out), expectedSampleText())).toBeUndefined();
    expect(out).toContain('<h1 class="name">Ankit Khandelwal</h1>');
    expect(out.match(/<h2 /g)).toHaveLength(6);
    expect(out).toContain('<a href="mailto:mailme.ankit.13@gmail.com" dir="ltr">');
    expect(out).toContain('<a href="tel:+919754794337" dir="ltr">+91-975-4794337</a>');
    expect(out).toContain('<strong>backend architecture strategy</strong>');
    expect(out).toContain('<em>EC2, RDS, S3, CloudWatch, IAM</em>');
    expect(out).toContain('May 2025 – Nov 2025');
  });

  it('sets the paper size from the options', () => {
    expect(renderHtml(prepareResume(sample(), { paper: 'Letter' }), theme)).toContain(
      '@page { size: Letter; }',
    );
  });

  it('refuses unknown names, and paths that are no theme folder', async () => {
    await expect(loadThemeFolder('../../etc')).rejects.toThrow(/theme\.json is missing/);
    await expect(loadThemeFolder('clasic')).rejects.toThrow(/did you mean "classic"/);
  });
});
