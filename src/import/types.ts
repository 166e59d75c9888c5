// The contract every importer keeps: recognise its format, and read it into our résumé without losing a word.
import type { Aliases, DataPath } from '../core/parse.js';
import type { Resume } from '../core/resume-types.js';

export type ImportFormat =
  | 'jsonresume'
  | 'rendercv'
  | 'yamlresume'
  | 'resumake'
  | 'fresh'
  | 'linkedin'
  | 'reactiveresume';

/** What an importer reads: one parsed document (YAML or JSON) with its file name, or a set of files (a LinkedIn
 * export, from its ZIP or its unzipped folder) by their paths inside it. */
export type ImportInput =
  | { kind: 'document'; name: string; data: unknown }
  | { kind: 'files'; name: string; files: ReadonlyMap<string, Uint8Array> };

/** Something of the source this format has no place for, kept for the YAML writer to comment out under the
 * entry it came from (`at` is that entry's path in our résumé; [] for the top). */
export interface LeftOver {
  at: DataPath;
  key: string;
  value: unknown;
}

/** One line for the user per kind of thing: what was guessed, moved or left out, and how often. */
export interface ImportNote {
  topic: string;
  message: string;
}

/** Something of the source that a build reading it directly does not honour, said at its path in the source. */
export interface SourceWarning {
  path: DataPath;
  message: string;
}

export interface ImportResult {
  resume: Resume;
  notes: ImportNote[];
  leftOver: LeftOver[];
  /** Where the résumé's values were written in the source (our path → the source's), for a build that reads
   * the file directly to point its messages at the source's keys; a path not here is found under its parent's. */
  sources?: Aliases;
  /** A setting of the source read but not honoured, for a build that reads it directly (import notes it). */
  warnings?: SourceWarning[];
}

export interface Importer {
  format: ImportFormat;
  /** What the format is, for messages: "a RenderCV file". */
  describe: string;
  /** What it reads: a parsed document, or a set of files (an export). */
  reads: ImportInput['kind'];
  detect(input: ImportInput): boolean;
  /** `locale`: the language the source is written in, for the words the importer writes itself (a label);
   * English unless given. */
  read(input: ImportInput, locale?: string): ImportResult;
}
