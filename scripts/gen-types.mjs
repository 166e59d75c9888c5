// Generates src/core/resume-types.ts from schema/resume.schema.json, so the types cannot drift from the schema.
// The types describe the résumé as every stage after load sees it: load resolves a text given per language
// ({ en: …, de: … }) to the language being built, so where the schema takes text or a map by language, the
// types say string.
// `node scripts/gen-types.mjs --check` exits 1 when the committed file is stale (run by the tests).
import { readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';

const root = new URL('..', import.meta.url);
const schemaPath = new URL('schema/resume.schema.json', root);
const outPath = new URL('src/core/resume-types.ts', root);

export async function generateTypes() {
  const schema = resolvedVariant(JSON.parse(readFileSync(schemaPath, 'utf8')));
  return compile(schema, 'Resume', {
    bannerComment:
      '/* Generated from schema/resume.schema.json by `npm run gen:types`. Do not edit by hand. */',
    additionalProperties: false,
    unreachableDefinitions: false,
    style: { singleQuote: true, printWidth: 110 },
  });
}

/** The schema with every "one value or a map by language" definition made the one value. */
function resolvedVariant(schema) {
  const byLanguage = (branch) => branch.$ref?.endsWith('ByLanguage');
  for (const def of Object.values(schema.$defs)) {
    const branches = def.anyOf ?? [];
    if (!branches.some(byLanguage)) continue;
    delete def.anyOf;
    const description = def.description.replace(/; with meta\.languages.*$/, '').replace(/[^.…]$/, '$&.');
    const one = branches.find((b) => !byLanguage(b));
    Object.assign(def, one.$ref ? schema.$defs[one.$ref.split('/').pop()] : one, { description });
  }
  for (const name of Object.keys(schema.$defs)) if (name.endsWith('ByLanguage')) delete schema.$defs[name];
  return schema;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const ts = await generateTypes();
  if (process.argv.includes('--check')) {
    if (readFileSync(outPath, 'utf8') !== ts) {
      console.error('src/core/resume-types.ts is stale: run npm run gen:types');
      process.exit(1);
    }
  } else {
    writeFileSync(outPath, ts);
  }
}
