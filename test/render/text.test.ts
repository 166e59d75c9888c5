import { describe, expect, it } from 'vitest';
import { prepareResume } from '../../src/core/prepare.js';
import { markdownRenderer, textRenderer } from '../../src/render/text/index.js';

const render = async (summary: string) => {
  const view = prepareResume({ basics: { name: 'Ada', summary } });
  return {
    md: String(await markdownRenderer.render(view, {} as never)),
    txt: String(await textRenderer.render(view, {} as never)),
  };
};

describe('Markdown and text: emphasis', () => {
  it.each([
    ['Built the **pipelines**.', 'Built the pipelines.'],
    ['Chose the *tools*, then (**shipped**).', 'Chose the tools, then (shipped).'],
    ['Frodo Baggins, ***John Doe***', 'Frodo Baggins, John Doe'],
    ['**bold *italic* bold**', 'bold italic bold'],
    ['*italic **bold** italic*', 'italic bold italic'],
    ['**a**b', 'ab'],
  ])('writes %s back as written, and its words alone in text', async (summary, words) => {
    const { md, txt } = await render(summary);
    expect(md).toContain(`\n${summary}\n`);
    expect(txt).toContain(`\n${words}\n`);
  });

  it('writes ___x___ with stars, the same emphasis', async () => {
    expect((await render('___x___')).md).toContain('\n***x***\n');
  });
});
