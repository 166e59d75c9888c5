// The reader's pure parts: JSON's own syntax, the dialect, shapes read into the schema's, inline HTML, the
// document's language, tag names, vocabulary, and the source's text check reads.
import { describe, expect, it } from 'vitest';
import { sourceTexts } from '../../src/check/source.js';
import { coerceShapes } from '../../src/core/coerce.js';
import { dialectOf } from '../../src/core/dialect.js';
import { htmlShownAsWritten, htmlToMarkdown } from '../../src/core/inline-html.js';
import { jsonMistakes } from '../../src/core/json-syntax.js';
import { documentLanguage, languageNote } from '../../src/core/language.js';
import { sourcePathOf } from '../../src/core/parse.js';
import type { Resume } from '../../src/core/resume-types.js';
import { tagName } from '../../src/core/tagged.js';
import { readVocabulary } from '../../src/core/vocabulary.js';

describe('jsonMistakes', () => {
  it.each([
    ['{"a": [1, 2,] "b": 2}', 14, 'a comma is missing'],
    ['{"a": 1 "b": 2}', 8, 'a comma is missing'],
    ['{a: 1}', 1, 'a key must be in double quotes'],
    ["{'a': 1}", 1, 'double quotes'],
    ['{"a": // note\n1}', 6, 'JSON has no comments'],
    ['{"a": "x}', 6, 'this string is never closed'],
    ['{"a": {"b": 1}', 0, 'this { is never closed'],
    ['{"a": 1} x', 9, 'text after the end'],
  ])('%j: at %i, %s', (text, offset, words) => {
    const { mistake } = jsonMistakes(text);
    expect(mistake?.offset).toBe(offset);
    expect(mistake?.message).toContain(words);
  });

  it('reads commas after a last item, each named, and stops at the first other mistake', () => {
    expect(jsonMistakes('{"a": [1, 2,], "b": {"c": 1 ,},}')).toEqual({ trailingCommas: [11, 28, 30] });
    expect(jsonMistakes('{"a": [1,], "b" 2}').mistake?.message).toContain('a colon is missing');
  });

  it('is linear: a long document with commas after every last item is read (quadratic work would not end)', () => {
    const text = `{"a": [${'["x",],'.repeat(200_000)}]}`;
    const { mistake, trailingCommas } = jsonMistakes(text);
    expect(mistake).toBeUndefined();
    expect(trailingCommas).toHaveLength(200_001);
  });
});

describe('dialectOf', () => {
  it('our schema named by the editor line or by $schema is ours; anything else is JSON Resume', () => {
    expect(dialectOf('# yaml-language-server: $schema=./schema/resume.schema.json\nbasics: {}', {})).toBe(
      'ours',
    );
    expect(dialectOf('{}', { $schema: 'https://resume.local/schema/resume.schema.json' })).toBe('ours');
    const jsonResume = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';
    expect(dialectOf('{}', { $schema: jsonResume })).toBe('jsonresume');
    expect(dialectOf('basics: {}', {})).toBe('jsonresume');
  });

  it('meta.languages as our format writes it (a list of language codes) is ours; a theme\'s "en,fr" is not', () => {
    expect(dialectOf('', { meta: { languages: ['en', 'de', 'pt-BR'] } })).toBe('ours');
    expect(dialectOf('', { meta: { languages: 'en,fr' } })).toBe('jsonresume');
    expect(dialectOf('', { meta: { languages: ['en,fr'] } })).toBe('jsonresume');
    expect(dialectOf('', { meta: { languages: [] } })).toBe('jsonresume');
  });
});

