import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import schema from '../../schema/resume.schema.json' with { type: 'json' };

// Compiled once per process: every variant of a build reuses it.
const ajv = new Ajv2020.default({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv, ['email', 'uri']);

export const validateSchema = ajv.compile(schema);
