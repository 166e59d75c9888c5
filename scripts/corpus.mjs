#!/usr/bin/env node
// Runs the résumé CLI over a folder of real résumé files and measures what survives.
//
// Usage:
//   node scripts/corpus.mjs [options] <folder>
//
// Options:
//   --cli <path>      the CLI to test (default: this repository's bin/resume.js; run npm run build first)
//   --timeout <s>     seconds allowed for each command before it is killed (default: 180)
//   --json <file>     also write every measure, with the missing text, to this JSON file
//   --verbose         print each file's diagnostics and the source text missing from the txt output
//   --keep            keep each file's temporary output folder (its path is printed)
//
// For every .json/.yaml/.yml file under <folder> (recursively) it:
//   1. builds every format:      <cli> build FILE -f all -o TMP
//   2. reads the outputs back:   <cli> check --resume FILE TMP/*.{pdf,docx,html,md,txt}
//      (the json output is left out: check reads documents, not the source format)
//   3. measures the share of the source's standard-field text (basics name/label/summary and JSON Resume's
//      own fields of work, volunteer, projects, education, awards, publications, certificates, skills,
//      languages, interests, references, several roles under one employer included) found in the txt
//      output, case, whitespace, HTML tags and Markdown markers ignored; and, as a second figure, the share of
//      all the text of those sections, other keys included;
//   4. measures the PDF: pages, how far down the last page the text reaches, and the emptiest page
//      before the last (a low figure there means a page broke too early).
// It prints one line per file and totals. The corpus files are people's data: keep them, and the
// --json report, outside the repository. The script itself holds no data and needs only Node (it
// borrows the `yaml` parser from the CLI's own dependencies to read YAML sources).

import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CHECKED_FORMATS = ['.pdf', '.docx', '.html', '.md', '.txt'];
const SOURCE_EXTENSIONS = ['.json', '.yaml', '.yml'];
const SECTIONS = [
  'work',
  'volunteer',
  'projects',
  'education',
  'awards',
  'publications',
  'certificates',
  'skills',
  'languages',
  'interests',
  'references',
];
// keys whose values are addresses, dates or codes rather than prose a reader should find in the text
const NON_TEXT_KEYS =
  /^(url|website|email|phone|image|picture|avatar|startDate|endDate|date|releaseDate|countryCode|postalCode|username|network|tags|private|id|icon|x-.*)$/i;

function parseArgs(argv) {
  const options = {
    cli: fileURLToPath(new URL('../bin/resume.js', import.meta.url)),
    timeout: 180,
    json: null,
    verbose: false,
    keep: false,
    folder: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--cli') options.cli = argv[++i];
    else if (arg === '--timeout') options.timeout = Number(argv[++i]);
    else if (arg === '--json') options.json = argv[++i];
    else if (arg === '--verbose') options.verbose = true;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '-h' || arg === '--help') options.help = true;
    else if (!arg.startsWith('--') && !options.folder) options.folder = arg;
    else throw new Error(`unknown argument ${arg}`);
  }
  if (options.help || !options.folder) {
    console.log(
      'usage: node corpus.mjs [--cli bin/resume.js] [--timeout 180] [--json report.json] [--verbose] [--keep] <folder>',
    );
    process.exit(options.help ? 0 : 2);
  }
  return { ...options, cli: resolve(options.cli), folder: resolve(options.folder) };
}

function listSources(folder) {
  const found = [];
  for (const name of readdirSync(folder).sort()) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...listSources(path));
    else if (SOURCE_EXTENSIONS.includes(extname(name).toLowerCase()) && name !== 'package.json')
      found.push(path);
  }
  return found;
}

// Runs one command in its own process group, so a hung browser is killed with it.
function run(command, args, { cwd, timeoutSeconds }) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutSeconds * 1000);
    child.on('error', (error) => {
      clearTimeout(timer);
      done({ code: 127, stdout, stderr: String(error), timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code: timedOut ? 124 : code, stdout, stderr, timedOut });
    });
  });
}

