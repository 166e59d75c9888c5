// Where a posting names the company that hires: its title ("Engineer at Acme", "Engineer @ Mobly", "Data
// Engineer – Isarbahn Logistik SE") or its first paragraph ("Northwind Analytics builds …", "At Acme, we …").
// No résumé covers the company's name, so its words must not become key terms.
import { classifyHeading } from './headings.js';

/** "at", "bei", "chez", "presso", "bij", "na", "no" before a name that starts with a capital: where a title names
 * its company ("Desenvolvedor PHP na Internit"). */
const AT_COMPANY = /^(.+?)\s+(?:at|bei|chez|presso|bij|na|no)\s+(\p{Lu}[^\n]*)$/u;
/** A saved page's title ends with what the page is, after a dash or bar: "… - Vaga de Emprego", "… | Job Offer". */
const PAGE_KIND =
  /\s+[-–—|]\s+(?:vagas? de emprego|job (?:offer|posting|advert)|stellen(?:angebot|anzeige)|offre d['’]emploi|oferta de (?:empleo|trabajo)|vacature|offerta di lavoro|oferta pracy)$/iu;
/** "Hiring" in Chinese, opening the role after the company: "五倍紅寶石 - 誠徵 Mobile App 工程師". */
const HIRING = /^(?:誠徵|诚征|誠聘|诚聘|急徵|急征|徵|征|招聘|招募)\s*/u;
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
  const [title, company] = line
    .replace(PAGE_KIND, '')
    .split(/\s+@\s+/, 2)
    .map((s) => s.trim() || undefined);
  if (company || !title) return [title, company];
  const at = AT_COMPANY.exec(title);
  if (at) return [at[1]?.trim(), at[2]?.replace(/\s+[-–—|].*$/u, '').trim()];
  const dash = DASH.exec(title);
  if (dash) {
    const [before, after] = [title.slice(0, dash.index).trim(), title.slice(dash.index + dash[0].length)];
    if (HIRING.test(after)) return [after.replace(HIRING, '').trim(), before];
    const name = after.replace(TRAILING_BRACKETS, '');
    const opener = companyOpening(firstParagraph);
    if (LEGAL_FORM.test(name) || (opener !== undefined && opener === name)) return [before, name];
  }
  return [title, undefined];
}

/** Words a paragraph opens with that are no company ("We are …", "Our team …", "Voor ons team …"). */
const OPENERS = new Set(
  'We Our You Your This The Are Do Join As In Als Wir Unser Unsere Die Der Das Du Sie Nous Notre Vous Le La Les El Los Nosotros Somos Il Noi For With Voor Met Für Mit Zur Zum Pour Avec Para Con Per Dla'.split(
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
 * Engineer", "Senior Engineer – Discord" and "JetBrains Web Developer Advocate" are the role without it (the
 * last only where two words or more are left: "Stripe Engineer" may be a role's name). */
export function titleWithout(company: string, title: string): string {
  const name = company.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const around = new RegExp(String.raw`^${name}\s*[-–—|:]\s+|\s+(?:[-–—|@]|at|bei|chez)\s+${name}$`, 'iu');
  const role = title.replace(around, '').trim();
  if (role !== title) return role || title;
  const before = new RegExp(String.raw`^${name}\s+(?=\S+\s+\S)`, 'u');
  return title.replace(before, '');
}

/** Headings that name no company: a place, a way of working, a placeholder a job board left. */
const NO_COMPANY =
  /^(?:none|n\/?a|tbd|unknown|null|confidential|remote|hybrid|on-?site|full[- ]?time|part[- ]?time|contract|freelance|us|uns|nous|nosotros|nós|ons|me|company|team|role|job|position|opportunity|empresa|unternehmen|entreprise|bedrijf)$/iu;
/** "About Acme", "Über Acme", "À propos de Acme", "Sobre Acme", "Over Acme": a heading that names the company. */
const ABOUT = new RegExp(
  String.raw`^(?:(?:About|Über|Uber|[ÀA] propos de|Sobre|Over)\s+|[ÀA] propos d['’]\s*)${NAME}$`,
  'u',
);

/** The company a heading "About Acme" names, in any of its languages; not "About Us" or "About the Role". */
export function aboutCompany(heading: string): string | undefined {
  const name = ABOUT.exec(heading.trim())?.[1];
  return name && !OPENERS.has(name.split(/\s+/)[0] as string) && !NO_COMPANY.test(name) ? name : undefined;
}

/** Words of a role, not of a company's name: a heading with one under a title names the role ("Exemplo de
 * Descrição de Vaga" over "Desenvolvedor Python Sênior"). */
const ROLE_WORD =
  /^(?:engineers?|developers?|managers?|analysts?|scientists?|specialists?|designers?|architects?|consultants?|administrators?|interns?|senior|junior|lead|staff|principal|head|director|officer|entwickler(?:in)?|ingenieur(?:in)?|berater(?:in)?|leiter(?:in)?|développeu(?:r|se)|ingénieure?|desarrollador(?:a)?|ingenier[oa]|desenvolvedor(?:a)?|engenheir[oa]|sênior|pleno|sviluppat(?:ore|rice)|ingegnere|ontwikkelaar|programista|inżynier)$/iu;

/** The company a Markdown heading right under the title names, as job boards write it ("# Engineer", "### Acme",
 * "#### Berlin"): a short name, no section's heading nor a role's, sharing no word with the title, that the
 * posting names again or that opens a block of headings. Else a team or a place may stand there. */
export function companyUnderTitle(
  under: { heading: string; headingNext: boolean },
  title: string,
  text: string,
): string | undefined {
  const name = under.heading.trim();
  const words = name.split(/\s+/);
  if (words.length > 4 || !/^[\p{L}\p{N}]/u.test(name) || !/[\p{Lu}\p{N}]/u.test(name)) return undefined;
  if (/[,:;!?()[\]/|`]|\p{Extended_Pictographic}/u.test(name) || NO_COMPANY.test(name)) return undefined;
  if (classifyHeading(name) !== undefined) return undefined;
  const titleWords = new Set(title.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  if (words.some((w) => ROLE_WORD.test(w) || (w.length > 2 && titleWords.has(w.toLowerCase()))))
    return undefined;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The heading itself is once in the text.
  const named = text.match(new RegExp(String.raw`(?<![\p{L}\p{N}])${escaped}(?![\p{L}\p{N}])`, 'gu'));
  return under.headingNext || (named?.length ?? 0) > 1 ? name : undefined;
}

/** An indefinite article, in its written cases only ("UN Policy Officer" keeps its UN; "Uno Platform" is a name). */
const ARTICLE = /^(?:[Aa]n?|[Uu]n[ae]?|[Uu]na|[Uu]ma?|[Ee]ine?n?|[Ee]en)\s+(?=\p{L})/u;

/** A title without the article a posting's fields may put before the role ("un développeur Python Django"). */
export function withoutArticle(title: string): string {
  return title.replace(ARTICLE, '');
}
