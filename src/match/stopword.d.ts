// The stopword package ships no types; these are the lists match/ reads (ISO 639-3 names, arrays of words), from
// its ES module build: the bundle then keeps only these 11 of its 62 lists (its CommonJS main file holds them all).
declare module 'stopword/dist/stopword.esm.mjs' {
  export const eng: string[];
  export const deu: string[];
  export const fra: string[];
  export const spa: string[];
  export const por: string[];
  export const ita: string[];
  export const nld: string[];
  export const pol: string[];
  export const zho: string[];
  export const jpn: string[];
  export const kor: string[];
}
