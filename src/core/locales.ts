// One record per language: the words a résumé prints besides its own text (section titles, "Present",
// "Contact"), the words a cover letter prints where its author wrote none (salutation, closing, how the date line
// is written), and the words people write that the reader must understand (month names, "until now"). Month
// names for printing come from Intl; meta.titles still overrides any title.
import type { BuiltinSectionId } from './sections.js';

export interface LocaleRecord {
  /** The heading of each built-in section. */
  titles: Record<BuiltinSectionId, string>;
  /** Printed for the end of a current role. */
  present: string;
  /** The heading of a contact block (a theme may show contacts as a section of their own). */
  contact: string;
  /** Labels of an entry's details: a bare score ("GPA 4.0"), a project's roles (one, many), courses. */
  labels: { score: string; role: string; roles: string; courses: string };
  /** What people write on an end date for "until now", read as a current role (lower case). */
  presentWords: readonly string[];
  /** Month names and abbreviations people write, January first (lower case, without a trailing dot). */
  months: readonly (readonly string[])[];
  /** The words a cover letter prints where its author wrote none. */
  letter: LetterWords;
  /** What the documents are called: titles, and the outline of an application packet. */
  documents: { letter: string; resume: string; application: string };
}

export interface LetterWords {
  /** The greeting when no recipient is named. */
  salutation: string;
  /** The greeting to a named recipient: {name} is the name as written. */
  salutationNamed: string;
  closing: string;
  /** The date line: {date} is the date in the language's long form, {place} the sender's city (the line is the
   * date alone when the résumé names no city). */
  dateLine: string;
}