describe('coerceShapes', () => {
  const read = (data: Record<string, unknown>) => ({ ...coerceShapes(data, { yaml: false }), data });

  it('null and "" are not set; "" in a list is marked to drop, its neighbours keep their places', () => {
    const { data, dropped, notices } = read({
      basics: { name: 'A', label: null, email: '' },
      work: [{ highlights: ['', 'x'] }],
    });
    expect(data.basics).toEqual({ name: 'A' });
    expect(dropped).toEqual([['work', 0, 'highlights', 0]]);
    expect(notices).toEqual([]);
  });

  it('links: https:// for a bare host, mailto: for an address, a relative one kept as a profile’s text', () => {
    const { data, omitted } = read({
      basics: {
        url: 'example.dev/me',
        profiles: [
          { network: 'CV', url: 'cv.pdf' },
          { network: 'Mail', url: 'me@example.com' },
        ],
      },
    });
    const basics = data.basics as { url: string; profiles: Record<string, string>[] };
    expect(basics.url).toBe('https://example.dev/me');
    expect(basics.profiles[0]).toEqual({ network: 'CV', username: 'cv.pdf' });
    expect(basics.profiles[1]?.url).toBe('mailto:me@example.com');
    expect(omitted).toEqual(['cv.pdf']);
  });

  it('a sentence where a link belongs is named as text, not taken for a relative link', () => {
    const { data, notices, omitted } = read({
      work: [{ name: 'Acme', url: 'Refactored legacy code and used JIRA daily.' }],
    });
    expect((data.work as Record<string, unknown>[])[0]?.url).toBeUndefined();
    expect(notices.map((n) => n.message)).toContain(
      'not shown: "Refactored legacy code and used JIRA daily." is text where a link belongs (move it to the summary or highlights)',
    );
    expect(omitted).toEqual(['Refactored legacy code and used JIRA daily.']);
  });

  it('a text per language is read in the chosen one, the others named', () => {
    const data = { basics: { name: 'A', label: { en: 'Engineer', de: 'Ingenieur' } } };
    coerceShapes(data, { yaml: false, locale: 'de' });
    expect(data.basics.label).toBe('Ingenieur');
  });

  it('keys as documents write languages (en_US, de-de), and a bullet per language, are read as any text per language', () => {
    const data = {
      basics: { name: 'A', label: { en_US: 'Engineer', de_DE: 'Ingenieurin' } },
      work: [{ name: 'B', highlights: [{ en: 'Built it', 'de-de': 'Baute es' }, { Lead: 'grew the team' }] }],
    };
    const { notices, omitted } = coerceShapes(data, { yaml: false, locale: 'de' });
    expect(data.basics.label).toBe('Ingenieurin');
    expect(data.work[0]?.highlights).toEqual(['Baute es', 'Lead: grew the team']);
    expect(notices.map((n) => n.message)).toContain(
      'a bullet per language: read in "de-de" (--locale or meta.locale picks another)',
    );
    expect(omitted).toEqual(['Engineer', 'Built it']);
    // The import keeps them, for every language to be written.
    const kept = {
      basics: { name: 'A' },
      work: [{ name: 'B', highlights: [{ en: 'Built it', de: 'Baute es' }] }],
    };
    coerceShapes(kept, { yaml: false, keepLanguages: true });
    expect(kept.work[0]?.highlights).toEqual([{ en: 'Built it', de: 'Baute es' }]);
  });

  it('plain strings where entries are expected, a mapping where a list is, a number in YAML', () => {
    const data = {
      basics: { name: 'A', phone: 48600100200 },
      interests: ['Chess'],
      skills: { Web: ['Vue'] },
    };
    const { notices } = coerceShapes(data, { yaml: true });
    expect(data).toEqual({
      basics: { name: 'A', phone: '48600100200' },
      interests: [{ name: 'Chess' }],
      skills: [{ name: 'Web', keywords: ['Vue'] }],
    });
    expect(notices.map((n) => n.path.join('.'))).toEqual(['basics.phone', 'interests.0', 'skills']);
  });
});