// Diagnostics look like `file:LINE:COL  path  message`; a warning's message starts with "warning:".
function summariseDiagnostics(output) {
  const lines = output.split('\n');
  const diagnostics = lines.filter((line) => /^\S.*:\d+:\d+\s{2}/.test(line));
  const warnings = diagnostics.filter((line) => /\swarning:/.test(line));
  const errors = diagnostics.filter((line) => !/\swarning:/.test(line));
  const fallback =
    lines.find((line) => /\b(error|Error)\b/.test(line)) ?? lines.find((line) => line.trim()) ?? '';
  const first = (errors[0] ?? fallback).replace(/^\S+:\d+:\d+\s{2}/, '').trim();
  return {
    errors: errors.length,
    warnings: warnings.length,
    firstError: first,
    errorLines: errors,
    warningLines: warnings,
  };
}

// An error message with its specifics taken out, to group the same mistake across files.
function errorKind(line) {
  return line
    .replace(/^\S+:\d+:\d+\s{2}/, '')
    .replace(/\[\d+\]/g, '[*]')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\(\d{4}[-\d]*\)/g, '(…)')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

// `check` prints `<output>: ok|N problems`, then `  FAIL  <finding>` with indented detail lines under it.
function parseCheck(stdout) {
  const failed = [];
  const details = [];
  let output = '';
  let inFailure = false;
  for (const line of stdout.split('\n')) {
    const head = line.match(/^(\S+): (ok|\d+ problems?)$/);
    if (head) output = extname(head[1]).slice(1);
    const fail = line.match(/^\s+FAIL\s+(.*)$/);
    if (fail) failed.push(`${output}: ${fail[1].trim()}`);
    if (fail || /^\s+(ok|FAIL)\s/.test(line) || head) inFailure = Boolean(fail);
    else if (inFailure && line.trim()) details.push(`${output}: ${line.trim()}`);
  }
  return { failed, details };
}

function yamlParser(cli) {
  try {
    return createRequire(cli)('yaml');
  } catch {
    return null;
  }
}

// A file's text as the tool reads it: UTF-8, and a file saved in an 8-bit encoding (perhaps partly UTF-8 since)
// byte by byte as Windows-1252 where it is not UTF-8.
function decode(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const legacy = new TextDecoder('windows-1252');
    let out = '';
    let from = 0;
    for (let i = 0; i < bytes.length; ) {
      const b = bytes[i];
      let n =
        b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
      for (let k = 1; k < n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) n = 0;
      if (n > 0) {
        i += n;
        continue;
      }
      out += new TextDecoder().decode(bytes.subarray(from, i)) + legacy.decode(bytes.subarray(i, i + 1));
      from = ++i;
    }
    return out + new TextDecoder().decode(bytes.subarray(from));
  }
}

function loadSource(file, yaml) {
  const text = decode(readFileSync(file)).replace(/^\uFEFF/, '');
  if (extname(file).toLowerCase() === '.json') {
    try {
      return JSON.parse(text);
    } catch {
      // invalid JSON (a trailing comma, a comment) is still measured when a YAML parser can read it
    }
  }
  if (!yaml) return null;
  try {
    return yaml.parse(text, { logLevel: 'silent' });
  } catch {
    return null;
  }
}

const LANGUAGE_CODE = /^[a-z]{2,3}([-_][A-Za-z]{2})?$/;

function collectText(value, key, out) {
  if (key && NON_TEXT_KEYS.test(key)) return out;
  // A text given per language ({ en: …, de: … }) is one text: a build shows one of its languages.
  const entries = value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
  if (entries.length > 1 && entries.every(([k, v]) => LANGUAGE_CODE.test(k) && typeof v === 'string')) {
    out.push({ any: entries.map(([, v]) => v) });
    return out;
  }
  if (typeof value === 'string') {
    // Addresses, dates and paths to files (a logo, a photo) are not text a reader reads.
    const v = value.trim();
    const address = /^(https?:\/\/|mailto:|www\.)\S*$/i.test(v);
    const file = /^\S+\.(svg|png|jpe?g|gif|webp|avif|pdf)$/i.test(v);
    if (!address && !file && !/^\d{4}(-\d{1,2}){0,2}$/.test(v)) out.push(value);
  } else if (typeof value === 'number' && key && /score|gpa|level/i.test(key)) {
    out.push(String(value));
  } else if (Array.isArray(value)) {
    for (const item of value) collectText(item, null, out);
  } else if (value && typeof value === 'object') {
    for (const [childKey, child] of Object.entries(value)) collectText(child, childKey, out);
  }
  return out;
}

