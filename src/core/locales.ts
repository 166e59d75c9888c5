// One record per language: the words a résumé prints besides its own text (section titles, "Present",
// "Contact"), the words a cover letter prints where its author wrote none (salutation, closing, how the date line
// is written), and the words people write that the reader must understand (month names, "until now"). Month
// names for printing come from Intl, but where the language abbreviates them otherwise; meta.titles still
// overrides any title, and meta.words the words printed around the résumé's text (printedWords).
import { regionOf } from './country.js';
import type { Meta } from './resume-types.js';
import type { BuiltinSectionId } from './sections.js';

export interface LocaleRecord {
  /** The heading of each built-in section. */
  titles: Record<BuiltinSectionId, string>;
  /** Printed for the end of a current role. */
  present: string;
  /** The heading of a contact block (a theme may show contacts as a section of their own). */
  contact: string;
  /** Labels of an entry's details: a bare score ("GPA 4.0"), a project's roles (one, many), courses, and the
   * activities and societies of a school a LinkedIn export gives (written by import before them). */
  labels: { score: string; role: string; roles: string; courses: string; activities: string };
  /** What people write on an end date for "until now", read as a current role (lower case). */
  presentWords: readonly string[];
  /** Month names and abbreviations people write, January first (lower case, without a trailing dot). */
  months: readonly (readonly string[])[];
  /** The abbreviated month names it prints (dateFormat MMM YYYY), January first, where Intl's are not the
   * language's usage; unless given, Intl's. */
  shortMonths?: readonly string[];
  /** Those of a region that writes some otherwise (Austria's "Jän."), by region code. */
  regionalShortMonths?: Readonly<Record<string, readonly string[]>>;
  /** The words a cover letter prints where its author wrote none. */
  letter: LetterWords;
  /** What the documents are called: titles, and the outline of an application packet. */
  documents: { letter: string; resume: string; application: string };
  /** What separates the items of a list ("Go, Python, SQL", a degree and its field): ", " unless given. */
  comma?: string;
  /** How the first of the month is written in a full date, where not as the number ("1er" in French). */
  firstDay?: string;
  /** Punctuation the language sets off from its words by a space that must not break there (French "Pourquoi ?",
   * « mot », "Rôles : Autrice"): the space before each closing mark, and after each opening one. The space
   * between a number and its percent sign ("60 %") is held in every language: a no-break one unless given here. */
  spacedMarks?: { before: Readonly<Record<string, string>>; after: Readonly<Record<string, string>> };
}

export interface LetterWords {
  /** The greeting when no recipient is named. */
  salutation: string;
  /** The greeting to a named recipient: {name} is the name as written. */
  salutationNamed: string;
  /** The greeting to a recipient whose civility the letter gives ("Madame", "Mr"): {civility} as this language
   * writes it and {name} the family name (see letter/civility.ts). One per kind of civility where the greeting
   * agrees with it (German "Sehr geehrte Frau", "Sehr geehrter Herr"), or per civility as written (Spanish
   * "dra."), `*` for any other; without one that fits, salutationNamed. Unless given, salutationNamed with the
   * civility before the name. */
  salutationCivility?: string | Readonly<Record<string, string>>;
  /** How the language writes a woman's and a man's civility (the first is the one it prints): a civility written
   * in another language ("Frau" in a Spanish letter) is printed in this one's ("Sra."). Titles such as "Dr.",
   * which say no gender, are none of them. */
  civilities?: Readonly<Record<Civility, readonly string[]>>;
  closing: string;
  /** How people start or end the last paragraph of a letter (lower case, ' for the apostrophe): a body that ends
   * with one gets no second closing. */
  closings: readonly string[];
  /** The date line: {date} is the date in the language's long form, {place} the sender's city (the line is the
   * date alone when the résumé names no city). */
  dateLine: string;
}

/** The kinds of civility a greeting agrees with. */
export type Civility = 'female' | 'male';

