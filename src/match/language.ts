// What match/ knows of each language: its stopwords (a maintained list), its stemmer (Snowball), the words
// every posting uses that say nothing about the job ("experience", "strong", "Kenntnisse"), and how to tell
// which language a text is in. Pure data and functions.
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { deu, eng, fra, ita, jpn, kor, nld, pol, por, spa, zho } from 'stopword/dist/stopword.esm.mjs';

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'zh', 'ja', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** Words of a posting's boilerplate, by language: never terms, though no stopword list has them. */
const FILLER: Record<Language, string> = {
  en: `experience experienced years year strong excellent good great solid proven deep ability able skills skill
    knowledge understanding familiarity familiar proficiency proficient working work team teams plus nice including
    etc e.g i.e new role candidate candidates looking join company opportunity within across ensure help using use
    related relevant equivalent least minimum preferred required requirements responsibilities qualifications senior
    junior mid level intern trainee m/w/d m/f/d f/m/d w/m/d h/f f/h remote hybrid full-time part-time fulltime time
    day days hands-on hands environment environments ideally highly well high demonstrated similar etc. tasks task
    field fields like want wants need needs must should would will can may also every other others things thing part
    based ways way lot lots love passion passionate excited exciting opportunities plus. bonus willingness eager
    desire must-have nice-to-have preferably one two three four five several various multiple not no nor own so just
    few down off again further once when why whom without within around etc us lorem ipsum job provide provides
    collaborate collaborating process processes solution solutions world record track learn improve people
    practice practices large problem problems best effective successful closely cross solve position create keep
    impact offer write activities areas area values organization follow members member mind growth please direction
    plan enable find share concepts talented drive someone stage deliver goals goal self contribute apply access next
    making clearly participate issue issues different see challenges challenge together achieve specific expect
    define total overall grow order below complete additional focused important seeking continue found play term
    small long range details page title written peers success propose organizational iterative specialty call
    responsible responsibility opportunity role roles ideal including include includes ensure ensuring strong
    excellent outstanding exceptional key core various multiple every day daily week weekly month monthly you're
    you'll you've we're we'll we've they're it's i'm don't can't won't you’re you’ll you’ve we’re we’ll we’ve
    and/or e/o y/o et/ou und/oder en/of i/lub via know right interview interviews hiring recruiter recruiters
    intermediate staff principal associate medior pleno sênior júnior mid-level entry-level hrs`,
  de: `erfahrung erfahrungen kenntnisse kenntnis gute guter gutes sehr fundierte fundiert idealerweise mehrjährige
    mehrjährig jahre jahren team teams aufgaben aufgabe profil bereich bereichen sowie bzw m/w/d w/m/d m/f/d d/m/w
    möglichkeit möglichkeiten spaß freude arbeit arbeiten arbeitest unterstützung unterstützt neue neuen neuer hohe
    hohes hoher ausgeprägte ausgeprägtes vorteil wünschenswert gerne bringst mitbringst verfügst hast bist suchen
    vollzeit teilzeit remote homeoffice stelle position senior junior abgeschlossenes abgeschlossene studium
    vergleichbare vergleichbar sicherer sicheres sicher wort schrift deutsch englisch deutschkenntnisse
    englischkenntnisse freuen bewerbung möchtest gemeinsam umfeld lust verstärkung urlaub echte wünschst schaffen
    aktiv interessiert abwechslungsreiche wohlfühlen arbeitgeber erfolgreichen freundliches miteinander spannenden
    sympathische kennenlernen gleichzeitig menschlich willkommen duzen chance persönlich helfen gestalten themen
    motivierten fragen schnell optimal einsatz energie individuelle innen ideen gmbh ggf usw zzgl`,
  fr: `expérience expériences années année ans bonne bonnes bon bons solide solides forte fort capacité capacités
    connaissance connaissances maîtrise équipe équipes poste profil missions mission idéalement minimum h/f f/h
    senior junior cdi cdd télétravail plus souhaité souhaitée appréciée apprécié niveau sein travail travailler
    tout toute tous toutes aimez aimer motivé motivée motivés envie rejoindre recherchons cherchons`,
  es: `experiencia años año buena buen buenos buenas sólida sólidos conocimiento conocimientos capacidad equipo
    equipos puesto perfil valorará valorable deseable mínimo senior junior remoto trabajo trabajar nivel manejo
    dominio habilidades`,
  pt: `experiência anos ano boa bom bons boas sólida sólidos conhecimento conhecimentos capacidade equipe equipes
    time vaga perfil desejável diferencial mínimo sênior senior júnior junior pleno remoto trabalho trabalhar nível
    domínio habilidades vivência emprego`,
  it: `esperienza esperienze anni anno buona buon buone solida solide conoscenza conoscenze capacità team squadra
    ruolo profilo gradita gradito preferenziale minimo senior junior lavoro lavorare livello ottima ottime comprovata`,
  nl: `ervaring jaar jaren goede goed sterke sterk kennis vaardigheden team teams functie profiel minimaal senior
    junior medior werk werken niveau pré affiniteit`,
  pl: `doświadczenie doświadczenia lat lata rok dobra dobre dobry znajomość umiejętność umiejętności zespół zespole
    stanowisko profil minimum mile widziane senior junior praca pracy poziom osoba osoby odpowiedzialna
    odpowiedzialny tworzenie tworzenia rozwój rozwoju poszukujemy szukamy kandydat kandydata`,
  zh: '经验 經驗 以上 年 熟悉 了解 优先 優先 能力 具备 具備 相关 相關 工作 负责 負責 团队 團隊',
  ja: '経験 以上 年 歓迎 必須 スキル 能力 知識 業務 方 チーム もしくは または および 及び など 等',
  ko: '경험 이상 년 우대 능력 역량 업무 분 팀 관련 대한 관한 위한 통한 있는 하는 및 등 구축 관리',
};