// JSON Resume's own fields of each section (0.x names and several roles under one employer included): the
// standard fields whose text must reach a reader.
const STANDARD_FIELDS = {
  work: ['name', 'company', 'position', 'location', 'description', 'summary', 'highlights', 'positions'],
  volunteer: ['organization', 'position', 'summary', 'highlights'],
  education: ['institution', 'area', 'studyType', 'score', 'gpa', 'courses'],
  awards: ['title', 'awarder', 'summary'],
  certificates: ['name', 'issuer'],
  publications: ['name', 'publisher', 'summary'],
  skills: ['name', 'level', 'keywords'],
  languages: ['language', 'fluency', 'name', 'level'],
  interests: ['name', 'keywords'],
  references: ['name', 'reference'],
  projects: ['name', 'description', 'highlights', 'keywords', 'roles', 'entity', 'type'],
};
const ROLE_FIELDS = ['position', 'title', 'location', 'summary', 'highlights'];

const entriesOf = (value) => (Array.isArray(value) ? value.filter((e) => e && typeof e === 'object') : []);

// The text of the standard fields: what a reader of the résumé must find in every output.
function standardTexts(doc) {
  if (!doc || typeof doc !== 'object') return [];
  const basics = doc.basics && typeof doc.basics === 'object' ? doc.basics : {};
  const texts = [];
  for (const key of ['name', 'label', 'summary']) collectText(basics[key], null, texts);
  for (const [section, fields] of Object.entries(STANDARD_FIELDS))
    for (const entry of entriesOf(doc[section]))
      for (const field of fields) {
        if (field !== 'positions') collectText(entry[field], null, texts);
        else
          for (const role of entriesOf(entry.positions))
            for (const f of ROLE_FIELDS) collectText(role[f], null, texts);
      }
  return texts;
}

// All the text of the sections, other keys than JSON Resume's included (a second, stricter measure).
function allTexts(doc) {
  if (!doc || typeof doc !== 'object') return [];
  const basics = doc.basics && typeof doc.basics === 'object' ? doc.basics : {};
  const texts = [];
  for (const key of ['name', 'label', 'summary']) collectText(basics[key], null, texts);
  for (const section of SECTIONS) collectText(doc[section], null, texts);
  return texts;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function normalise(text) {
  return text
    .normalize('NFKC')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#\d+|[a-z]+);/gi, (entity, name) =>
      name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name.toLowerCase()] ?? entity),
    )
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~#>|]+/g, ' ')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const compact = (text) => text.replace(/\s+/g, '');

// Share of the source's characters found in the output: whole values first, then word by word.
function textShare(texts, output) {
  const haystack = normalise(output);
  const haystackCompact = compact(haystack);
  let total = 0;
  let found = 0;
  const missing = [];
  for (const item of texts) {
    // Of a text per language, the one the output holds (else the first).
    const text =
      typeof item === 'string'
        ? item
        : (item.any.find((t) => haystackCompact.includes(compact(normalise(t)))) ?? item.any[0]);
    const needle = normalise(text);
    if (!needle) continue;
    total += compact(needle).length;
    if (haystack.includes(needle) || haystackCompact.includes(compact(needle))) {
      found += compact(needle).length;
      continue;
    }
    const words = needle.split(' ').filter(Boolean);
    const present = words.filter((word) => haystackCompact.includes(word));
    found += present.reduce((sum, word) => sum + word.length, 0);
    if (present.length < words.length) missing.push(text.length > 120 ? `${text.slice(0, 117)}…` : text);
  }
  return { share: total ? found / total : 1, chars: total, missing };
}