/** Month words in Chinese, Japanese and Korean: the number and its counter (3月, 3월). */
const CJK_MONTHS = (counter: string) => Array.from({ length: 12 }, (_, i) => [`${i + 1}${counter}`]);

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
    labels: {
      score: 'GPA',
      role: 'Role',
      roles: 'Roles',
      courses: 'Courses',
      activities: 'Activities and societies',
    },
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
    // Intl's en-GB writes "Sept"; one table keeps every English résumé alike.
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    letter: {
      salutation: 'Dear Hiring Manager,',
      salutationNamed: 'Dear {name},',
      closing: 'Kind regards,',
      dateLine: '{date}',
      civilities: { female: ['Ms', 'Mrs', 'Miss', 'Ms.', 'Mrs.'], male: ['Mr', 'Mr.'] },
      closings: [
        'kind regards',
        'best regards',
        'warm regards',
        'warmest regards',
        'with best regards',
        'regards',
        'sincerely',
        'yours sincerely',
        'sincerely yours',
        'yours faithfully',
        'yours truly',
        'best wishes',
        'with best wishes',
        'respectfully',
        'yours respectfully',
      ],
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
    labels: {
      score: 'Note',
      role: 'Rolle',
      roles: 'Rollen',
      courses: 'Kurse',
      activities: 'Aktivitäten und Vereine',
    },
    presentWords: ['heute', 'aktuell', 'bis heute', 'gegenwart', 'jetzt'],
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
    // Duden's: a short name whole, an abbreviation with its full stop (Intl writes "Mär", "Okt").
    shortMonths: [
      'Jan.',
      'Feb.',
      'März',
      'Apr.',
      'Mai',
      'Juni',
      'Juli',
      'Aug.',
      'Sept.',
      'Okt.',
      'Nov.',
      'Dez.',
    ],
    // Austria's January is Jänner.
    regionalShortMonths: {
      AT: ['Jän.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
    },
    letter: {
      salutation: 'Sehr geehrte Damen und Herren,',
      salutationNamed: 'Guten Tag {name},',
      // The formal greeting agrees with the civility; a name alone keeps the neutral "Guten Tag".
      salutationCivility: {
        female: 'Sehr geehrte {civility} {name},',
        male: 'Sehr geehrter {civility} {name},',
        '*': 'Guten Tag {civility} {name},',
      },
      civilities: { female: ['Frau', 'Fr.'], male: ['Herr', 'Hr.'] },
      closing: 'Mit freundlichen Grüßen',
      dateLine: '{place}, {date}',
      closings: [
        'mit freundlichen grüßen',
        'mit freundlichen grüssen',
        'freundliche grüße',
        'freundliche grüsse',
        'beste grüße',
        'viele grüße',
        'herzliche grüße',
        'mit besten grüßen',
        'mit besten grüssen',
        'beste grüsse',
        'viele grüsse',
        'herzliche grüsse',
        'liebe grüße',
        'liebe grüsse',
        'mit freundlichem gruß',
        'mit freundlichem gruss',
        'hochachtungsvoll',
      ],
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
      interests: 'Centres d’intérêt',
      references: 'Références',
    },
    present: 'aujourd’hui',
    contact: 'Contact',
    labels: {
      score: 'Moyenne',
      role: 'Rôle',
      roles: 'Rôles',
      courses: 'Cours',
      activities: 'Activités et associations',
    },
    presentWords: ['présent', "aujourd'hui", 'aujourd’hui', 'actuel'],
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
      // Formal French names no one it does not know the civility of: "Madame X," or "Monsieur X," when given.
      salutationNamed: 'Madame, Monsieur,',
      salutationCivility: '{civility} {name},',
      civilities: {
        female: ['Madame', 'Mme', 'Mme.', 'Mademoiselle', 'Mlle'],
        male: ['Monsieur', 'M.'],
      },
      closing: 'Veuillez agréer mes salutations distinguées.',
      dateLine: '{place}, le {date}',
      closings: [
        'veuillez agréer',
        "je vous prie d'agréer",
        'je vous prie de recevoir',
        'je vous prie de croire',
        'recevez, madame',
        'salutations distinguées',
        'salutations respectueuses',
        'sentiments distingués',
        'sentiments respectueux',
        'considération distinguée',
        'meilleures salutations',
        'cordialement',
        'bien cordialement',
        'bien à vous',
        'sincères salutations',
        'mes salutations',
        'respectueusement',
        'bien sincèrement',
      ],
    },
    documents: { letter: 'Lettre de motivation', resume: 'CV', application: 'Candidature' },
    firstDay: '1er',
    // A no-break space before the colon and inside « », a narrow one before ; ! ? % (the Imprimerie nationale's).
    spacedMarks: {
      before: { ':': '\u00a0', ';': '\u202f', '!': '\u202f', '?': '\u202f', '%': '\u202f', '»': '\u00a0' },
      after: { '«': '\u00a0' },
    },
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
    labels: {
      score: 'Nota media',
      role: 'Rol',
      roles: 'Roles',
      courses: 'Cursos',
      activities: 'Actividades y asociaciones',
    },
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
    // An abbreviation takes its full stop (the RAE's rule; Intl writes "ene", "feb").
    shortMonths: [
      'ene.',
      'feb.',
      'mar.',
      'abr.',
      'may.',
      'jun.',
      'jul.',
      'ago.',
      'sept.',
      'oct.',
      'nov.',
      'dic.',
    ],
    letter: {
      salutation: 'Estimado equipo de selección:',
      // The formal greeting agrees with the civility: without one, it names no one rather than guess ("Estimado/a").
      salutationNamed: 'Estimado equipo de selección:',
      salutationCivility: {
        female: 'Estimada {civility} {name}:',
        male: 'Estimado {civility} {name}:',
        'dra.': 'Estimada {civility} {name}:',
        'dr.': 'Estimado {civility} {name}:',
      },
      civilities: {
        female: ['Sra.', 'Señora', 'Sra', 'Srta.', 'Señorita', 'Doña', 'Dña.'],
        male: ['Sr.', 'Señor', 'Sr', 'Don'],
      },
      closing: 'Atentamente,',
      dateLine: '{place}, {date}',
      closings: [
        'atentamente',
        'muy atentamente',
        'le saluda atentamente',
        'les saluda atentamente',
        'un cordial saludo',
        'un saludo cordial',
        'cordialmente',
        'saludos cordiales',
        'reciba un cordial saludo',
        'reciban un cordial saludo',
        'reciba un saludo',
        'un saludo',
        'saludos',
        'saludarle atentamente',
      ],
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
    labels: {
      score: 'Média',
      role: 'Papel',
      roles: 'Papéis',
      courses: 'Disciplinas',
      activities: 'Atividades e grupos',
    },
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
    // ABNT's (NBR 6023): maio is never abbreviated (Intl writes "mai.").
    shortMonths: [
      'jan.',
      'fev.',
      'mar.',
      'abr.',
      'maio',
      'jun.',
      'jul.',
      'ago.',
      'set.',
      'out.',
      'nov.',
      'dez.',
    ],
    letter: {
      salutation: 'Prezados senhores,',
      // As in Spanish: the greeting agrees with the civility, and without one names no one ("Prezado(a)").
      salutationNamed: 'Prezados senhores,',
      salutationCivility: {
        female: 'Prezada {civility} {name},',
        male: 'Prezado {civility} {name},',
        'dra.': 'Prezada {civility} {name},',
        'dr.': 'Prezado {civility} {name},',
      },
      civilities: { female: ['Sra.', 'Senhora', 'Sra', 'Dona'], male: ['Sr.', 'Senhor', 'Sr'] },
      closing: 'Atenciosamente,',
      dateLine: '{place}, {date}',
      closings: [
        'atenciosamente',
        'cordialmente',
        'com os melhores cumprimentos',
        'melhores cumprimentos',
        'cumprimentos',
        'com estima',
        'saudações cordiais',
        'respeitosamente',
      ],
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
    labels: {
      score: 'Voto',
      role: 'Ruolo',
      roles: 'Ruoli',
      courses: 'Corsi',
      activities: 'Attività e associazioni',
    },
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
    // An abbreviation by its first letters takes a full stop (Intl writes "gen", "feb").
    shortMonths: [
      'gen.',
      'feb.',
      'mar.',
      'apr.',
      'mag.',
      'giu.',
      'lug.',
      'ago.',
      'set.',
      'ott.',
      'nov.',
      'dic.',
    ],
    letter: {
      salutation: 'Gentile Responsabile della selezione,',
      // "Gentile" greets a woman and a man alike.
      salutationNamed: 'Gentile {name},',
      civilities: {
        female: ['Sig.ra', 'Signora', 'Sig.na', 'Signorina'],
        male: ['Sig.', 'Signor', 'Signore'],
      },
      closing: 'Cordiali saluti,',
      dateLine: '{place}, {date}',
      closings: [
        'cordiali saluti',
        'distinti saluti',
        'porgo distinti saluti',
        'porgo cordiali saluti',
        'un cordiale saluto',
        'con i migliori saluti',
        'i migliori saluti',
        'cordialmente',
      ],
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
    labels: {
      score: 'Cijfer',
      role: 'Rol',
      roles: 'Rollen',
      courses: 'Vakken',
      activities: 'Activiteiten en verenigingen',
    },
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
      civilities: { female: ['mevrouw', 'mevr.'], male: ['heer', 'de heer', 'meneer', 'dhr.'] },
      closing: 'Met vriendelijke groet,',
      dateLine: '{place}, {date}',
      closings: ['met vriendelijke groet', 'met vriendelijke groeten', 'hoogachtend', 'vriendelijke groet'],
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
    labels: {
      score: 'Średnia',
      role: 'Rola',
      roles: 'Role',
      courses: 'Kursy',
      activities: 'Działalność i organizacje',
    },
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
      // The formal greeting by civility names no name: "Szanowna Pani,".
      salutationCivility: { female: 'Szanowna Pani,', male: 'Szanowny Panie,' },
      civilities: { female: ['Pani'], male: ['Pan'] },
      closing: 'Z poważaniem',
      dateLine: '{place}, {date}',
      closings: ['z poważaniem', 'z wyrazami szacunku', 'łączę wyrazy szacunku', 'pozdrawiam'],
    },
    documents: { letter: 'List motywacyjny', resume: 'CV', application: 'Aplikacja' },
  },
  ru: {
    titles: {
      summary: 'О себе',
      work: 'Опыт работы',
      projects: 'Проекты',
      education: 'Образование',
      skills: 'Навыки',
      volunteer: 'Волонтёрство',
      awards: 'Награды',
      certificates: 'Сертификаты',
      publications: 'Публикации',
      languages: 'Языки',
      interests: 'Интересы',
      references: 'Рекомендации',
    },
    present: 'н. в.',
    contact: 'Контакты',
    labels: {
      score: 'Средний балл',
      role: 'Роль',
      roles: 'Роли',
      courses: 'Курсы',
      activities: 'Деятельность и сообщества',
    },
    presentWords: [
      'по настоящее время',
      'настоящее время',
      'наст. время',
      'н.в.',
      'н. в.',
      'сейчас',
      'текущее время',
    ],
    months: [
      ['январь', 'января', 'янв'],
      ['февраль', 'февраля', 'фев', 'февр'],
      ['март', 'марта', 'мар'],
      ['апрель', 'апреля', 'апр'],
      ['май', 'мая'],
      ['июнь', 'июня', 'июн'],
      ['июль', 'июля', 'июл'],
      ['август', 'августа', 'авг'],
      ['сентябрь', 'сентября', 'сен', 'сент'],
      ['октябрь', 'октября', 'окт'],
      ['ноябрь', 'ноября', 'ноя', 'нояб'],
      ['декабрь', 'декабря', 'дек'],
    ],
    letter: {
      salutation: 'Здравствуйте!',
      salutationNamed: 'Здравствуйте, {name}!',
      closing: 'С уважением,',
      dateLine: '{place}, {date}',
      closings: ['с уважением', 'с наилучшими пожеланиями'],
    },
    documents: { letter: 'Сопроводительное письмо', resume: 'Резюме', application: 'Отклик на вакансию' },
  },
  uk: {
    titles: {
      summary: 'Про мене',
      work: 'Досвід роботи',
      projects: 'Проєкти',
      education: 'Освіта',
      skills: 'Навички',
      volunteer: 'Волонтерство',
      awards: 'Нагороди',
      certificates: 'Сертифікати',
      publications: 'Публікації',
      languages: 'Мови',
      interests: 'Інтереси',
      references: 'Рекомендації',
    },
    present: 'дотепер',
    contact: 'Контакти',
    labels: {
      score: 'Середній бал',
      role: 'Роль',
      roles: 'Ролі',
      courses: 'Курси',
      activities: 'Діяльність і спільноти',
    },
    presentWords: ['дотепер', 'теперішній час', 'по теперішній час', 'зараз', 'нині'],
    months: [
      ['січень', 'січня', 'січ'],
      ['лютий', 'лютого', 'лют'],
      ['березень', 'березня', 'бер'],
      ['квітень', 'квітня', 'квіт'],
      ['травень', 'травня', 'трав'],
      ['червень', 'червня', 'черв'],
      ['липень', 'липня', 'лип'],
      ['серпень', 'серпня', 'серп'],
      ['вересень', 'вересня', 'вер'],
      ['жовтень', 'жовтня', 'жовт'],
      ['листопад', 'листопада', 'лист'],
      ['грудень', 'грудня', 'груд'],
    ],
    letter: {
      salutation: 'Доброго дня!',
      salutationNamed: 'Доброго дня, {name}!',
      closing: 'З повагою,',
      dateLine: '{place}, {date}',
      closings: ['з повагою', 'з найкращими побажаннями'],
    },
    documents: { letter: 'Супровідний лист', resume: 'Резюме', application: 'Заявка на вакансію' },
  },
  tr: {
    titles: {
      summary: 'Özet',
      work: 'İş Deneyimi',
      projects: 'Projeler',
      education: 'Eğitim',
      skills: 'Yetenekler',
      volunteer: 'Gönüllü Çalışmalar',
      awards: 'Ödüller',
      certificates: 'Sertifikalar',
      publications: 'Yayınlar',
      languages: 'Diller',
      interests: 'İlgi Alanları',
      references: 'Referanslar',
    },
    present: 'günümüz',
    contact: 'İletişim',
    labels: {
      score: 'Not ortalaması',
      role: 'Rol',
      roles: 'Roller',
      courses: 'Dersler',
      activities: 'Etkinlikler ve topluluklar',
    },
    presentWords: ['günümüz', 'halen', 'devam ediyor', 'şu an', 'hâlâ'],
    months: [
      ['ocak', 'oca'],
      ['şubat', 'şub'],
      ['mart'],
      ['nisan', 'nis'],
      ['mayıs', 'may'],
      ['haziran', 'haz'],
      ['temmuz', 'tem'],
      ['ağustos', 'ağu'],
      ['eylül', 'eyl'],
      ['ekim', 'eki'],
      ['kasım', 'kas'],
      ['aralık', 'ara'],
    ],
    letter: {
      salutation: 'Sayın Yetkili,',
      salutationNamed: 'Sayın {name},',
      closing: 'Saygılarımla,',
      dateLine: '{place}, {date}',
      closings: ['saygılarımla', 'saygılarımızla', 'iyi çalışmalar'],
    },
    documents: { letter: 'Ön Yazı', resume: 'Özgeçmiş', application: 'Başvuru' },
  },
  sv: {
    titles: {
      summary: 'Profil',
      work: 'Arbetslivserfarenhet',
      projects: 'Projekt',
      education: 'Utbildning',
      skills: 'Kompetenser',
      volunteer: 'Ideellt arbete',
      awards: 'Utmärkelser',
      certificates: 'Certifikat',
      publications: 'Publikationer',
      languages: 'Språk',
      interests: 'Intressen',
      references: 'Referenser',
    },
    present: 'nu',
    contact: 'Kontakt',
    labels: {
      score: 'Betyg',
      role: 'Roll',
      roles: 'Roller',
      courses: 'Kurser',
      activities: 'Aktiviteter och föreningar',
    },
    presentWords: ['nu', 'pågående', 'idag', 'tills vidare'],
    months: [
      ['januari'],
      ['februari'],
      ['mars'],
      ['april'],
      ['maj'],
      ['juni'],
      ['juli'],
      ['augusti'],
      ['september'],
      ['oktober'],
      ['november'],
      ['december'],
    ],
    letter: {
      salutation: 'Hej,',
      salutationNamed: 'Hej {name},',
      closing: 'Med vänliga hälsningar',
      dateLine: '{place} {date}',
      closings: ['med vänliga hälsningar', 'vänliga hälsningar', 'med vänlig hälsning', 'bästa hälsningar'],
    },
    documents: { letter: 'Personligt brev', resume: 'CV', application: 'Ansökan' },
  },
  cs: {
    titles: {
      summary: 'Profil',
      work: 'Pracovní zkušenosti',
      projects: 'Projekty',
      education: 'Vzdělání',
      skills: 'Dovednosti',
      volunteer: 'Dobrovolnictví',
      awards: 'Ocenění',
      certificates: 'Certifikáty',
      publications: 'Publikace',
      languages: 'Jazyky',
      interests: 'Zájmy',
      references: 'Reference',
    },
    present: 'současnost',
    contact: 'Kontakt',
    labels: {
      score: 'Průměr',
      role: 'Role',
      roles: 'Role',
      courses: 'Kurzy',
      activities: 'Aktivity a spolky',
    },
    presentWords: ['současnost', 'dosud', 'nyní', 'doposud'],
    months: [
      ['leden', 'ledna'],
      ['únor', 'února'],
      ['březen', 'března'],
      ['duben', 'dubna'],
      ['květen', 'května'],
      ['červen', 'června'],
      ['červenec', 'července'],
      ['srpen', 'srpna'],
      ['září'],
      ['říjen', 'října'],
      ['listopad', 'listopadu'],
      ['prosinec', 'prosince'],
    ],
    letter: {
      salutation: 'Vážená paní, vážený pane,',
      salutationNamed: 'Dobrý den, {name},',
      closing: 'S pozdravem',
      dateLine: '{place}, {date}',
      closings: ['s pozdravem', 's úctou', 'se srdečným pozdravem'],
    },
    documents: { letter: 'Motivační dopis', resume: 'Životopis', application: 'Žádost o zaměstnání' },
  },
  ko: {
    titles: {
      summary: '소개',
      work: '경력',
      projects: '프로젝트',
      education: '학력',
      skills: '기술',
      volunteer: '봉사 활동',
      awards: '수상',
      certificates: '자격증',
      publications: '출판물',
      languages: '언어',
      interests: '관심 분야',
      references: '추천인',
    },
    present: '현재',
    contact: '연락처',
    labels: {
      score: '학점',
      role: '역할',
      roles: '역할',
      courses: '수강 과목',
      activities: '활동 및 동아리',
    },
    presentWords: ['현재', '재직중', '재직 중', '진행중', '진행 중'],
    months: CJK_MONTHS('월'),
    letter: {
      salutation: '안녕하십니까.',
      salutationNamed: '{name}님께',
      closing: '감사합니다.',
      dateLine: '{date}',
      closings: ['감사합니다'],
    },
    documents: { letter: '자기소개서', resume: '이력서', application: '지원서' },
  },
  ja: {
    titles: {
      summary: '概要',
      work: '職歴',
      projects: 'プロジェクト',
      education: '学歴',
      skills: 'スキル',
      volunteer: 'ボランティア',
      awards: '受賞歴',
      certificates: '資格',
      publications: '出版物',
      languages: '語学',
      interests: '興味・関心',
      references: '推薦者',
    },
    present: '現在',
    contact: '連絡先',
    labels: { score: 'GPA', role: '役割', roles: '役割', courses: '履修科目', activities: '活動・サークル' },
    presentWords: ['現在', '現職', '在職中'],
    months: CJK_MONTHS('月'),
    letter: {
      salutation: '拝啓',
      salutationNamed: '{name}様',
      closing: '敬具',
      dateLine: '{date}',
      closings: ['敬具', 'よろしくお願いいたします', 'よろしくお願い申し上げます'],
    },
    documents: { letter: '送付状', resume: '履歴書', application: '応募書類' },
  },
  zh: {
    titles: {
      summary: '个人简介',
      work: '工作经历',
      projects: '项目经历',
      education: '教育背景',
      skills: '专业技能',
      volunteer: '志愿服务',
      awards: '获奖情况',
      certificates: '证书',
      publications: '出版物',
      languages: '语言能力',
      interests: '兴趣爱好',
      references: '推荐人',
    },
    present: '至今',
    contact: '联系方式',
    labels: { score: 'GPA', role: '角色', roles: '角色', courses: '主修课程', activities: '活动和社团' },
    presentWords: ['至今', '现在', '目前', '今'],
    months: CJK_MONTHS('月'),
    letter: {
      salutation: '尊敬的招聘负责人：',
      salutationNamed: '尊敬的{name}：',
      closing: '此致敬礼',
      dateLine: '{date}',
      closings: ['此致敬礼', '此致', '敬礼'],
    },
    documents: { letter: '求职信', resume: '简历', application: '求职申请' },
  },
  ar: {
    titles: {
      summary: 'الملخص',
      work: 'الخبرة المهنية',
      projects: 'المشاريع',
      education: 'التعليم',
      skills: 'المهارات',
      volunteer: 'العمل التطوعي',
      awards: 'الجوائز',
      certificates: 'الشهادات',
      publications: 'المنشورات',
      languages: 'اللغات',
      interests: 'الاهتمامات',
      references: 'المراجع',
    },
    present: 'حتى الآن',
    contact: 'معلومات الاتصال',
    labels: {
      score: 'المعدل',
      role: 'الدور',
      roles: 'الأدوار',
      courses: 'المقررات',
      activities: 'الأنشطة والجمعيات',
    },
    presentWords: ['حتى الآن', 'حتى اليوم', 'الآن', 'حاليا', 'حاليًا'],
    // The names of Egypt and the Gulf, then the one-word names of the Levant and Iraq (شباط for February).
    months: [
      ['يناير'],
      ['فبراير', 'شباط'],
      ['مارس', 'آذار'],
      ['أبريل', 'إبريل', 'نيسان'],
      ['مايو', 'أيار'],
      ['يونيو', 'يونية', 'حزيران'],
      ['يوليو', 'يولية', 'تموز'],
      ['أغسطس', 'آب'],
      ['سبتمبر', 'أيلول'],
      ['أكتوبر'],
      ['نوفمبر'],
      ['ديسمبر'],
    ],
    letter: {
      salutation: 'إلى من يهمه الأمر،',
      salutationNamed: 'السيد/السيدة {name}،',
      closing: 'مع خالص التحية،',
      dateLine: '{place}، {date}',
      closings: ['مع خالص التحية', 'وتفضلوا بقبول فائق الاحترام', 'مع التحية', 'مع فائق الاحترام'],
    },
    documents: { letter: 'خطاب التقديم', resume: 'السيرة الذاتية', application: 'طلب التوظيف' },
    comma: '، ',
  },
  he: {
    titles: {
      summary: 'תקציר',
      work: 'ניסיון תעסוקתי',
      projects: 'פרויקטים',
      education: 'השכלה',
      skills: 'כישורים',
      volunteer: 'התנדבות',
      awards: 'פרסים',
      certificates: 'תעודות',
      publications: 'פרסומים',
      languages: 'שפות',
      interests: 'תחומי עניין',
      references: 'ממליצים',
    },
    present: 'היום',
    contact: 'פרטי קשר',
    labels: {
      score: 'ממוצע',
      role: 'תפקיד',
      roles: 'תפקידים',
      courses: 'קורסים',
      activities: 'פעילויות ואגודות',
    },
    presentWords: ['היום', 'עד היום', 'כיום', 'עד עכשיו', 'הווה'],
    months: [
      ['ינואר'],
      ['פברואר'],
      ['מרץ', 'מרס'],
      ['אפריל'],
      ['מאי'],
      ['יוני'],
      ['יולי'],
      ['אוגוסט'],
      ['ספטמבר'],
      ['אוקטובר'],
      ['נובמבר'],
      ['דצמבר'],
    ],
    letter: {
      salutation: 'שלום רב,',
      salutationNamed: 'שלום {name},',
      closing: 'בברכה,',
      dateLine: '{place}, {date}',
      closings: ['בברכה', 'בכבוד רב'],
    },
    documents: { letter: 'מכתב מקדים', resume: 'קורות חיים', application: 'מועמדות' },
  },
  fa: {
    titles: {
      summary: 'خلاصه',
      work: 'سوابق کاری',
      projects: 'پروژه‌ها',
      education: 'تحصیلات',
      skills: 'مهارت‌ها',
      volunteer: 'فعالیت‌های داوطلبانه',
      awards: 'جوایز',
      certificates: 'گواهی‌نامه‌ها',
      publications: 'انتشارات',
      languages: 'زبان‌ها',
      interests: 'علاقه‌مندی‌ها',
      references: 'معرف‌ها',
    },
    present: 'تاکنون',
    contact: 'اطلاعات تماس',
    labels: { score: 'معدل', role: 'نقش', roles: 'نقش‌ها', courses: 'دروس', activities: 'فعالیت‌ها و انجمن‌ها' },
    presentWords: ['تاکنون', 'تا کنون', 'اکنون', 'هم‌اکنون', 'تا امروز', 'حال'],
    // The Gregorian months as Persian writes them (a résumé's dates are Gregorian: see formatDate).
    months: [
      ['ژانویه', 'ژانویهٔ'],
      ['فوریه', 'فوریهٔ'],
      ['مارس'],
      ['آوریل'],
      ['مه', 'می'],
      ['ژوئن'],
      ['ژوئیه', 'ژوئیهٔ', 'جولای'],
      ['اوت', 'آگوست'],
      ['سپتامبر'],
      ['اکتبر'],
      ['نوامبر'],
      ['دسامبر'],
    ],
    letter: {
      salutation: 'با سلام و احترام،',
      salutationNamed: '{name} گرامی،',
      closing: 'با احترام،',
      dateLine: '{place}، {date}',
      closings: ['با احترام', 'با سپاس', 'با تشکر'],
    },
    documents: { letter: 'نامهٔ همراه', resume: 'رزومه', application: 'درخواست همکاری' },
    comma: '، ',
  },
} satisfies Record<string, LocaleRecord>;

type Language = keyof typeof LOCALES;

/** Languages with their own words; others use English words and their own month names. */
export const TRANSLATED = Object.keys(LOCALES) as Language[];

/** The locales suggested when one is mistyped. */
export const COMMON_LOCALES = [
  'en',
  'en-GB',
  'en-US',
  'pt-BR',
  'zh-TW',
  ...Object.keys(LOCALES).filter((l) => l !== 'en'),
];

/** The record for a locale: its language's (de-AT uses de), else English. */
export function localeRecord(locale: string): LocaleRecord {
  return languageRecord(locale) ?? LOCALES.en;
}

/** The record of a locale's own language, if it has one (not English's, which stands in for the others). */
function languageRecord(locale: string): LocaleRecord | undefined {
  const language = locale.split('-')[0]?.toLowerCase() ?? 'en';
  return (LOCALES as Record<string, LocaleRecord>)[language];
}

/** The abbreviations a locale prints: its region's where it writes some otherwise, else its language's. */
function regionalShortMonths(locale: string): readonly string[] | undefined {
  const record = languageRecord(locale);
  const region = regionOf(locale);
  return (region && record?.regionalShortMonths?.[region]) || record?.shortMonths;
}

/** The words a résumé sets instead of its locale's (meta.words). */
export type OwnWords = NonNullable<Meta['words']>;

/** The words a résumé prints around its own text: the dates' and the labels of an entry's details. */
export interface PrintedWords {
  /** The open end of a current role's dates. */
  present: string;
  /** What stands between the two dates of a span. */
  to: string;
  /** The month names (MMMM YYYY) and their abbreviations (MMM YYYY), January first; undefined: Intl's. */
  months?: readonly string[];
  shortMonths?: readonly string[];
  labels: LocaleRecord['labels'];
}

/** The words a résumé prints in a locale: its own (meta.words) over the locale's, the one place they meet. */
export function printedWords(locale: string, own: OwnWords = {}): PrintedWords {
  const { present, labels } = localeRecord(locale);
  return {
    present: own.present ?? present,
    to: own.to ?? '–',
    months: own.months,
    // Another language's abbreviations never stand in: Intl knows the language's own.
    shortMonths: own.shortMonths ?? regionalShortMonths(locale),
    labels: {
      ...labels,
      score: own.score ?? labels.score,
      role: own.role ?? labels.role,
      roles: own.roles ?? labels.roles,
      courses: own.courses ?? labels.courses,
    },
  };
}

/** What separates the items of a list in the locale's language (see LocaleRecord.comma). */
export function commaOf(locale: string): string {
  return localeRecord(locale).comma ?? ', ';
}

/** The colon after a label in the locale's language, with the space it takes before it (see spacedMarks). */
export function colonOf(locale: string): string {
  return `${localeRecord(locale).spacedMarks?.before[':'] ?? ''}:`;
}

/** A number, the spaces after it and a percent sign ("60 %"). */
const SPACED_PERCENT = /(\d) +(?=[%‰])/g;

/** A text whose plain spaces before and after the language's spaced marks are the no-break spaces they take, so a
 * line never breaks after "«" or before "?", nor between a number and its percent sign (see spacedMarks). */
export function holdSpacedMarks(text: string, locale: string): string {
  const marks = localeRecord(locale).spacedMarks;
  const held = text.replace(SPACED_PERCENT, `$1${marks?.before['%'] ?? '\u00a0'}`);
  if (!marks) return held;
  return held
    .replace(/ +(\S)/g, (match, mark: string) => {
      const space = marks.before[mark];
      return space ? `${space}${mark}` : match;
    })
    .replace(/(\S) +/g, (match, mark: string) => {
      const space = marks.after[mark];
      return space ? `${mark}${space}` : match;
    });
}

/** A locale as people write it (fr_FR, FR-fr, en-gb) in the form BCP 47 gives it (fr-FR); what is no language
 * tag at all is returned as written, for the caller to refuse. */
export function readLocaleTag(written: string): string {
  const tag = written.trim().replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag;
  }
}

