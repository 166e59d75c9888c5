// On a right-to-left page, an abbreviation written with full stops ("B.Sc.", "Ph.D.") before a comma or a line's
// end loses its last stop to the right-to-left text: the stop sits between a Latin letter and Hebrew, and the
// bidirectional algorithm gives it the page's direction, so "B.Sc., מדעי המחשב" prints ".B.Sc". A left-to-right
// mark after it keeps the stop with its letters. No reader sees the mark (check drops such characters). A
// sentence's own full stop after a Latin word ("… PostgreSQL.") is not an abbreviation's and stays the
// sentence's.

import { mapViewTexts } from './view-parts.js';

const ABBREVIATION = /(?<![\p{L}\p{N}.])((?:[A-Za-z]{1,3}\.){2,})(?=[\s,;:،]|$)/gu;
const LEFT_TO_RIGHT_MARK = '\u200E';

/** The view's texts (any depth), each abbreviation's last stop held to it. */
export function holdAbbreviations<T>(value: T): T {
  return mapViewTexts(value, (text) => text.replace(ABBREVIATION, `$1${LEFT_TO_RIGHT_MARK}`));
}