const LOCALES = {
  en: {
    titles: {
      summary: 'Summary',
      work: 'Experience',
      projects: 'Projects',
      education: 'Education',
      skills: 'Skills',
      volunteer: 'Volunteering',
      awards: 'Awards',
      certificates: 'Certificates',
      publications: 'Publications',
      languages: 'Languages',
      interests: 'Interests',
      references: 'References',
    },
    present: 'Present',
    contact: 'Contact',
    labels: { score: 'GPA', role: 'Role', roles: 'Roles', courses: 'Courses' },
    presentWords: ['present', 'current', 'currently', 'now', 'today', 'ongoing', 'till date', 'to date'],
    months: [
      ['january', 'jan'],
      ['february', 'feb'],
      ['march', 'mar'],
      ['april', 'apr'],
      ['may'],
      ['june', 'jun'],
      ['july', 'jul'],
      ['august', 'aug'],
      ['september', 'sep', 'sept'],
      ['october', 'oct'],
      ['november', 'nov'],
      ['december', 'dec'],
    ],
    letter: {
      salutation: 'Dear Hiring Manager,',
      salutationNamed: 'Dear {name},',
      closing: 'Kind regards,',
      dateLine: '{date}',
    },
    documents: { letter: 'Cover letter', resume: 'Résumé', application: 'Application' },
  },
  de: {
    titles: {
      summary: 'Profil',
      work: 'Berufserfahrung',
      projects: 'Projekte',
      education: 'Ausbildung',
      skills: 'Kenntnisse',
      volunteer: 'Ehrenamt',
      awards: 'Auszeichnungen',
      certificates: 'Zertifikate',
      publications: 'Publikationen',
      languages: 'Sprachen',
      interests: 'Interessen',
      references: 'Referenzen',
    },
    present: 'heute',
    contact: 'Kontakt',
    labels: { score: 'Note', role: 'Rolle', roles: 'Rollen', courses: 'Kurse' },
    presentWords: ['heute', 'aktuell', 'bis heute'],
    months: [
      ['januar', 'jänner'],
      ['februar'],
      ['märz', 'maerz', 'mrz'],
      ['april'],
      ['mai'],
      ['juni'],
      ['juli'],
      ['august'],
      ['september'],
      ['oktober', 'okt'],
      ['november'],
      ['dezember', 'dez'],
    ],
    letter: {
      salutation: 'Sehr geehrte Damen und Herren,',
      salutationNamed: 'Guten Tag {name},',
      closing: 'Mit freundlichen Grüßen',
      dateLine: '{place}, {date}',
    },
    documents: { letter: 'Anschreiben', resume: 'Lebenslauf', application: 'Bewerbung' },
  },
  fr: {
    titles: {
      summary: 'Profil',
      work: 'Expérience professionnelle',
      projects: 'Projets',
      education: 'Formation',
      skills: 'Compétences',
      volunteer: 'Bénévolat',
      awards: 'Distinctions',
      certificates: 'Certifications',
      publications: 'Publications',
      languages: 'Langues',
      interests: "Centres d'intérêt",
      references: 'Références',
    },
    present: "aujourd'hui",
    contact: 'Contact',
    labels: { score: 'Moyenne', role: 'Rôle', roles: 'Rôles', courses: 'Cours' },
    presentWords: ['présent', "aujourd'hui", 'actuel'],
    months: [
      ['janvier', 'janv'],
      ['février', 'fevrier', 'févr', 'fevr'],
      ['mars'],
      ['avril', 'avr'],
      ['mai'],
      ['juin'],
      ['juillet', 'juil'],
      ['août', 'aout'],
      ['septembre'],
      ['octobre'],
      ['novembre'],
      ['décembre', 'decembre', 'déc'],
    ],
    letter: {
      salutation: 'Madame, Monsieur,',
      salutationNamed: 'Bonjour {name},',
      closing: 'Veuillez agréer mes salutations distinguées.',
      dateLine: '{place}, le {date}',
    },
    documents: { letter: 'Lettre de motivation', resume: 'CV', application: 'Candidature' },
  },
  es: {
    titles: {
      summary: 'Perfil',
      work: 'Experiencia',
      projects: 'Proyectos',
      education: 'Formación',
      skills: 'Habilidades',
      volunteer: 'Voluntariado',
      awards: 'Premios',
      certificates: 'Certificaciones',
      publications: 'Publicaciones',
      languages: 'Idiomas',
      interests: 'Intereses',
      references: 'Referencias',
    },
    present: 'actualidad',
    contact: 'Contacto',
    labels: { score: 'Nota media', role: 'Rol', roles: 'Roles', courses: 'Cursos' },
    presentWords: ['actualidad', 'presente', 'hoy'],
    months: [
      ['enero', 'ene'],
      ['febrero'],
      ['marzo'],
      ['abril', 'abr'],
      ['mayo'],
      ['junio'],
      ['julio'],
      ['agosto', 'ago'],
      ['septiembre'],
      ['octubre'],
      ['noviembre'],
      ['diciembre', 'dic'],
    ],
    letter: {
      salutation: 'Estimado equipo de selección:',
      salutationNamed: 'Estimado/a {name}:',
      closing: 'Atentamente,',
      dateLine: '{place}, {date}',
    },
    documents: { letter: 'Carta de presentación', resume: 'Currículum', application: 'Candidatura' },
  },
  pt: {
    titles: {
      summary: 'Perfil',
      work: 'Experiência',
      projects: 'Projetos',
      education: 'Formação',
      skills: 'Competências',
      volunteer: 'Voluntariado',
      awards: 'Prêmios',
      certificates: 'Certificações',
      publications: 'Publicações',
      languages: 'Idiomas',
      interests: 'Interesses',
      references: 'Referências',
    },
    present: 'atual',
    contact: 'Contato',
    labels: { score: 'Média', role: 'Papel', roles: 'Papéis', courses: 'Disciplinas' },
    presentWords: ['atual', 'presente'],
    months: [
      ['janeiro'],
      ['fevereiro', 'fev'],
      ['março', 'marco'],
      ['abril'],
      ['maio'],
      ['junho'],
      ['julho'],
      ['agosto'],
      ['setembro', 'set'],
      ['outubro', 'out'],
      ['novembro'],
      ['dezembro'],
    ],
    letter: {
      salutation: 'Prezados senhores,',
      salutationNamed: 'Prezado(a) {name},',
      closing: 'Atenciosamente,',
      dateLine: '{place}, {date}',
    },
    documents: { letter: 'Carta de apresentação', resume: 'Currículo', application: 'Candidatura' },
  },
  it: {
    titles: {
      summary: 'Profilo',
      work: 'Esperienza professionale',
      projects: 'Progetti',
      education: 'Istruzione',
      skills: 'Competenze',
      volunteer: 'Volontariato',
      awards: 'Premi',
      certificates: 'Certificazioni',
      publications: 'Pubblicazioni',
      languages: 'Lingue',
      interests: 'Interessi',
      references: 'Referenze',
    },
    present: 'oggi',
    contact: 'Contatti',
    labels: { score: 'Voto', role: 'Ruolo', roles: 'Ruoli', courses: 'Corsi' },
    presentWords: ['attuale', 'oggi', 'presente'],
    months: [
      ['gennaio', 'gen'],
      ['febbraio'],
      ['marzo'],
      ['aprile'],
      ['maggio', 'mag'],
      ['giugno', 'giu'],
      ['luglio', 'lug'],
      ['agosto'],
      ['settembre'],
      ['ottobre', 'ott'],
      ['novembre'],
      ['dicembre'],
    ],
    letter: {
      salutation: 'Gentile Responsabile della selezione,',
      salutationNamed: 'Gentile {name},',
      closing: 'Cordiali saluti,',
      dateLine: '{place}, {date}',
    },
    documents: { letter: 'Lettera di presentazione', resume: 'Curriculum vitae', application: 'Candidatura' },
  },
  nl: {
    titles: {
      summary: 'Profiel',
      work: 'Werkervaring',
      projects: 'Projecten',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      volunteer: 'Vrijwilligerswerk',
      awards: 'Prijzen',
      certificates: 'Certificaten',
      publications: 'Publicaties',
      languages: 'Talen',
      interests: 'Interesses',
      references: 'Referenties',
    },
    present: 'heden',
    contact: 'Contact',
    labels: { score: 'Cijfer', role: 'Rol', roles: 'Rollen', courses: 'Vakken' },
    presentWords: ['nu', 'heden'],
    months: [
      ['januari'],
      ['februari'],
      ['maart'],
      ['april'],
      ['mei'],
      ['juni'],
      ['juli'],
      ['augustus'],
      ['september'],
      ['oktober'],
      ['november'],
      ['december'],
    ],
    letter: {
      salutation: 'Geachte heer/mevrouw,',
      salutationNamed: 'Geachte {name},',
      closing: 'Met vriendelijke groet,',
      dateLine: '{place}, {date}',
    },
    documents: { letter: 'Motivatiebrief', resume: 'Cv', application: 'Sollicitatie' },
  },
  pl: {
    titles: {
      summary: 'Podsumowanie',
      work: 'Doświadczenie zawodowe',
      projects: 'Projekty',
      education: 'Wykształcenie',
      skills: 'Umiejętności',
      volunteer: 'Wolontariat',
      awards: 'Nagrody',
      certificates: 'Certyfikaty',
      publications: 'Publikacje',
      languages: 'Języki',
      interests: 'Zainteresowania',
      references: 'Referencje',
    },
    present: 'obecnie',
    contact: 'Kontakt',
    labels: { score: 'Średnia', role: 'Rola', roles: 'Role', courses: 'Kursy' },
    presentWords: ['obecnie'],
    months: [
      ['styczeń', 'styczen', 'sty'],
      ['luty', 'lut'],
      ['marzec'],
      ['kwiecień', 'kwiecien', 'kwi'],
      ['maj'],
      ['czerwiec', 'cze'],
      ['lipiec', 'lip'],
      ['sierpień', 'sierpien', 'sie'],
      ['wrzesień', 'wrzesien', 'wrz'],
      ['październik', 'pazdziernik', 'paź', 'paz'],
      ['listopad', 'lis'],
      ['grudzień', 'grudzien', 'gru'],
    ],
    letter: {
      salutation: 'Szanowni Państwo,',
      salutationNamed: 'Szanowni Państwo,',
      closing: 'Z poważaniem',
      dateLine: '{place}, {date}',
    },
    documents: { letter: 'List motywacyjny', resume: 'CV', application: 'Aplikacja' },
  },
} satisfies Record<string, LocaleRecord>;

