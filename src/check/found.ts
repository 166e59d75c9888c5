// Where an item is in a reader's text (both without white space). Right-to-left text read back from a PDF is in
// the order its runs were drawn, and a number at the edge of a right-to-left run draws the same whether it came
// before the run or after it ("يناير 2020" and "2020 يناير" print alike in a left-to-right line): no reader can
// tell which it was. So an item with right-to-left letters is also found as its text without numbers, with each
// of its numbers beside it.

import { RIGHT_TO_LEFT } from '../core/direction.js';

const NUMBER = /\p{Nd}+/gu;
/** How far from the rest of an item its numbers may be found, in characters without white space. */
const REACH = 24;

export interface Found {
  start: number;
  end: number;
}

export class Haystack {
  readonly #text: string;
  /** The text without its digits, and where each of its characters is in the text. */
  #withoutNumbers?: { text: string; at: number[] };

  /** `text` without white space, as the needles are. */
  constructor(text: string) {
    this.#text = text;
  }

  /** Where the needle is, at or after `from`; undefined when it is not there. */
  find(needle: string, from = 0): Found | undefined {
    const i = this.#text.indexOf(needle, from);
    if (i >= 0) return { start: i, end: i + needle.length };
    if (!RIGHT_TO_LEFT.test(needle)) return undefined;
    return this.#findAround(needle, from);
  }

  #findAround(needle: string, from: number): Found | undefined {
    const letters = needle.replace(NUMBER, '');
    if (letters === '') return undefined;
    const numbers = needle.match(NUMBER) ?? [];
    const plain = this.#plain();
    const first = plain.at.findIndex((at) => at >= from);
    const j = first < 0 ? -1 : plain.text.indexOf(letters, first);
    if (j < 0) return undefined;
    const start = plain.at[j] as number;
    const end = (plain.at[j + letters.length - 1] as number) + 1;
    // The numbers on the same stretch of text: a line's other right-to-left run (a place before a date) can
    // stand between a number and the words it belongs to.
    const around = this.#text.slice(Math.max(0, start - REACH), end + REACH);
    return numbers.every((n) => around.includes(n)) ? { start, end } : undefined;
  }

  #plain(): { text: string; at: number[] } {
    if (!this.#withoutNumbers) {
      let text = '';
      const at: number[] = [];
      let i = 0;
      for (const ch of this.#text) {
        if (!/\p{Nd}/u.test(ch)) {
          text += ch;
          for (let k = 0; k < ch.length; k++) at.push(i + k);
        }
        i += ch.length;
      }
      this.#withoutNumbers = { text, at };
    }
    return this.#withoutNumbers;
  }
}