/** Words of the trade every posting of a field uses (its role, its material): terms, but weighing less than a
 * skill, so that "data" and "engineer" do not rank a bullet above one that names the tools. */
const GENERIC: Record<Language, string> = {
  en: `data engineer engineering developer development software analyst analytics scientist science specialist
    manager management product business technology technical system application code project stakeholder`,
  de: 'daten entwickler entwicklerin entwicklung ingenieur ingenieurin produkt technologie system anwendung projekt',
  fr: 'données ingénieur ingénieure développeur développeuse développement logiciel produit projet',
  es: 'datos ingeniero ingeniera desarrollador desarrolladora desarrollo producto proyecto',
  pt: 'dados engenheiro engenheira desenvolvedor desenvolvedora desenvolvimento produto projeto',
  it: 'dati ingegnere sviluppatore sviluppatrice sviluppo prodotto progetto',
  nl: 'ontwikkelaar ontwikkeling product project',
  pl: 'dane danych inżynier programista produkt projekt',
  zh: '数据 數據 开发 開發 工程师 工程師',
  ja: 'データ エンジニア 開発',
  ko: '데이터 엔지니어 개발',
};

const STOPWORDS: Record<Language, readonly string[]> = {
  en: eng,
  de: deu,
  fr: fra,
  es: spa,
  pt: por,
  it: ita,
  nl: nld,
  pl: pol,
  zh: zho,
  ja: jpn,
  ko: kor,
};

const STEMMERS: Partial<Record<Language, (word: string) => string>> = {
  en: english,
  de: german,
  fr: french,
  es: spanish,
  pt: portuguese,
  it: italian,
  nl: dutch,
};

// Most list words are plain lower-case ASCII already: only the others are normalised (thousands of words a run).
const wordSet = (words: readonly string[]) =>
  new Set(words.map((w) => (/^[a-z]*$/.test(w) ? w : w.normalize('NFKC').toLowerCase())));
