// A title's letters in the Latin alphabet without accents, for an id made from it ("Vorträge" → vortraege): the
// transliteration of ICAO Doc 9303, the one a passport's machine-readable line uses for every language. It spells
// out the letters that carry a sound of their own (ä, ö, ü, å, æ, ø, œ, ß, þ) rather than drop a mark that
// matters, and gives Cyrillic its Latin letters; any other accent is dropped (é → e). One table for every language,
// so an id does not depend on the language a file was read in.

/** Letters that are not a Latin letter with a mark, or whose mark changes how they are spelt (lower case). */
const SPELT_OUT: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  å: 'aa',
  æ: 'ae',
  ø: 'oe',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
  ð: 'd',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  ĳ: 'ij',
  ŀ: 'l',
  ł: 'l',
  ŋ: 'n',
  ŧ: 't',
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  ђ: 'd',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
};

/** The text in lower-case Latin letters without marks; letters of other scripts (中文, עברית) stay as they are. */
export function latinLetters(text: string): string {
  return Array.from(text.normalize('NFC').toLowerCase(), (c) => SPELT_OUT[c] ?? c)
    .join('')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}
