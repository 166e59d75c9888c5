// Which `*` and `_` markers pair up as emphasis, by CommonMark's rules (spec 0.31, "Emphasis and strong
// emphasis"): what stands either side of a run of markers says whether it can open or close, a closer pairs with
// the nearest opener of its kind before it, and two markers of each make strong emphasis, one emphasis. So
// "***a***" is both, "*a **b***" closes both, and "**pipelines**." closes before the period.
// Linear time: a closer that finds no opener remembers where looking back is useless for its kind (the spec's
// openers_bottom), and the runs between a pair are dropped once it is made.

export type Emphasis = 'strong' | 'em';

export interface MarkerRun {
  readonly char: '*' | '_';
  /** The run's length as written: the "rule of 3" looks at it. */
  readonly length: number;
  readonly canOpen: boolean;
  readonly canClose: boolean;
  /** Markers not paired: they are text. */
  left: number;
  /** The emphasis the run opens and closes, innermost first. */
  readonly opens: Emphasis[];
  readonly closes: Emphasis[];
}

const PUNCTUATION = /^[\p{P}\p{S}]$/u;
/** The start and end of the text count as white space. */
const isWhite = (ch: string) => ch === '' || /^\s$/u.test(ch);
const isPunctuation = (ch: string) => PUNCTUATION.test(ch);

/** The character (a whole code point) before `at`, or '' at the start. */
function charBefore(s: string, at: number): string {
  const low = s.charCodeAt(at - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && at >= 2;
  return s.slice(Math.max(0, at - (pair ? 2 : 1)), at);
}

/** The character (a whole code point) at `at`, or '' at the end. */
function charAt(s: string, at: number): string {
  const code = s.codePointAt(at);
  return code === undefined ? '' : String.fromCodePoint(code);
}

const BRACKETS: Record<string, string> = { '(': ')', '[': ']' };

/** The run of markers s[start, end), with what it can do where it stands. */
export function markerRun(s: string, start: number, end: number): MarkerRun {
  const char = s[start] === '_' ? '_' : '*';
  const before = charBefore(s, start);
  const after = charAt(s, end);
  const leftFlanking = !isWhite(after) && (!isPunctuation(after) || isWhite(before) || isPunctuation(before));
  const rightFlanking =
    !isWhite(before) && (!isPunctuation(before) || isWhite(after) || isPunctuation(after));
  // A run alone in brackets, "(*)" or "(**)", is a footnote's mark as a legend writes it ("(*) student
  // advisee"), not emphasis from one to the next: here, unlike CommonMark, it neither opens nor closes.
  const mark = BRACKETS[before] === after;
  // `_` inside a word (snake_case) neither opens nor closes.
  const canOpen = !mark && leftFlanking && (char === '*' || !rightFlanking || isPunctuation(before));
  const canClose = !mark && rightFlanking && (char === '*' || !leftFlanking || isPunctuation(after));
  const length = end - start;
  return { char, length, canOpen, canClose, left: length, opens: [], closes: [] };
}

/** Whether an opener and a later closer make a pair. A run that can both open and close pairs only when the two
 * lengths do not add up to a multiple of 3, unless both are one ("*a**b*" is one emphasis, not strong). */
function pairs(opener: MarkerRun, closer: MarkerRun): boolean {
  if (opener.char !== closer.char || !opener.canOpen) return false;
  const either = closer.canOpen || opener.canClose;
  return !(either && closer.length % 3 !== 0 && (opener.length + closer.length) % 3 === 0);
}

/** Pairs the runs of one text, in order, filling each run's opens, closes and left. */
export function pairRuns(runs: MarkerRun[]): void {
  const n = runs.length;
  // The runs still in play, as a doubly linked list over their indices (-1 and n: none).
  const prev = Int32Array.from({ length: n }, (_, k) => k - 1);
  const next = Int32Array.from({ length: n }, (_, k) => k + 1);
  const remove = (k: number) => {
    const p = prev[k] as number;
    const q = next[k] as number;
    if (p >= 0) next[p] = q;
    if (q < n) prev[q] = p;
  };
  // For each kind of closer, the index at or below which no opener for it is left.
  const floor = new Map<string, number>();
  let k = 0;
  while (k < n) {
    const closer = runs[k] as MarkerRun;
    if (!closer.canClose) {
      k = next[k] as number;
      continue;
    }
    const kind = `${closer.char}${closer.canOpen ? 1 : 0}${closer.length % 3}`;
    const bottom = floor.get(kind) ?? -1;
    let o = prev[k] as number;
    while (o > bottom && !pairs(runs[o] as MarkerRun, closer)) o = prev[o] as number;
    if (o > bottom) {
      const opener = runs[o] as MarkerRun;
      const use = opener.left >= 2 && closer.left >= 2 ? 2 : 1;
      opener.left -= use;
      closer.left -= use;
      opener.opens.push(use === 2 ? 'strong' : 'em');
      closer.closes.push(use === 2 ? 'strong' : 'em');
      // The runs between the pair are text now.
      next[o] = k;
      prev[k] = o;
      if (!opener.left) remove(o);
      if (!closer.left) {
        remove(k);
        k = next[k] as number;
      }
    } else {
      floor.set(kind, prev[k] as number);
      const after = next[k] as number;
      if (!closer.canOpen) remove(k);
      k = after;
    }
  }
}
