// Which of our built-in sections a title names, in the languages résumés are written in: "Experiencia",
// "Work Experience", "技术能力". A title that names two ("Certifications & Languages") names none. French titles
// its summary "Résumé" (only the whole title: "Resume Highlights" is not one) and its interests "Centres d'intérêt".
import type { BuiltinSectionId } from '../core/sections.js';

const WORDS: Record<BuiltinSectionId, RegExp> = {
  summary:
    /summary|profile|about|objective|perfil|profil|resumen|^resume$|sobre|zusammenfassung|samenvatting|podsumowanie|简介|概要|自我|个人总结|자기소개/,
  work: /experience|employment|work|career|job|position|intern|experienc|erfahrung|beruf|esperienz|ervaring|werk|doswiadczenie|praca|经历|经验|工作|実務|職歴|경력/,
  volunteer: /volunt|benevol|ehrenamt|vrijwillig|wolontariat|志愿/,
  education:
    /education|academic|study|studies|school|formaci|formation|formazione|ausbildung|bildung|opleiding|educa|wyksztalcenie|教育|学历|学歴|학력/,
  projects: /project|proyecto|projet|projekt|progett|projeto|项目|プロジェクト|프로젝트/,
  skills:
    /skill|technolog|competen|tool|stack|habilidad|kenntnis|fahigkeit|kompetenz|abilit|conocimiento|expertise|tech|技能|技术|スキル|기술/,
  languages: /language|idioma|langue|sprache|lingu|taal|jezyk|lenguage|语言|言語|언어/,
  interests: /interest|interet|hobb|loisir|freizeit|passion|interes|兴趣|趣味/,
  awards: /award|honou?r|prize|achievement|accomplishment|premio|prix|distinction|auszeichnung|premi|奖|荣誉/,
  certificates: /certif|licen|zertifik|certyfik|证书|資格/,
  publications: /publication|paper|publicaci|publicac|veroffentlich|pubblicazion|论文|发表/,
  references: /reference|referencia|referenz|referee|推荐/,
};

/** The built-in section a title names, if it names exactly one. */
export function sectionNamed(title: string): BuiltinSectionId | undefined {
  const plain = title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  // "Programming Languages" lists skills, not the languages one speaks.
  if (/programm|coding/.test(plain)) return 'skills';
  const named = (Object.keys(WORDS) as BuiltinSectionId[]).filter((id) => WORDS[id].test(plain));
  return named.length === 1 ? named[0] : undefined;
}
