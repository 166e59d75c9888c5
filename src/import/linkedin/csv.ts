// The CSV files of a LinkedIn export, read by column name: UTF-8 with or without a BOM, or the Latin-1
// (Windows-1252) a spreadsheet writes when it saves one again; CRLF or LF; quoted fields with commas, quotes and
// newlines; and the tab or semicolon some exports and re-saves use instead of commas.

export type Row = Record<string, string>;

export function decodeCsv(bytes: Uint8Array): { text: string; latin1: boolean } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), latin1: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), latin1: true };
  }
}

/** The rows of a CSV text as records keyed by the header row's column names (trimmed). */
export function parseCsv(text: string): Row[] {
  const delimiter = delimiterOf(text.slice(0, text.search(/\r?\n|$/)));
  const records = records_(text, delimiter);
  const header = (records.shift() ?? []).map((h) => h.trim());
  return records
    .filter((r) => r.some((cell) => cell.trim() !== ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

function delimiterOf(headerLine: string): string {
  const counts = [',', '\t', ';'].map((d) => [d, headerLine.split(d).length] as const);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ',';
}

/** RFC 4180: fields may be quoted; a quote inside is doubled; a quoted field may span lines. */
function records_(text: string, delimiter: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else if (ch !== '\r' || text[i + 1] !== '\n') field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      out.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    out.push(row);
  }
  return out;
}
