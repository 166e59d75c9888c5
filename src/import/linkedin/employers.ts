// LinkedIn's export lists each role as a position of its own, the company repeated (newest first); its profile page
// shows the roles under one employer. Consecutive roles at one company are read as one employer with its roles
// (our `positions`), dated from its first role's start to its last role's end.

type Entry = Record<string, unknown>;

/** The fields of a job that belong to the role, not the employer. */
const ROLE_FIELDS = ['position', 'location', 'startDate', 'endDate', 'summary', 'highlights'] as const;

const companyOf = (entry: Entry) =>
  String(entry.name ?? '')
    .trim()
    .toLowerCase();

/** Whether `job` is another role at the employer `last` (the entry before it). */
export function sameEmployer(last: Entry | undefined, job: Entry): last is Entry {
  return last !== undefined && companyOf(job) !== '' && companyOf(last) === companyOf(job);
}

/** Adds `job` to `employer` as a role (the employer's own first role made one first), and dates the employer. */
export function addRole(employer: Entry, job: Entry): void {
  const roles = (employer.positions as Entry[] | undefined) ?? [roleOf(employer)];
  for (const field of ROLE_FIELDS) delete employer[field];
  roles.push(roleOf(job));
  employer.positions = roles;
  const starts = roles.map((r) => r.startDate).filter((d): d is string => typeof d === 'string');
  const ends = roles.map((r) => r.endDate);
  if (starts.length) employer.startDate = starts.sort()[0];
  // A role with no end is a current one: so is the employer.
  if (ends.every((d): d is string => typeof d === 'string')) employer.endDate = ends.sort().at(-1);
}

function roleOf(job: Entry): Entry {
  return Object.fromEntries(ROLE_FIELDS.filter((f) => job[f] !== undefined).map((f) => [f, job[f]]));
}
