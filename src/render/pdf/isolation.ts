// What keeps a printed page from reaching anything, whatever its HTML does (a user's theme, a JSON Resume theme's
// page): two layers that do not depend on each other or on the theme.
// 1. The browser process has no route out: every connection goes to a proxy whose host name cannot be resolved,
//    loopback included (Chromium bypasses the proxy for loopback unless told not to), and every host name
//    resolves to nothing. Prefetch, prerender and preconnect, which the page-level interception does not see,
//    end there.
// 2. The page itself carries a Content-Security-Policy that the printer puts first in its <head>: nothing but
//    inline styles and data: URLs loads, and no script runs.
// The printer also refuses, through the protocol, every request it sees (see browser.ts), and disables scripts.

/** The launch flags of layer 1. */
export const NO_NETWORK_ARGS = [
  // `.invalid` never resolves (RFC 2606), and the rule below makes sure of it: no socket is ever opened.
  '--proxy-server=http://no-network.invalid:9',
  '--proxy-bypass-list=<-loopback>',
  '--host-resolver-rules=MAP * ~NOTFOUND',
  // WebRTC sends UDP outside the proxy; scripts are off, and this closes that way too.
  '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
  '--webrtc-ip-handling-policy=disable_non_proxied_udp',
  '--no-pings',
];

/** Layer 2. `base-uri` and `form-action` do not fall back to default-src, so they are named. */
export const PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline' data:; font-src data:; img-src data:; base-uri 'none'; form-action 'none'";

const policyMeta = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy}">`;

/** The page with the policy as the first thing its parser meets after the doctype: before any element of the
 * theme's, so it governs all of them (a <meta> policy covers only what comes after it). A page without a doctype
 * gets it at the very start (such a page is in quirks mode either way). Linear, whatever the HTML. */
export function withPagePolicy(html: string, policy = PAGE_POLICY): string {
  const at = afterDoctype(html);
  return `${html.slice(0, at)}${policyMeta(policy)}${html.slice(at)}`;
}

/** Where the printer serves the fonts a page inlines (see forPrinting): a host that never resolves, answered by
 * the printer itself through the protocol, never by a network. */
export const FONT_ORIGIN = 'https://fonts.resume.invalid';

/** The printed page's policy: the page policy, and fonts from FONT_ORIGIN. */
export const PRINT_POLICY = PAGE_POLICY.replace('font-src data:', `font-src data: ${FONT_ORIGIN}`);

const INLINED_FONT = /url\(data:(font\/(?:woff2|woff|ttf|otf));base64,([A-Za-z0-9+/]+={0,2})\)/g;
const POLICY_TAG = /<meta\b[^>]*\bhttp-equiv\s*=\s*["']?content-security-policy\b[^>]*>/gi;

/**
 * The page as the printer loads it. Each inlined font becomes an address at FONT_ORIGIN that `fontUrl` gives (the
 * same font, the same address): the browser then keeps it, decoded, from one page to the next, which saves a
 * third of the time to load a page of a batch or a watch session. The theme's own policies go (they would refuse
 * that address); the print policy, first, governs the page as the page policy does.
 */
export function forPrinting(html: string, fontUrl: (type: string, base64: string) => string): string {
  const page = html
    .replace(POLICY_TAG, '')
    .replace(INLINED_FONT, (_, type: string, base64: string) => `url(${fontUrl(type, base64)})`);
  const at = afterDoctype(page);
  return `${page.slice(0, at)}${policyMeta(PRINT_POLICY)}${UNSEEN_ON_SCREEN}${page.slice(at)}`;
}

/** The height of the printer's tabs (see browser.ts): under it, the page is not laid out at all. */
export const SCREEN_HEIGHT = 2;

/**
 * A printed page is never seen on its tab's screen, yet the browser would lay it out for it: once when loaded and
 * again after each print, about a third of the browser's work for a page. The tab's screen is SCREEN_HEIGHT
 * pixels high and the page is not drawn there; printed, it is as tall as its paper and drawn in full. The media
 * type could not tell the two apart: a tab is set to print media (or to screen, for a theme that asks).
 */
const UNSEEN_ON_SCREEN = `<style>@media (max-height: ${2 * SCREEN_HEIGHT}px) { :root { display: none !important } }</style>`;

/** The offset just after a leading `<!doctype …>` (after white space and comments), or 0. */
function afterDoctype(html: string): number {
  let i = html.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < html.length && /\s/.test(html[i] as string)) i++;
    if (!html.startsWith('<!--', i)) break;
    const end = html.indexOf('-->', i + 4);
    if (end < 0) return 0;
    i = end + 3;
  }
  if (html.slice(i, i + 9).toLowerCase() !== '<!doctype') return 0;
  const close = html.indexOf('>', i);
  return close < 0 ? 0 : close + 1;
}

/** The address an Audits issue says the page's policy refused, if it is such an issue and names one. */
export function refusedByPolicy(issue: {
  code?: string;
  details?: { contentSecurityPolicyIssueDetails?: { blockedURL?: string } };
}): string | undefined {
  if (issue.code !== 'ContentSecurityPolicyIssue') return undefined;
  const url = issue.details?.contentSecurityPolicyIssueDetails?.blockedURL;
  // An inline script or style refused has no address: nothing was asked of anywhere.
  return url && URL.canParse(url) ? url : undefined;
}
