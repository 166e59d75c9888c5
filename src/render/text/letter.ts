// The cover letter in Markdown and plain text, for pasting into an application form's letter box: the letterhead,
// the recipient's lines, the date, the greeting, the body's paragraphs and lists, the closing and the name, in the
// order of the page. The same inline writing as the résumé's (style.ts).
import type { Inline } from '../../core/markdown.js';
import type { LetterBlock, LetterView } from '../../letter/view.js';
import type { Style } from './style.js';

export function renderLetterText(view: LetterView, s: Style): string {
  const lines = (list: string[]) => list.join(s.inline([{ type: 'break' }]));
  const head = [s.name(view.name), ...(view.label ? [s.label(view.label)] : [])].join('\n');
  const contacts = view.contacts.map((c) => s.link(c.text, c.href)).join(' · ');
  const strong = (tokens: Inline[]) => s.inline([{ type: 'strong', children: tokens }]);
  const blocks = [
    head,
    contacts,
    lines(view.recipient.map(s.text)),
    s.text(view.date),
    view.subject ? strong(view.subject) : '',
    s.inline(view.salutation),
    ...view.body.map((block) => blockText(block, s)),
    s.inline(view.closing),
    s.text(view.name),
  ];
  return `${blocks.filter(Boolean).join('\n\n')}\n`;
}

function blockText(block: LetterBlock, s: Style): string {
  if (block.kind === 'paragraph') return s.inline(block.text);
  return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${s.inline(item)}`).join('\n');
}
