// RenderCV's header (the keys of `cv` beside `sections`) as our basics: name, headline, contacts, links.
import type { Basics } from '../../core/resume-types.js';
import { networkOf, PROFILE_URLS } from '../networks.js';
import type { Report } from '../report.js';
import type { Sources } from '../sources.js';
import { email, isRecord, type Json, link, text, texts } from '../values.js';
import { headerFields } from './sources.js';

const HEADER_KEYS = new Set(['name', 'headline', 'label', 'location', 'email', 'phone', 'website', 'photo']);
const ELSEWHERE = new Set(['sections', 'social_networks', 'custom_connections', 'design', 'summary']);

export function readHeader(cv: Json, report: Report, sources: Sources): Basics {
  const basics: Basics = { name: text(cv.name) ?? '' };
  sources.mark(basics, ['cv'], headerFields(cv));
  const label = text(cv.headline) ?? text(cv.label);
  if (label) basics.label = label;
  if (text(cv.headline) && text(cv.label)) report.keep(['basics'], 'label', cv.label);
  const location = text(cv.location);
  if (location) basics.location = { city: location };
  const [mail, ...mails] = texts(cv.email);
  if (email(mail)) basics.email = email(mail);
  else if (mail) report.keep(['basics'], 'email', mail);
  if (mails.length)
    report.keep(['basics'], 'email', mails, 'second e-mail addresses and phone numbers, kept as comments');
  const [phone, ...phones] = texts(cv.phone).map((p) => p.replace(/^tel:/i, ''));
  if (phone) basics.phone = phone;
  if (phones.length)
    report.keep(['basics'], 'phone', phones, 'second e-mail addresses and phone numbers, kept as comments');
  const [site, ...sites] = texts(cv.website);
  if (link(site)) basics.url = link(site)?.url;
  else if (site) report.keep(['basics'], 'website', site);
  const photo = text(cv.photo);
  if (photo && !/^https?:/i.test(photo)) basics.image = photo;
  else if (photo)
    report.keep(
      ['basics'],
      'photo',
      photo,
      'photos given as a web address (ours is a file next to the résumé)',
    );
  const summary = text(cv.summary);
  if (summary) basics.summary = summary;
  const websites = sites.flatMap((s, i) => {
    const url = link(s)?.url;
    if (!url) report.keep(['basics'], 'website', s);
    const profile = { network: (url && networkOf(url)?.network) ?? 'Website', url };
    if (url) sources.mark(profile, ['cv', 'website', i + 1]);
    return url ? [profile] : [];
  });
  const profiles = [...websites, ...readProfiles(cv, report, sources)];
  if (profiles.length) basics.profiles = profiles;
  for (const [key, value] of Object.entries(cv))
    if (!HEADER_KEYS.has(key) && !ELSEWHERE.has(key)) report.keep(['basics'], key, value);
  return basics;
}

function readProfiles(cv: Json, report: Report, sources: Sources): NonNullable<Basics['profiles']> {
  const profiles: NonNullable<Basics['profiles']> = [];
  for (const [i, entry] of (Array.isArray(cv.social_networks) ? cv.social_networks : []).entries()) {
    const network = isRecord(entry) ? text(entry.network) : undefined;
    const username = isRecord(entry) ? text(entry.username) : undefined;
    if (!network || !username) {
      report.keep(['basics'], 'social_networks', entry);
      continue;
    }
    const mastodon = /^@([^@]+)@(.+)$/.exec(username);
    const url =
      network === 'Mastodon' && mastodon
        ? `https://${mastodon[2]}/@${mastodon[1]}`
        : PROFILE_URLS[network] && `${PROFILE_URLS[network]}${username}`;
    const from = ['cv', 'social_networks', i];
    const profile = { network, username, ...(url && link(url) ? { url } : {}) };
    sources.mark(profile, from, { url: [...from, 'username'] });
    profiles.push(profile);
  }
  // custom_connections (RenderCV 2.5): a text, a link and an icon we do not draw.
  for (const [i, entry] of (Array.isArray(cv.custom_connections) ? cv.custom_connections : []).entries()) {
    const network = isRecord(entry) ? text(entry.placeholder) : undefined;
    if (!network) {
      report.keep(['basics'], 'custom_connections', entry);
      continue;
    }
    const url = isRecord(entry) ? link(entry.url)?.url : undefined;
    const from = ['cv', 'custom_connections', i];
    const profile = { network, ...(url ? { url } : {}) };
    sources.mark(profile, from, { network: [...from, 'placeholder'] });
    profiles.push(profile);
  }
  return profiles;
}