// Page fill from word boxes: how far down each page's usable height the last word sits.
async function pdfFill(pdf, timeoutSeconds) {
  const result = await run('pdftotext', ['-bbox', pdf, '-'], { cwd: tmpdir(), timeoutSeconds });
  if (result.code !== 0) return null;
  const pages = result.stdout
    .split('<page ')
    .slice(1)
    .map((page) => {
      const height = Number(page.match(/height="([\d.]+)"/)?.[1] ?? 842);
      const tops = [...page.matchAll(/yMin="([\d.]+)"/g)].map((m) => Number(m[1]));
      const bottoms = [...page.matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1]));
      return {
        height,
        top: tops.length ? Math.min(...tops) : 0,
        bottom: bottoms.length ? Math.max(...bottoms) : 0,
      };
    });
  if (!pages.length) return null;
  const margin = Math.min(pages[0].top, pages[0].height / 4);
  const fill = (page) => Math.max(0, Math.min(1, (page.bottom - margin) / (page.height - 2 * margin)));
  const before = pages.slice(0, -1).map(fill);
  return {
    pages: pages.length,
    lastFill: fill(pages.at(-1)),
    minFill: before.length ? Math.min(...before) : null,
  };
}

function outputFiles(folder) {
  return readdirSync(folder)
    .filter((name) => CHECKED_FORMATS.includes(extname(name).toLowerCase()))
    .map((name) => join(folder, name));
}

async function measure(file, options, yaml) {
  const workdir = mkdtempSync(join(tmpdir(), 'corpus-'));
  const out = join(workdir, 'out');
  const timeoutSeconds = options.timeout;
  const build = await run(process.execPath, [options.cli, 'build', file, '-f', 'all', '-o', out], {
    cwd: workdir,
    timeoutSeconds,
  });
  const record = {
    file,
    build: {
      code: build.code,
      timedOut: build.timedOut,
      ...summariseDiagnostics(`${build.stderr}\n${build.stdout}`),
    },
  };
  let outputs = [];
  try {
    outputs = outputFiles(out);
  } catch {
    outputs = [];
  }
  if (outputs.length) {
    const check = await run(process.execPath, [options.cli, 'check', '--resume', file, ...outputs], {
      cwd: workdir,
      timeoutSeconds,
    });
    record.check = {
      code: check.code,
      timedOut: check.timedOut,
      ...parseCheck(check.stdout),
      firstLine: check.stdout.split('\n')[0],
    };
  }
  const txt = outputs.find((path) => path.endsWith('.txt'));
  const source = loadSource(file, yaml);
  record.sourceRead = source !== null;
  const output = txt ? readFileSync(txt, 'utf8') : '';
  record.text = textShare(standardTexts(source), output);
  record.allText = textShare(allTexts(source), output);
  const pdf = outputs.find((path) => path.endsWith('.pdf'));
  record.pdf = pdf ? await pdfFill(pdf, timeoutSeconds) : null;
  if (options.keep) record.workdir = workdir;
  else rmSync(workdir, { recursive: true, force: true });
  return record;
}

const percent = (value) =>
  value === null || value === undefined ? '–' : `${(value * 100).toFixed(value === 1 ? 0 : 1)}%`;

function describe(record) {
  const { build, check, text, pdf } = record;
  const counts = `[${build.errors} errors, ${build.warnings} warnings]`;
  const buildPart =
    build.code === 0
      ? `build ok ${counts}`
      : `build FAIL(${build.timedOut ? 'timeout' : build.code}) ${build.firstError} ${counts}`;
  let checkPart = 'check –';
  if (check)
    checkPart =
      check.code === 0
        ? 'check ok'
        : `check FAIL(${check.timedOut ? 'timeout' : check.code}) ${check.failed.join('; ') || check.firstLine}`;
  const textPart = record.sourceRead
    ? `text ${percent(text.share)} (all ${percent(record.allText.share)})`
    : 'text ? (source unreadable)';
  const pdfPart = pdf
    ? `pdf ${pdf.pages}p last ${percent(pdf.lastFill)}${pdf.minFill === null ? '' : ` min ${percent(pdf.minFill)}`}`
    : 'pdf –';
  return `${buildPart} | ${checkPart} | ${textPart} | ${pdfPart}`;
}