describe('htmlToMarkdown', () => {
  it('leaves a tag in a code span or after a backslash as written', () => {
    expect(htmlToMarkdown('Replaced `<table>` layouts with <b>grids</b>')?.text).toBe(
      'Replaced `<table>` layouts with **grids**',
    );
    expect(htmlToMarkdown('Replaced \\<div> soup with semantic HTML')).toBeUndefined();
    expect(htmlToMarkdown('`<br>` and `<p>` only')).toBeUndefined();
  });

  it('reads emphasis, links, breaks, paragraphs and lists; drops other tags; leaves text that is not HTML', () => {
    expect(htmlToMarkdown('<p>A <b>bold</b> <a href="https://x.dev">link</a></p><p>B<br/>C</p>')?.text).toBe(
      'A **bold** [link](https://x.dev)\n\nB\nC',
    );
    expect(htmlToMarkdown('<ul><li>one</li><li>two</li></ul>')?.text).toBe('- one\n- two');
    expect(htmlToMarkdown('<span class="x">kept</span> &amp; more')?.text).toBe('kept & more');
    expect(htmlToMarkdown('a < b and <Company> stays')).toBeUndefined();
    expect(htmlToMarkdown('<a href="https://x.dev">Name</a>', 'plain')?.text).toBe('Name');
    // An entity never makes a control character (an escape that would drive a terminal).
    expect(htmlToMarkdown('<b>x</b>&#27;[2J')?.text).toBe('**x**&#27;[2J');
  });

  it('is linear: many opening brackets without a close are read (quadratic work would not end)', () => {
    expect(htmlToMarkdown(`<b>${'<'.repeat(200_000)}`)?.text).toBe(`**${'<'.repeat(200_000)}`);
  });
});

describe('htmlShownAsWritten', () => {
  it('names the first element written in each text, not a bracketed word or a comparison', () => {
    const data = {
      basics: { summary: 'I am <strong>Front-End</strong><br>', label: '<Company Name> and a < b' },
      work: [{ highlights: ['x<BR/>y', 'Replaced `<table>` and \\<div> soup'] }],
    };
    expect(htmlShownAsWritten(data)).toEqual([
      {
        path: ['basics', 'summary'],
        message: expect.stringContaining('HTML tag <strong> is printed as written'),
      },
      { path: ['work', 0, 'highlights', 0], message: expect.stringContaining('HTML tag <br> is printed') },
    ]);
  });
});

describe('documentLanguage', () => {
  const resume = (summary: string) => ({ basics: { name: 'X', summary } }) as Resume;
  it('reads the script of Korean, Japanese and Chinese, and the trigrams of others; English is no news', async () => {
    const korean =
      '대규모 분산 시스템을 설계하고 운영해 온 엔지니어입니다. 결제 플랫폼의 처리량을 세 배로 늘렸습니다.';
    expect((await documentLanguage(resume(korean.repeat(2))))?.locale).toBe('ko');
    const japanese =
      '私はソフトウェア開発者です。十年以上の経験があり、決済基盤の設計と運用を担当してきました。';
    expect((await documentLanguage(resume(japanese.repeat(2))))?.locale).toBe('ja');
    // A name or a company in another script does not make a language.
    expect(await documentLanguage(resume('Worked at 北京科技有限公司 on payments.'))).toBeUndefined();
    const french =
      'Développeuse web passionnée par les technologies modernes, je conçois des applications robustes et accessibles. J’aime travailler en équipe, partager mes connaissances avec les autres et apprendre chaque jour de nouvelles choses.';
    expect((await documentLanguage(resume(french)))?.locale).toBe('fr');
    const english =
      'Engineer with ten years of experience building data platforms and leading small teams through migrations, launches and the occasional fire.';
    expect(await documentLanguage(resume(english.repeat(2)))).toBeUndefined();
    expect(await documentLanguage(resume('Kurz.'))).toBeUndefined();
  });

  it('reads Arabic and Persian by their trigrams and Hebrew by its script; Urdu, in Arabic letters, is not taken for Arabic', async () => {
    const arabic =
      'مهندسة برمجيات بخبرة ثماني سنوات في بناء أنظمة خلفية قابلة للتوسع. قادت فريقاً من أربعة مهندسين لإطلاق نظام الفوترة الجديد وخفضت زمن الاستجابة.';
    expect((await documentLanguage(resume(arabic.repeat(2))))?.locale).toBe('ar');
    const hebrew =
      'מהנדסת תוכנה עם ניסיון של שמונה שנים בבניית מערכות. הובלתי צוות של ארבעה מהנדסים בהשקת מערכת החיוב החדשה.';
    expect((await documentLanguage(resume(hebrew.repeat(2))))?.locale).toBe('he');
    const persian =
      'من یک مهندس نرم افزار با هشت سال تجربه در ساخت سیستم های مقیاس پذیر هستم و با تیم های بزرگ کار کرده ام و این کار را دوست دارم.';
    expect((await documentLanguage(resume(persian.repeat(2))))?.locale).toBe('fa');
    const urdu =
      'میں ایک سافٹ ویئر انجینئر ہوں جس کے پاس آٹھ سال کا تجربہ ہے اور میں نے بڑی ٹیموں کے ساتھ کام کیا ہے اور مجھے یہ کام پسند ہے۔';
    expect(await documentLanguage(resume(urdu.repeat(2)))).toBeUndefined();
  });

  it('reads a short text in Arabic letters by the letters Arabic, Persian and Urdu each have of their own', async () => {
    // Under the trigrams' 200 characters: a short résumé would be laid out left to right under English headings.
    expect(
      (await documentLanguage(resume('مهندس برمجيات لديه خبرة عشر سنوات في تطوير الأنظمة.')))?.locale,
    ).toBe('ar');
    expect(
      (await documentLanguage(resume('مهندس نرم افزار با هشت سال تجربه در ساخت سیستم ها')))?.locale,
    ).toBe('fa');
    expect(
      await documentLanguage(resume('میں ایک سافٹ ویئر انجینئر ہوں اور مجھے یہ کام پسند ہے')),
    ).toBeUndefined();
    // A name in Arabic letters in an English text is no language.
    expect(await documentLanguage(resume('Worked at شركة المثال on payments and billing.'))).toBeUndefined();
  });
});

