import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import schema from '../../schema/resume.schema.json' with { type: 'json' };
import setup from './ajv-setup.json' with { type: 'json' };
import type { Resume } from './resume-types.js';

// The bundled CLI replaces this module with the same validator precompiled from the same ajv-setup.json
// (scripts/build.mjs), so a run never pays for compiling the schema.
const ajv = new Ajv2020.default(setup.options);
addFormats.default(ajv, setup.formats as addFormats.FormatName[]);

export const validateSchema = ajv.compile<Resume>(schema);
