// A recipient's civility in the letter's language, and the greeting that agrees with it. A civility is read in
// any language the locales know ("Frau", "Mme", "Ms", "Sra.") and printed in the letter's: a Spanish letter to
// "Frau Lucía Martín" greets "Estimada Sra. Martín:". A title that says no gender ("Dr.") is printed as written.
// Pure.
import { CIVILITY_WORDS, type Civility, type LetterWords } from '../core/locales.js';
import type { Recipient } from './read.js';

/** The civility as the letter's language writes it: its own word as written; a woman's or a man's civility of
 * another language as this one's, or none in a language whose civilities the locales do not know (an English "Ms"
 * is no word of a Russian letter); anything else as written. */
export function civilityIn(civility: string, words: LetterWords): { printed: string; kind?: Civility } {
  const kind = CIVILITY_WORDS.get(civility.toLowerCase());
  const own = words.civilities;
  if (!kind) return { printed: civility };
  if (!own) return { printed: '', kind };
  const isOwn = own[kind].some((word) => word.toLowerCase() === civility.toLowerCase());
  return { printed: isOwn ? civility : (own[kind][0] ?? civility), kind };
}

/** The locale's greeting: to the recipient by civility and family name where the letter gives both and the
 * locale has a greeting that agrees with it, by name, else to no one named. */
export function greeting(recipient: Recipient | undefined, words: LetterWords): string {
  const { civility, name } = recipient ?? {};
  if (!name) return words.salutation;
  const { printed, kind } = civility ? civilityIn(civility, words) : { printed: '' };
  if (!printed) return words.salutationNamed.replace('{name}', name);
  const forCivility = words.salutationCivility;
  const template =
    typeof forCivility === 'string' || forCivility === undefined
      ? (forCivility ?? words.salutationNamed.replace('{name}', '{civility} {name}'))
      : (ownKey(forCivility, printed.toLowerCase()) ??
        (kind && ownKey(forCivility, kind)) ??
        ownKey(forCivility, '*'));
  if (!template) return words.salutationNamed.replace('{name}', name);
  return template.replace('{civility}', printed).replace('{name}', familyName(name));
}

/** A table's own entry: a civility written "constructor" or "__proto__" is no key of it. */
const ownKey = (table: Readonly<Record<string, string>>, key: string): string | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/** The name a greeting by civility takes: the family name of a name written as a given name and a family name
 * ("Lucía Martín" → "Martín", "Dr. Anna Schröder" → "Dr. Schröder"), titles kept; any other name as written, as
 * no rule tells a second given name from a first family name ("María José García"). */
export function familyName(name: string): string {
  const words = name.trim().split(/\s+/);
  const titles = words.filter(
    (word, i) => word.endsWith('.') && words.slice(0, i).every((w) => w.endsWith('.')),
  );
  const rest = words.slice(titles.length);
  return rest.length === 2 ? [...titles, rest[1]].join(' ') : name;
}

/** The recipient as the address names them: the civility (in the letter's language) before the name. */
export function addressee(recipient: Recipient | undefined, words: LetterWords): string | undefined {
  const civility = recipient?.civility && civilityIn(recipient.civility, words).printed;
  if (!recipient?.name) return civility;
  return civility ? `${civility} ${recipient.name}` : recipient.name;
}
