import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import schema from '../../schema/theme.schema.json' with { type: 'json' };
import setup from '../core/ajv-setup.json' with { type: 'json' };

// Like core/schema-validator.ts, the bundled CLI replaces this module with the validator precompiled from the
// same schema and setup (scripts/build.mjs).
const ajv = new Ajv2020.default(setup.options);
addFormats.default(ajv, setup.formats as addFormats.FormatName[]);

export const validateTheme = ajv.compile(schema);
