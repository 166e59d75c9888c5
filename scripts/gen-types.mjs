// Generates src/core/resume-types.ts from schema/resume.schema.json, so the types cannot drift from the schema.
// `node scripts/gen-types.mjs --check` exits 1 when the committed file is stale (run by the tests).
import { readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';

const root = new URL('..', import.meta.url);
const schemaPath = new URL('schema/resume.schema.json', root);
const outPath = new URL('src/core/resume-types.ts', root);

export async function generateTypes() {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  return compile(schema, 'Resume', {
    bannerComment:
      '/* Generated from schema/resume.schema.json by `npm run gen:types`. Do not edit by hand. */',
    additionalProperties: false,
    unreachableDefinitions: false,
    style: { singleQuote: true, printWidth: 110 },
  });
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
