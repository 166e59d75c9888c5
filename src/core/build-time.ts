// The time a build says it was made: in a PDF's dates, a letter's default date and a tailored build's manifest.
// SOURCE_DATE_EPOCH, the variable reproducible builds agree on (reproducible-builds.org), pins it: two builds of
// one résumé then give the same bytes in every format.
import { UsageError } from '../errors.js';

/** SOURCE_DATE_EPOCH as a time, when it is set (seconds since 1970-01-01 UTC, a whole number). */
export function pinnedTime(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const value = env.SOURCE_DATE_EPOCH;
  if (value === undefined || value === '') return undefined;
  const seconds = /^\d{1,11}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isSafeInteger(seconds) || seconds > MAX_SECONDS)
    throw new UsageError(
      `SOURCE_DATE_EPOCH=${JSON.stringify(value).slice(0, 40)}: give the build time as whole seconds since 1970-01-01 UTC (date +%s), or unset it`,
    );
  return new Date(seconds * 1000);
}

/** The build's time: SOURCE_DATE_EPOCH's when it is set, else now. */
export function buildTime(env: NodeJS.ProcessEnv = process.env): Date {
  return pinnedTime(env) ?? new Date();
}

/** 9999-12-31T23:59:59Z: a PDF date has four digits of year. */
const MAX_SECONDS = 253402300799;
