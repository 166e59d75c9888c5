// Every size the tool accepts, in one place, each with the reason for its value. A résumé and what it names are
// small; these bounds are far above any real one and keep a hostile file from costing gigabytes or hours.

const MB = 1024 * 1024;

export const LIMITS = {
  /** A résumé is a few KB (the largest real ones, 200 jobs, are under 300 KB); YAML parsing 2 MB takes a second. */
  sourceBytes: 2 * MB,
  /** The data after YAML aliases are expanded, in characters of text plus a few per value: twice the largest
   * source, so repeating a list with an alias is fine, and a small file cannot expand to gigabytes. */
  expandedChars: 4 * MB,
  /** A photo is printed a few centimetres wide; a camera's full-size JPEG is 3–5 MB. */
  photoBytes: 5 * MB,
  /** One font file: a Latin family's face is under 1 MB, a CJK one up to 10 MB as WOFF2. */
  fontBytes: 10 * MB,
  /** The font files of one résumé or theme: a family has at most 9 weights × 2 styles; each is inlined in the
   * HTML (as base64, a third larger) and decoded by the browser. */
  fontFiles: 18,
  fontTotalBytes: 40 * MB,
  /** A table a WOFF font declares, once inflated (only the small OS/2 table is ever inflated here). */
  fontTableBytes: 64 * 1024,
  /** What a WOFF or WOFF2 file unpacks to in the browser: three times the largest file. */
  fontUnpackedBytes: 32 * MB,
  /** A theme's template or stylesheet: a few KB; 2 MB leaves room for images inlined as data: URLs. */
  themeFileBytes: 2 * MB,
  /** Partials in a theme folder: one per kind of entry is a dozen. */
  themePartials: 200,
  /** What `resume check` reads: outputs of this tool are well under these. A DOCX of 200 jobs is 60 KB zipped. */
  checkDocxBytes: 20 * MB,
  /** One part of a DOCX (document.xml), unzipped: a 200-job résumé's is about 1 MB. */
  checkDocxPartBytes: 32 * MB,
  /** A PDF to check: a 60-page résumé with fonts and a photo is about 2 MB. */
  checkPdfBytes: 50 * MB,
  /** The PDF's compressed streams, all inflated: what pdf.js would decode, bounded before it does. A 60-page
   * résumé's content and font subsets inflate to about 10 MB. */
  checkPdfInflatedBytes: 64 * MB,
  /** Pages of a PDF to check. */
  checkPdfPages: 1000,
  /** Pixels of one image inside a PDF to check (pdf.js decodes images to RGBA: 4 bytes a pixel). */
  checkPdfImagePixels: 16 * MB,
  /** An HTML, Markdown or text output to check. */
  checkTextBytes: 50 * MB,
} as const;

/** "2 MB", "64 KB": a limit as a person reads it. */
export function limitText(bytes: number): string {
  return bytes >= MB ? `${+(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** "20.0 MB", "12 KB": the size of a file. */
export function sizeText(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
