// A .json résumé must be JSON: the YAML parser that reads it would accept a comment in silence, and would describe
// a mistake in YAML's words. When JSON.parse refuses the text, this scanner finds the first mistake and says it in
// JSON's words, at its offset. A comma after the last item, the commonest slip, means nothing else and is read
// (each one a warning); every other mistake stops. Linear in the text; only run on text JSON refused.

export interface JsonMistake {
  offset: number;
  message: string;
}

/** Said of each comma after a last item, read as if it were not there. */
export const TRAILING_COMMA =
  'JSON syntax: a comma after the last item: read as if it were not there (remove it: JSON allows no comma before } or ])';

const WORDS: Record<string, string> = {
  comment: 'JSON has no comments: remove it (or write the résumé as YAML, which has # comments)',
  singleQuote: 'JSON strings take double quotes ("…"), not single ones',
  unquotedKey: 'a key must be in double quotes, e.g. "name": …',
  missingComma: 'a comma is missing before this item',
  missingColon: 'a colon is missing after this key ("key": value)',
  unclosedString: 'this string is never closed: add the closing double quote',
  controlInString: 'a line break inside a string: write it as \\n, or close the string',
  afterEnd: 'text after the end of the document: one résumé is one {…}',
  emptyDocument: 'no JSON value here',
};

export interface JsonReading {
  /** The first mistake in the text, if it has one that stops the reading. */
  mistake?: JsonMistake;
  /** The offsets of the commas after a last item, read as if they were not there. */
  trailingCommas: number[];
}

/** What is wrong with text that JSON.parse refused. */
export function jsonMistakes(text: string): JsonReading {
  const scanner = new Scanner(text);
  try {
    scanner.value();
    scanner.space();
    if (scanner.at < text.length) scanner.fail(scanner.at, WORDS.afterEnd as string);
  } catch (error) {
    if (error instanceof Mistake)
      return {
        mistake: { offset: error.offset, message: `JSON syntax: ${error.message}` },
        trailingCommas: scanner.trailingCommas,
      };
    throw error;
  }
  return { trailingCommas: scanner.trailingCommas };
}

class Mistake extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

class Scanner {
  at = 0;
  readonly trailingCommas: number[] = [];
  constructor(readonly text: string) {}

  fail(offset: number, message: string): never {
    throw new Mistake(offset, message);
  }

  /** White space; a comment is a mistake of its own. */
  space(): void {
    while (this.at < this.text.length) {
      const c = this.text[this.at] as string;
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.at++;
      else if (c === '/' && (this.text[this.at + 1] === '/' || this.text[this.at + 1] === '*'))
        this.fail(this.at, WORDS.comment as string);
      else return;
    }
  }

  value(): void {
    this.space();
    const c = this.text[this.at];
    if (c === '{' || c === '[') {
      this.container(c === '{' ? '}' : ']', c === '{');
      return;
    }
    if (c === '"') {
      this.string();
      return;
    }
    if (c === "'") this.fail(this.at, WORDS.singleQuote as string);
    const word = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(
      this.text.slice(this.at, this.at + 64),
    );
    if (word) {
      this.at += word[0].length;
      return;
    }
    if (c === undefined) this.fail(this.text.length, WORDS.emptyDocument as string);
    this.fail(
      this.at,
      `unexpected ${JSON.stringify(c)}: a value is a "string", a number, true, false, null, {…} or […]`,
    );
  }

  /** An object or an array, from its opening bracket to its closing one. */
  container(close: '}' | ']', keyed: boolean): void {
    const open = this.at++;
    this.space();
    if (this.text[this.at] === close) {
      this.at++;
      return;
    }
    for (;;) {
      if (keyed) this.key();
      this.value();
      this.space();
      const c = this.text[this.at];
      if (c === close) {
        this.at++;
        return;
      }
      if (c === undefined)
        this.fail(open, `this ${keyed ? '{' : '['} is never closed: add the ${close} that ends it`);
      if (c !== ',') this.fail(this.at, WORDS.missingComma as string);
      const comma = this.at++;
      this.space();
      if (this.text[this.at] === close) {
        this.trailingCommas.push(comma);
        this.at++;
        return;
      }
    }
  }

  key(): void {
    this.space();
    const c = this.text[this.at];
    if (c === "'") this.fail(this.at, WORDS.singleQuote as string);
    if (c !== '"') this.fail(this.at, WORDS.unquotedKey as string);
    this.string();
    this.space();
    if (this.text[this.at] !== ':') this.fail(this.at, WORDS.missingColon as string);
    this.at++;
  }

  string(): void {
    const open = this.at++;
    while (this.at < this.text.length) {
      const c = this.text[this.at] as string;
      if (c === '\\') this.at += 2;
      else if (c === '"') {
        this.at++;
        return;
      } else if (c === '\n') this.fail(open, WORDS.controlInString as string);
      else this.at++;
    }
    this.fail(open, WORDS.unclosedString as string);
  }
}
