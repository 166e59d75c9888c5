// What a letter takes from the job posting it answers: its title and company, read by the one posting reader
// `resume match` and `build --job` use (src/match/posting.ts), so a posting means the same to all of them. Pure.
import { readPosting } from '../match/index.js';

export interface PostingHeadline {
  /** The posting's file as the letter or --job names it, for messages. */
  file: string;
  title?: string;
  company?: string;
}

/** The posting's title and company, where it gives them. Throws the reader's UserError for a posting it cannot
 * read (no text, broken JSON). */
export function postingHeadline(text: string, file: string): PostingHeadline {
  const { title, company } = readPosting(text, file);
  return { file, ...(title ? { title } : {}), ...(company ? { company } : {}) };
}