let languageNames: Intl.DisplayNames | undefined;

/** A key that names a language, as documents write them (de, pt-BR, en_US, fr-fr): not a key that only looks
 * like one (web, url, ops), which would read a mapping of groups as texts per language. */
export function isLanguageKey(key: string): boolean {
  if (!/^[a-z]{2,3}([-_][A-Za-z]{2})?$/.test(key)) return false;
  // Asked only of a mapping where one text is expected: Intl's locale data loads only then.
  languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  try {
    return languageNames.of(key.replace('_', '-')) !== undefined;
  } catch {
    return false;
  }
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

/** Every language's closing formulas: a letter in any language may end with its own. */
export const CLOSING_WORDS: readonly string[] = Object.values(LOCALES).flatMap(
  (record: LocaleRecord) => record.letter.closings,
);

/** Every language's civilities (lower case) and the kind each is: one written in another language than the
 * letter's is printed in the letter's. */
export const CIVILITY_WORDS: ReadonlyMap<string, Civility> = new Map(
  Object.values(LOCALES).flatMap((record: LocaleRecord) =>
    Object.entries(record.letter.civilities ?? {}).flatMap(([kind, words]) =>
      words.map((word): [string, Civility] => [word.toLowerCase(), kind as Civility]),
    ),
  ),
);

/** Every language's words for "until now" on an end date. */
export const PRESENT_WORDS: ReadonlySet<string> = new Set(
  Object.values(LOCALES).flatMap((record: LocaleRecord) => [...record.presentWords]),
);