describe('languageNote', () => {
  it('says where the language came from, and what sets another', () => {
    expect(languageNote({ locale: 'fr', from: 'text' })).toBe(
      'language: fr, read from its text, for headings and dates (--locale or meta.locale sets another)',
    );
    expect(languageNote({ locale: 'de', from: 'languages' })).toBe(
      'language: de, the first of meta.languages, for its text, headings and dates (--locale builds another of them)',
    );
  });
});

describe('tagName and vocabulary', () => {
  it('tags as people name them are one tag however written', () => {
    expect(tagName('Clinical_Research')).toBe('clinical-research');
    expect(tagName('Data Science')).toBe('data-science');
    expect(tagName('données')).toBe('donnees');
  });

  it('reads other vocabularies and remembers where moved values were written', () => {
    const aliases = new Map();
    const data = { experience: [{ title: 'Dev' }], contact: { email: 'a@b.c' } };
    readVocabulary(data, aliases);
    expect(data).toEqual({ work: [{ position: 'Dev' }], basics: { email: 'a@b.c' } });
    expect(sourcePathOf(aliases, ['work', 0, 'position'])).toEqual(['experience', 0, 'title']);
    expect(sourcePathOf(aliases, ['basics', 'email'])).toEqual(['contact', 'email']);
  });
});

describe('sourceTexts', () => {
  it('every line of the standard fields as a reader sees it; addresses and dates aside', () => {
    const texts = sourceTexts({
      basics: { name: 'A', url: 'https://a.dev', summary: 'One **bold**\n- a bullet' },
      work: [
        {
          name: 'Acme',
          startDate: '2020-01',
          highlights: ['<b>HTML</b> text'],
          positions: [{ position: 'Lead' }],
        },
      ],
      meta: { theme: 'x' },
    });
    expect(texts.map((t) => t.text)).toEqual(['A', 'One bold', 'a bullet', 'Acme', 'HTML text', 'Lead']);
    expect(texts[5]?.path).toBe('work[0].positions[0].position');
  });
});

describe('readVocabulary: profiles as keys of basics', () => {
  it('joins a list of profiles, and leaves profiles written as a mapping to be read as such', () => {
    const listed = { basics: { github: 'anna', profiles: [{ network: 'X', username: 'a' }] } };
    readVocabulary(listed);
    expect(listed.basics.profiles).toEqual([
      { network: 'X', username: 'a' },
      { network: 'GitHub', username: 'anna' },
    ]);
    const mapped = { basics: { github: 'anna', profiles: { twitter: '@anna' } } };
    readVocabulary(mapped);
    expect(mapped.basics).toEqual({ github: 'anna', profiles: { twitter: '@anna' } });
  });
});
