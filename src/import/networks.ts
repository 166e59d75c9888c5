// The networks people link to from a résumé, and where each one's profiles live: an address read back as its
// network ("https://github.com/me": GitHub, me), and a user name written as its address (RenderCV's table).

/** Where each network's profile lives (a user name follows); Mastodon is @user@domain, on any server. */
export const PROFILE_URLS: Readonly<Record<string, string>> = {
  LinkedIn: 'https://linkedin.com/in/',
  GitHub: 'https://github.com/',
  GitLab: 'https://gitlab.com/',
  IMDB: 'https://imdb.com/name/',
  Instagram: 'https://instagram.com/',
  ORCID: 'https://orcid.org/',
  StackOverflow: 'https://stackoverflow.com/users/',
  ResearchGate: 'https://researchgate.net/profile/',
  YouTube: 'https://youtube.com/@',
  'Google Scholar': 'https://scholar.google.com/citations?user=',
  Telegram: 'https://t.me/',
  WhatsApp: 'https://wa.me/',
  Leetcode: 'https://leetcode.com/u/',
  X: 'https://x.com/',
  Twitter: 'https://twitter.com/',
  Bluesky: 'https://bsky.app/profile/',
  Reddit: 'https://reddit.com/user/',
};

/** Hosts besides those of PROFILE_URLS, by the network's name. */
const OTHER_HOSTS: Readonly<Record<string, string>> = {
  'stackexchange.com': 'StackOverflow',
  'medium.com': 'Medium',
  'dev.to': 'DEV',
  'behance.net': 'Behance',
  'dribbble.com': 'Dribbble',
  'facebook.com': 'Facebook',
  'xing.com': 'XING',
  'kaggle.com': 'Kaggle',
  'codeberg.org': 'Codeberg',
  'bitbucket.org': 'Bitbucket',
  'hashnode.com': 'Hashnode',
  'tiktok.com': 'TikTok',
  'threads.net': 'Threads',
};

/** Mastodon servers, by the names most take (the network has thousands): a profile there is /@user. */
const MASTODON =
  /(^|\.)(mastodon\.[a-z.]+|mstdn\.[a-z.]+|fosstodon\.org|hachyderm\.io|mas\.to|[a-z0-9-]+\.social)$/;

let byHost: Map<string, string> | undefined;

function hosts(): Map<string, string> {
  byHost ??= new Map([
    ...Object.entries(PROFILE_URLS).map(([network, url]) => [new URL(url).hostname, network] as const),
    ...Object.entries(OTHER_HOSTS),
  ]);
  return byHost;
}

/** The network an address is a profile on, and the user name in it where the address is the profile's own page
 * ("https://github.com/me"); undefined for any other site. */
export function networkOf(url: string): { network: string; username?: string } | undefined {
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    return undefined;
  }
  const host = address.hostname.toLowerCase().replace(/^(www|m|mobile)\./, '');
  const network = hosts().get(host) ?? hosts().get(host.split('.').slice(-2).join('.'));
  const path = address.pathname.replace(/\/+$/, '');
  if (!network) {
    // A Mastodon profile: https://server/@user.
    const mastodon = MASTODON.test(host) ? /^\/@([\w.]+)$/.exec(path) : null;
    return mastodon ? { network: 'Mastodon', username: `@${mastodon[1]}@${host}` } : undefined;
  }
  const own = PROFILE_URLS[network];
  const prefix = own ? new URL(own).pathname.replace(/@$/, '') : '/';
  const rest = path.startsWith(prefix.replace(/\/$/, '')) ? path.slice(prefix.replace(/\/$/, '').length) : '';
  const username = /^\/@?([\w.-]+)$/.exec(rest)?.[1];
  return username && !own?.includes('?') ? { network, username } : { network };
}
