// Markdown and plain text read back: the text as a reader sees it (Markdown's escapes removed) and the link
// targets written out in it.
import type { ReadBack } from '../types.js';

const LINK = /\((https?:\/\/[^\s)]+|mailto:[^\s)]+|tel:[^\s)]+)\)/g;

export function readText(markdown: boolean) {
  return async (bytes: Uint8Array): Promise<ReadBack> => {
    const raw = new TextDecoder().decode(bytes);
    // Markdown escapes its special characters in user text: a reader sees them plain.
    const text = markdown ? raw.replace(/\\([\\`*_[\]<>#|])/g, '$1') : raw;
    return { text, links: [...raw.matchAll(LINK)].map((m) => m[1] ?? '') };
  };
}
