import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Resume } from '../../src/core/resume-types.js';
import { readPosting } from '../../src/match/index.js';
import { root } from '../helpers.js';

export const postings = join(root, 'test', 'fixtures', 'postings');

/** A fixture posting, read as `resume match --job` would hand it over. */
export const posting = (name: string) => readPosting(readFileSync(join(postings, name), 'utf8'), name);

/** The made-up résumé the match tests use (a fresh copy each time). */
export const testResume = (): Resume => parse(readFileSync(join(postings, 'resume.yaml'), 'utf8')) as Resume;
