import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/render/html/read.js';

const read = (html: string) => readHtml(new TextEncoder().encode(html));

describe('readHtml', () => {
  it('finds a link whatever its attributes and quotes, as a JSON Resume theme writes them', async () => {
    const { links } = await read(
      `<p><a class="x" target="_blank" href="https://a.example/1">one</a>
       <a href='mailto:b@example.com'>two</a> <A HREF=https://c.example/3>three</A>
       <a data-href="https://not.example" href="https://d.example/?a=1&amp;b=2">four</a>
       <abbr href="https://e.example">no link</abbr> <a title="see href=nope" href="https://f.example">six</a>
       <a href="">empty</a> <a name="top">anchor</a></p>`,
    );
    expect(links).toEqual([
      'https://a.example/1',
      'mailto:b@example.com',
      'https://c.example/3',
      'https://d.example/?a=1&b=2',
      'https://f.example',
    ]);
  });

  it('reads inline tags joined and block tags apart', async () => {
    const { text } = await read('<p>Go<strong>lang</strong></p><p>Rust</p>');
    expect(text.replace(/\s+/g, ' ').trim()).toBe('Golang Rust');
  });
});