const stopSets = new Map<Language, Set<string>>();
const fillerSets = new Map<Language, Set<string>>();

/** The language's stopwords and English's (postings in every language are full of English words), and the
 * Chinese, Japanese and Korean ones, which no Latin-script word can be mistaken for. */
export function stopwordsOf(language: Language): Set<string> {
  let set = stopSets.get(language);
  if (!set) {
    set = wordSet([
      ...STOPWORDS[language],
      ...STOPWORDS.en,
      ...STOPWORDS.zh,
      ...STOPWORDS.ja,
      ...STOPWORDS.ko,
    ]);
    stopSets.set(language, set);
  }
  return set;
}

/** Boilerplate words of the language and of English. */
export function fillerOf(language: Language): Set<string> {
  let set = fillerSets.get(language);
  if (!set) {
    set = wordSet(
      `${FILLER[language]} ${FILLER.en} ${FILLER.zh} ${FILLER.ja} ${FILLER.ko}`.split(/\s+/).filter(Boolean),
    );
    fillerSets.set(language, set);
  }
  return set;
}

const genericSets = new Map<Language, Set<string>>();
/** The trade's generic words in the language and in English. */
export function genericOf(language: Language): Set<string> {
  let set = genericSets.get(language);
  if (!set) {
    set = wordSet(`${GENERIC[language]} ${GENERIC.en}`.split(/\s+/).filter(Boolean));
    genericSets.set(language, set);
  }
  return set;
}

/** The Snowball stem of a lower-case word; Polish, Chinese, Japanese and Korean words are kept as they are. */
export function stemOf(language: Language): (word: string) => string {
  return STEMMERS[language] ?? ((word) => word);
}

const SCRIPTS: [Language, RegExp][] = [
  ['ko', /\p{Script=Hangul}/gu],
  ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['zh', /\p{Script=Han}/gu],
];

/** The language a text is written in: by script for Korean, Japanese and Chinese (kana make Han text Japanese),
 * otherwise the Latin-script language whose stopwords it uses most; English when nothing tells. */
export function detectLanguage(text: string): Language {
  const letters = (text.match(/\p{L}/gu) ?? []).length || 1;
  const counts = SCRIPTS.map(([lang, re]) => [lang, (text.match(re) ?? []).length] as const);
  const kana = counts[1]?.[1] ?? 0;
  const [cjk, cjkCount] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['en', 0];
  if (cjkCount / letters > 0.15) return cjk === 'zh' && kana > 0 ? 'ja' : cjk;
  const lower = text.toLowerCase();
  // Single letters are in several lists ("a", "i", "z"): only longer words tell languages apart.
  const words = (lower.match(/\p{L}{2,}(?:['’]\p{L}+)?/gu) ?? []).slice(0, 5000);
  let best: Language = 'en';
  let bestScore = 0;
  for (const lang of LANGUAGES) {
    if (lang === 'zh' || lang === 'ja' || lang === 'ko') continue;
    const own = ownStopwords(lang);
    const letters = LETTERS[lang] ? (lower.match(LETTERS[lang] as RegExp) ?? []).length : 0;
    const score = words.reduce((n, w) => n + (own.has(w) ? 1 : 0), 0) + letters;
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return best;
}

/** Letters that only some languages write, counted with the stopwords. */
const LETTERS: Partial<Record<Language, RegExp>> = {
  pl: /[ąćęłńśźż]/g,
  de: /[äöüß]/g,
  es: /[ñ¿¡]/g,
  pt: /[ãõ]/g,
  fr: /[èêëœù]/g,
};

const ownSets = new Map<Language, Set<string>>();
/** A language's own stopwords, without English's (to tell languages apart). */
function ownStopwords(language: Language): Set<string> {
  let set = ownSets.get(language);
  if (!set) {
    set = wordSet(STOPWORDS[language]);
    ownSets.set(language, set);
  }
  return set;
}