type Language = keyof typeof LOCALES;

/** Languages with their own words; others use English words and their own month names. */
export const TRANSLATED = Object.keys(LOCALES) as Language[];

/** The locales suggested when one is mistyped. */
export const COMMON_LOCALES = ['en', 'en-GB', 'en-US', 'de', 'fr', 'es', 'pt', 'pt-BR', 'it', 'nl', 'pl'];

/** The record for a locale: its language's (de-AT uses de), else English. */
export function localeRecord(locale: string): LocaleRecord {
  const language = locale.split('-')[0]?.toLowerCase() ?? 'en';
  return (LOCALES as Record<string, LocaleRecord>)[language] ?? LOCALES.en;
}

/** A locale the runtime can format dates in: well-formed, and a language Intl knows. */
export function isKnownLocale(locale: string): boolean {
  // Our own languages without asking Intl, whose first question loads locale data (~10 ms of a cold build).
  const own = new RegExp(`^(${TRANSLATED.join('|')})(-[A-Z]{2})?$`);
  if (own.test(locale)) return true;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}

/** Every language's month words, to month numbers (1–12): a date is read whatever language it is in. */
export const MONTH_WORDS: ReadonlyMap<string, number> = new Map(
  Object.values(LOCALES).flatMap((record: LocaleRecord) =>
    record.months.flatMap((names, i) => names.map((name): [string, number] => [name, i + 1])),
  ),
);

/** Every language's words for "until now" on an end date. */
export const PRESENT_WORDS: ReadonlySet<string> = new Set(
  Object.values(LOCALES).flatMap((record: LocaleRecord) => [...record.presentWords]),
);
