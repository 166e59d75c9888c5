// The PDF reader of `resume check`, which the tests share.
export { type PdfContents, parsePdf, pdfText, readPdf } from '../src/render/pdf/read.js';