function countBy(items) {
  const counts = new Map();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

function printTotals(records) {
  const built = records.filter((r) => r.build.code === 0);
  const checked = records.filter((r) => r.check);
  const passed = checked.filter((r) => r.check.code === 0);
  const readable = records.filter((r) => r.sourceRead);
  const mean = (list) => (list.length ? list.reduce((sum, r) => sum + r.text.share, 0) / list.length : null);
  const chars = (list, key) =>
    list.reduce((sum, r) => sum + (key === 'found' ? r.text.share * r.text.chars : r.text.chars), 0);
  const withPdf = records.filter((r) => r.pdf);
  const earlyBreaks = withPdf.filter((r) => r.pdf.minFill !== null && r.pdf.minFill < 0.5);
  console.log('\nTOTALS');
  console.log(
    `files ${records.length} | build ok ${built.length} | outputs checked ${checked.length} | check passes ${passed.length}`,
  );
  console.log(
    `standard fields' text share: mean ${percent(mean(readable))} over ${readable.length} readable sources (failed builds count 0), ` +
      `${percent(mean(built.filter((r) => r.sourceRead)))} over built ones; all characters ${percent(chars(readable, 'found') / (chars(readable) || 1))}; ` +
      `files at ≥95%: ${readable.filter((r) => r.text.share >= 0.95).length}`,
  );
  const all = (list) =>
    list.length ? list.reduce((sum, r) => sum + r.allText.share, 0) / list.length : null;
  const builtReadable = built.filter((r) => r.sourceRead);
  console.log(
    `all text of the sections (JSON Resume's keys and others): mean ${percent(all(builtReadable))} over built ones; ` +
      `files at ≥95%: ${builtReadable.filter((r) => r.allText.share >= 0.95).length} of ${builtReadable.length}`,
  );
  console.log(
    `pdf: ${countBy(withPdf.map((r) => `${r.pdf.pages}p`))
      .map(([k, n]) => `${k} ×${n}`)
      .join(', ')}; ` + `a page before the last under half full: ${earlyBreaks.length}`,
  );
  console.log('failed check findings:');
  for (const [finding, n] of countBy(
    checked.flatMap((r) => r.check.failed.map((f) => f.replace(/\s*\(.*$/, ''))),
  ))
    console.log(`  ${String(n).padStart(4)}  ${finding}`);
  console.log('build errors by kind (files with it):');
  for (const [kind, n] of countBy(
    records.flatMap((r) => [...new Set(r.build.errorLines.map(errorKind))]),
  ).slice(0, 40))
    console.log(`  ${String(n).padStart(4)}  ${kind}`);
  console.log('build warnings by kind (files with it, top 20):');
  for (const [kind, n] of countBy(
    records.flatMap((r) => [...new Set(r.build.warningLines.map(errorKind))]),
  ).slice(0, 20))
    console.log(`  ${String(n).padStart(4)}  ${kind}`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const yaml = yamlParser(options.cli);
  if (!yaml) console.warn('note: no `yaml` package next to the CLI; YAML sources get no text share');
  const files = listSources(options.folder);
  const records = [];
  for (const [i, file] of files.entries()) {
    const record = await measure(file, options, yaml);
    records.push(record);
    const name = relative(options.folder, file) || basename(file);
    console.log(
      `[${String(i + 1).padStart(3)}/${files.length}] ${name}  ${describe(record)}${record.workdir ? `  (${record.workdir})` : ''}`,
    );
    if (options.verbose) {
      for (const line of record.build.errorLines.slice(0, 5)) console.log(`        ${line}`);
      for (const line of record.check?.details.slice(0, 5) ?? []) console.log(`        check ${line}`);
      for (const text of record.text.missing.slice(0, 5)) console.log(`        missing: ${text}`);
    }
  }
  printTotals(records);
  if (options.json) writeFileSync(options.json, JSON.stringify(records, null, 2));
  process.exitCode = records.every((r) => r.build.code === 0 && r.check?.code === 0) ? 0 : 1;
}

await main();
