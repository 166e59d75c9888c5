// Text written right to left: letters of the scripts the bidirectional algorithm reads as strongly right-to-left.
export const RIGHT_TO_LEFT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

export type Direction = 'ltr' | 'rtl';

/** The direction a locale's language is written in, as Intl knows it: right to left for Arabic, Hebrew, Persian,
 * Urdu, Yiddish and the like; left to right for any locale it cannot read. */
export function directionOf(locale: string): Direction {
  try {
    // textInfo in V8 since 2022 (Node.js 18 and later), getTextInfo() in the standard since.
    const known = new Intl.Locale(locale) as Intl.Locale & {
      textInfo?: { direction?: string };
      getTextInfo?: () => { direction?: string };
    };
    return (known.getTextInfo?.() ?? known.textInfo)?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
