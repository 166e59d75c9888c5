// Profile.csv (13 columns now, 15 in 2018 with Contact Instructions and Country), Profile Summary.csv, and the
// e-mail and phone tables, as our basics. Websites and Twitter handles become profiles.
import type { Basics } from '../../core/resume-types.js';
import { countryCode } from '../countries.js';
import { networkOf } from '../networks.js';
import type { Report } from '../report.js';
import { email, link } from '../values.js';
import { paragraphs } from './description.js';
import { column, type Tables } from './tables.js';

const PROFILE_COLUMNS = [
  'First Name',
  'Last Name',
  'Maiden Name',
  'Address',
  'Birth Date',
  'Contact Instructions',
  'Headline',
  'Summary',
  'Industry',
  'Country',
  'Zip Code',
  'Geo Location',
  'Twitter Handles',
  'Websites',
  'Instant Messengers',
];
const PERSONAL = 'personal details kept as comments (birth date, address, messengers …)';
const SPARE = 'second e-mail addresses and phone numbers, kept as comments';

export function readBasics(tables: Tables, report: Report): Basics {
  const p = tables.profile?.[0] ?? {};
  const name = [column(p, 'First Name'), column(p, 'Last Name')].filter(Boolean).join(' ');
  const basics: Basics = { name };
  basics.label = column(p, 'Headline');
  const summary = column(p, 'Summary') ?? column(tables.summary?.[0] ?? {}, 'Profile Summary');
  if (summary) basics.summary = paragraphs(summary);
  const country = column(p, 'Country');
  const code = country ? countryCode(country) : undefined;
  const place = geoLocation(column(p, 'Geo Location'));
  const location = { ...place, postalCode: column(p, 'Zip Code'), countryCode: code ?? place.countryCode };
  if (Object.values(location).some(Boolean)) basics.location = location;
  if (country && !code)
    report.keep(['basics'], 'Country', country, 'countries with no code we know, kept as comments');
  for (const key of [
    'Maiden Name',
    'Address',
    'Birth Date',
    'Contact Instructions',
    'Industry',
    'Instant Messengers',
  ])
    if (column(p, key)) report.keep(['basics'], key, column(p, key), PERSONAL);
  for (const [key, value] of Object.entries(p))
    if (!PROFILE_COLUMNS.includes(key) && value.trim()) report.keep(['basics'], key, value.trim());
  readContacts(basics, tables, report);
  const profiles = [...websites(column(p, 'Websites'), report), ...twitter(column(p, 'Twitter Handles'))];
  if (profiles.length) basics.profiles = profiles;
  return basics;
}

/** "Madrid, Comunidad de Madrid, España" as its city, region and country, where its last part is a country (in
 * the member's language); else the whole as the city ("Greater Boston Area"). */
function geoLocation(written: string | undefined): { city?: string; region?: string; countryCode?: string } {
  const parts = (written ?? '').split(',').map((part) => part.trim());
  const code = parts.length > 1 ? countryCode(parts.at(-1) ?? '') : undefined;
  if (!code) return { city: written };
  const region = parts.slice(1, -1).join(', ');
  return { city: parts[0], ...(region ? { region } : {}), countryCode: code };
}

function readContacts(basics: Basics, tables: Tables, report: Report): void {
  const mails = (tables.emails ?? []).filter((r) => email(column(r, 'Email Address')));
  const primary = mails.find((r) => /^yes$/i.test(column(r, 'Primary') ?? '')) ?? mails[0];
  if (primary) basics.email = email(column(primary, 'Email Address'));
  for (const r of mails)
    if (r !== primary) report.keep(['basics'], 'email', column(r, 'Email Address'), SPARE);
  const phones = (tables.phones ?? []).filter((r) => column(r, 'Number'));
  const mobile = phones.find((r) => /mobile/i.test(column(r, 'Type') ?? '')) ?? phones[0];
  if (mobile)
    basics.phone = [column(mobile, 'Number'), column(mobile, 'Extension')].filter(Boolean).join(' ext. ');
  for (const r of phones) if (r !== mobile) report.keep(['basics'], 'phone', column(r, 'Number'), SPARE);
}

/** "[PERSONAL:https://a.dev,COMPANY:https://b.com]" (now) or "PORTFOLIO:http://a, PORTFOLIO:http://b" (2018). */
function websites(value: string | undefined, report: Report): NonNullable<Basics['profiles']> {
  const out: NonNullable<Basics['profiles']> = [];
  for (const part of (value ?? '').replace(/^\[|\]$/g, '').split(/,\s*(?=[A-Z_]+:|https?:)/)) {
    const m = /^\s*(?:([A-Z_]+):)?\s*(\S.*?)\s*$/.exec(part);
    if (!m) continue;
    const url = link(m[2])?.url;
    const kind = (m[1] ?? 'Website').toLowerCase().replace(/_/g, ' ');
    // The site's own name where the address is a known network's ("OTHER:https://github.com/me": GitHub).
    const known = url ? networkOf(url) : undefined;
    if (url) out.push({ network: kind.charAt(0).toUpperCase() + kind.slice(1), ...known, url });
    else report.keep(['basics'], 'Websites', part.trim());
  }
  return out;
}

function twitter(value: string | undefined): NonNullable<Basics['profiles']> {
  return (value ?? '')
    .replace(/^\[|\]$/g, '')
    .split(',')
    .map((h) => h.trim().replace(/^@/, ''))
    .filter(Boolean)
    .map((h) => ({ network: 'Twitter', username: h, url: `https://twitter.com/${h}` }));
}
