// Reactive Resume's header as our basics: its headline is our label, its summary section our summary, its
// profiles section our profiles; a custom field that is a link becomes a profile, any other is kept as a comment.
import type { Basics } from '../../core/resume-types.js';
import type { Report } from '../report.js';
import type { Sources } from '../sources.js';
import { email, isRecord, type Json, link, text } from '../values.js';
import { address, HIDDEN, markdownOf } from './items.js';

const CUSTOM_FIELDS = 'custom fields with no place here (dates of birth, nationality, …)';

export function readBasics(basics: Json, sections: Json, report: Report, sources: Sources): Basics {
  const summary = isRecord(sections.summary) ? sections.summary : {};
  const profiles = [...profilesOf(sections, report, sources), ...customFields(basics, report, sources)];
  const out: Basics = {
    name: text(basics.name) ?? '',
    label: text(basics.headline),
    email: email(basics.email),
    phone: text(basics.phone),
    url: address(basics, ['basics'], report),
    // One free text ("Berlin, Germany"): ours prints the city as it is.
    location: text(basics.location) ? { city: text(basics.location) as string } : undefined,
    summary: summary.visible === false ? undefined : markdownOf(summary.content, ['basics'], report),
    profiles: profiles.length ? profiles : undefined,
  } as Basics;
  sources.mark(out, ['basics'], {
    label: ['basics', 'headline'],
    url: ['basics', 'url', 'href'],
    summary: ['sections', 'summary', 'content'],
    profiles: ['sections', 'profiles', 'items'],
  });
  if (out.location) sources.mark(out.location, ['basics', 'location']);
  if (text(basics.email) && !out.email) report.keep(['basics'], 'email', basics.email);
  if (summary.visible === false && text(summary.content))
    report.keep(['basics'], 'summary', summary.content, HIDDEN);
  const picture = isRecord(basics.picture) ? basics.picture : {};
  const effects = isRecord(picture.effects) ? picture.effects : {};
  if (text(picture.url) && effects.hidden !== true)
    report.keep(
      ['basics'],
      'picture',
      picture.url,
      'photos by address: save the photo beside the résumé and name it in basics.image',
    );
  return out;
}

type Profile = NonNullable<Basics['profiles']>[number];

function profilesOf(sections: Json, report: Report, sources: Sources): Profile[] {
  const section = isRecord(sections.profiles) ? sections.profiles : {};
  const items = Array.isArray(section.items) ? section.items.filter(isRecord) : [];
  const shown = items.filter((p) => section.visible !== false && p.visible !== false);
  for (const p of items.filter((p) => !shown.includes(p)))
    report.keep(['basics'], 'profile', [p.network, p.username].map(text).filter(Boolean).join(' '), HIDDEN);
  return shown.map((p) => {
    const url = address(p, ['basics', 'profiles'], report);
    const profile = { network: text(p.network), username: text(p.username), url } as Profile;
    const from = ['sections', 'profiles', 'items', (section.items as unknown[]).indexOf(p)];
    sources.mark(profile, from, { url: [...from, 'url', 'href'] });
    return profile;
  });
}

/** Custom fields (an icon, a name, a value; version 5: an icon, a text, a link): a link is a profile named by the
 * field (else by its icon). */
function customFields(basics: Json, report: Report, sources: Sources): Profile[] {
  const fields = Array.isArray(basics.customFields) ? basics.customFields : [];
  return fields.flatMap((f, i): Profile[] => {
    if (!isRecord(f)) return [];
    const value = text(f.value) ?? text(f.text);
    const url = link(f.link)?.url ?? link(value)?.url;
    const network = text(f.name) ?? (value && !link(value) ? value : undefined) ?? iconName(f.icon);
    const from = ['basics', 'customFields', i];
    const at = (key: string) => [...from, key];
    const profile = { network, url } as Profile;
    sources.mark(profile, from, { url: at(link(f.link) ? 'link' : text(f.value) ? 'value' : 'text') });
    if (url && network) return [profile];
    if (value) report.keep(['basics'], text(f.name) ?? 'custom field', value, CUSTOM_FIELDS);
    return [];
  });
}

/** An icon's name as a network's ("linkedin-logo": Linkedin). */
function iconName(icon: unknown): string | undefined {
  const name = text(icon)?.replace(/-(logo|fill|bold)$/, '');
  return name && name.charAt(0).toUpperCase() + name.slice(1);
}
