// Text written right to left: letters of the scripts the bidirectional algorithm reads as strongly right-to-left.
export const RIGHT_TO_LEFT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
