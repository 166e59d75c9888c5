// Where a posting names the company that hires: its title ("Engineer at Acme", "Engineer @ Mobly", "Data
// Engineer – Isarbahn Logistik SE") or its first paragraph ("Northwind Analytics builds …", "At Acme, we …").
// No résumé covers the company's name, so its words must not become key terms.

/** "at", "bei", "chez", "presso", "bij" before a name that starts with a capital: where a title names its company. */
const AT_COMPANY = /^(.+?)\s+(?:at|bei|chez|presso|bij)\s+(\p{Lu}[^\n]*)$/u;
/** A spaced dash or bar between a title and what follows it. */
const DASH = /\s+[-–—|]\s+/u;
/** A company's legal form at the end of its name. */
const LEGAL_FORM =
  /\s(?:GmbH|gGmbH|AG|SE|KG|KGaA|eG|e\.\s?V\.|Inc\.?|Ltd\.?|LLC|LLP|plc|PLC|Corp\.?|S\.?A\.?S?|SARL|S\.?L\.?U?|B\.?V\.?|N\.?V\.?|S\.p\.A\.|S\.r\.l\.|Oy|AB|ASA?|ApS|Pty|sp\. z o\.o\.)$/u;
/** A place or way of working in brackets after the company: "(London, remote-friendly)". */
const TRAILING_BRACKETS = /\s*\([^)]*\)\s*$/u;

/** A title and the company it names. A dash or bar names one only where the name is plainly a company's (its
 * legal form, or the posting's first paragraph opens with it): "Engineer – Backend" is a title. */
export function titleAndCompany(line: string, firstParagraph = ''): [string | undefined, string | undefined] {
  const [title, company] = line.split(/\s+@\s+/, 2).map((s) => s.trim() || undefined);
  if (company || !title) return [title, company];
  const at = AT_COMPANY.exec(title);
  if (at) return [at[1]?.trim(), at[2]?.replace(/\s+[-–—|].*$/u, '').trim()];
  const dash = DASH.exec(title);
  if (dash) {
    const after = title.slice(dash.index + dash[0].length).replace(TRAILING_BRACKETS, '');
    const opener = companyOpening(firstParagraph);
    if (LEGAL_FORM.test(after) || (opener !== undefined && opener === after))
      return [title.slice(0, dash.index).trim(), after];
  }
  return [title, undefined];
}

/** Words a paragraph opens with that are no company ("We are …", "Our team …"). */
const OPENERS = new Set(
  'We Our You Your This The Are Do Join As In Als Wir Unser Unsere Die Der Das Du Sie Nous Notre Vous Le La Les El Los Nosotros Somos Il Noi'.split(
    ' ',
  ),
);
/** A name: up to five capitalised words (with "&" and legal forms), at a paragraph's start. */
const NAME = String.raw`(\p{Lu}[\p{L}\d&'.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\d&'.-]*){0,4})`;
const AT_NAME = new RegExp(String.raw`^(?:At|Bei|Chez|En|Presso|Bij|Na)\s+${NAME},`, 'u');
/** A name followed by a verb in the third person: "is", "ist", "est", "builds", "makes". */
const NAME_VERB = new RegExp(
  String.raw`^${NAME}\s+(?:is|are|was|has|ist|sind|hat|est|es|è|é|jest|\p{Ll}{2,}(?<!s)s|\p{Ll}{2,}t)\b`,
  'u',
);

/** The company a posting's first paragraph opens with: "Northwind Analytics builds …", "At Acme, we …". */
export function companyOpening(paragraph: string): string | undefined {
  const text = paragraph.trim();
  const name = AT_NAME.exec(text)?.[1] ?? NAME_VERB.exec(text)?.[1];
  if (!name || OPENERS.has(name.split(/\s+/)[0] as string)) return undefined;
  return name;
}

/** A title without the company the posting names elsewhere (its front matter's `company:`): "Discord - Senior
 * Engineer" and "Senior Engineer – Discord" are the role "Senior Engineer". */
export function titleWithout(company: string, title: string): string {
  const name = company.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const around = new RegExp(String.raw`^${name}\s*[-–—|:]\s+|\s+(?:[-–—|@]|at|bei|chez)\s+${name}$`, 'iu');
  const role = title.replace(around, '').trim();
  return role || title;
}

/** An indefinite article, in its written cases only ("UN Policy Officer" keeps its UN; "Uno Platform" is a name). */
const ARTICLE = /^(?:[Aa]n?|[Uu]n[ae]?|[Uu]na|[Uu]ma?|[Ee]ine?n?|[Ee]en)\s+(?=\p{L})/u;

/** A title without the article a posting's fields may put before the role ("un développeur Python Django"). */
export function withoutArticle(title: string): string {
  return title.replace(ARTICLE, '');
}
