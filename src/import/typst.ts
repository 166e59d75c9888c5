// RenderCV passes Typst markup through to its PDF; our outputs would print it raw. Commands are taken out of
// the text: formatting keeps its content, spacing goes, a footnote's text is set aside for the user.

export interface Stripped {
  text: string;
  /** The commands found, by name ("footnote", "h"). */
  commands: string[];
  footnotes: string[];
}

const SPACING = new Set(['h', 'v', 'linebreak', 'pagebreak', 'colbreak', 'parbreak', 'hide']);
// "#name(" or "#name[" only: "#1 in class" is text.
const COMMAND = /#([a-zA-Z][\w.-]*)(?=[([])/.source;

export function stripTypst(source: string): Stripped {
  const commands: string[] = [];
  const footnotes: string[] = [];
  let text = '';
  let from = 0;
  // A regular expression of its own: the search recurses into content blocks.
  const command = new RegExp(COMMAND, 'g');
  for (let m = command.exec(source); m; m = command.exec(source)) {
    const name = m[1] as string;
    let i = m.index + m[0].length;
    const args = source[i] === '(' ? balanced(source, i, '(', ')') : undefined;
    if (args !== undefined) i += args.length + 2;
    const blocks: string[] = [];
    for (
      let block = balanced(source, i, '[', ']');
      block !== undefined;
      block = balanced(source, i, '[', ']')
    ) {
      blocks.push(block);
      i += block.length + 2;
    }
    if (args === undefined && blocks.length === 0) continue;
    commands.push(name);
    const inner = blocks.map((b) => stripTypst(b));
    for (const s of inner) {
      commands.push(...s.commands);
      footnotes.push(...s.footnotes);
    }
    const content = inner.map((s) => s.text).join(' ');
    text += source.slice(from, m.index);
    if (name === 'footnote') footnotes.push(content);
    else if (name === 'link' && /^\s*"https?:[^"]+"/.test(args ?? ''))
      text += `[${content || (args as string).trim().slice(1, -1)}](${(/"([^"]+)"/.exec(args as string) as RegExpExecArray)[1]})`;
    else if (name === 'strong' && content) text += `**${content}**`;
    else if (name === 'emph' && content) text += `*${content}*`;
    else if (!SPACING.has(name)) text += content;
    from = i;
    command.lastIndex = i;
  }
  if (commands.length === 0) return { text: source, commands, footnotes };
  text += source.slice(from);
  return { text: text.replace(/[ \t]{2,}/g, ' ').trim(), commands, footnotes };
}

/** The text between `open` at `at` and its matching `close`, or undefined when `at` does not open a group. */
function balanced(source: string, at: number, open: string, close: string): string | undefined {
  if (source[at] !== open) return undefined;
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === open) depth++;
    else if (source[i] === close && --depth === 0) return source.slice(at + 1, i);
  }
  return undefined;
}
