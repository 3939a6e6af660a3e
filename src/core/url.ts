/**
 * URL cleaning at capture (docs/post-format.md, rule 9): one clean URL per page, so
 * the same article shared from a newsletter and from social media is one
 * entry, and the published post does not carry someone's tracking ids.
 *
 * The query string is edited as raw text split on `&`, never through
 * URLSearchParams, whose serialisation rewrites `%20` as `+` and re-encodes
 * values: a kept parameter must reach the server byte for byte as it was.
 */

/** Why a string is not a capturable URL; the UI maps each to a localized message. */
export type UrlRefusal = 'empty' | 'invalid' | 'unsupported-scheme' | 'too-long';

export type CleanUrlResult =
  | { ok: true; url: string }
  | { ok: false; reason: 'empty' | 'invalid' | 'too-long' }
  /** `scheme` is the parsed protocol with its colon, e.g. `chrome:`. */
  | { ok: false; reason: 'unsupported-scheme'; scheme: string };

/**
 * Longer than any link a post should print; browsers accept megabytes, which
 * is how a hostile or broken page would bloat the database and the post.
 */
export const MAX_URL_LENGTH = 16_384;

/** Every `utm_*` (Google Analytics campaign tags, used by nearly every newsletter). */
const TRACKING_PREFIXES = ['utm_'];

/**
 * Parameters that only ever identify a click, a campaign or a recipient.
 * Each name is specific to one tracking system, so no site uses it for content.
 * Deliberately NOT here: `ref` (a branch on GitHub, a referral code elsewhere),
 * `ref_url` (a redirect target on login pages), `source`, `from`, `cmpid`,
 * `share`: generic names that some sites need to show the right page.
 */
const TRACKING_PARAMS = new Set([
  // Click ids of ad networks: Facebook, Google Ads (+ iOS variants), Google
  // DoubleClick, Microsoft Ads, Yandex, Twitter/X, TikTok, LinkedIn.
  'fbclid',
  'gclid',
  'gclsrc',
  'gad_source',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  // Google Merchant Center, added to many search-result links since 2023.
  'srsltid',
  // Google Analytics cross-domain linker.
  '_ga',
  '_gl',
  // Instagram share ids.
  'igshid',
  'igsh',
  // Mailchimp campaign and recipient ids.
  'mc_cid',
  'mc_eid',
  // HubSpot email and CTA tracking.
  '_hsenc',
  '_hsmi',
  '__hstc',
  '__hssc',
  '__hsfp',
  'hsctatracking',
  // Marketo, Omeda (Olytics), Vero, Drip, Klaviyo recipient tokens.
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'vero_conv',
  '__s',
  '_kx',
  // Twitter/X embed source (`ref_src=twsrc^tfw`), Adobe Analytics campaign id.
  'ref_src',
  's_cid',
]);

/**
 * Share ids that are tracking only on some sites: `si` on YouTube and Spotify
 * identifies who shared the link; `s` and `t` on Twitter/X are the share
 * source and a share token. Elsewhere these short names can mean anything
 * (`t` is a timestamp on YouTube), so they are removed on these hosts only.
 */
const SITE_TRACKING_PARAMS: ReadonlyArray<{ hosts: string[]; params: Set<string> }> = [
  { hosts: ['youtube.com', 'youtu.be', 'spotify.com'], params: new Set(['si']) },
  { hosts: ['twitter.com', 'x.com'], params: new Set(['s', 't']) },
];

/** The text-fragment directive (`#:~:text=...`) and everything after it. */
const FRAGMENT_DIRECTIVE = ':~:';

/** True for a string that parses as an absolute http(s) URL. */
export function isHttpUrl(s: string): boolean {
  const url = parse(s.trim());
  return url !== null && (url.protocol === 'http:' || url.protocol === 'https:');
}

/**
 * The URL to store for a page: http(s) only, without tracking parameters,
 * text fragments, credentials, or an empty `?` / `#`. Idempotent.
 */
export function cleanUrl(raw: string): CleanUrlResult {
  const input = raw.trim();
  if (input === '') return { ok: false, reason: 'empty' };
  const url = parse(input);
  if (url === null) return { ok: false, reason: 'invalid' };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: 'unsupported-scheme', scheme: url.protocol };
  }
  // `user:password@` would be published in the post; no public link needs it.
  url.username = '';
  url.password = '';
  // The setters drop the `?` or `#` when given an empty string.
  url.search = cleanQuery(url.search, url.hostname);
  url.hash = cleanFragment(url.hash);
  const href = url.href;
  if (href.length > MAX_URL_LENGTH) return { ok: false, reason: 'too-long' };
  return { ok: true, url: href };
}

function parse(s: string): URL | null {
  try {
    return new URL(s);
  } catch {
    return null;
  }
}

/** `search` is `''` or `?...` as URL gives it; returns the same shape. */
function cleanQuery(search: string, hostname: string): string {
  if (search.length <= 1) return '';
  const siteParams = siteTrackingParams(hostname);
  const kept = search
    .slice(1)
    .split('&')
    // An empty pair (`a=1&&b=2`, a trailing `&`) carries nothing; dropping it
    // makes `?a=1&` and `?a=1` the same entry.
    .filter((pair) => pair !== '' && !isTracking(paramName(pair), siteParams));
  return kept.length === 0 ? '' : `?${kept.join('&')}`;
}

/** The parameter's name, decoded and lower-cased, for comparison only. */
function paramName(pair: string): string {
  const eq = pair.indexOf('=');
  let name = eq === -1 ? pair : pair.slice(0, eq);
  try {
    name = decodeURIComponent(name);
  } catch {
    // A malformed escape is compared as written.
  }
  name = name.toLowerCase();
  // Links copied from HTML source or feeds keep `&amp;` as separator, which
  // leaves `amp;utm_source` as the name.
  while (name.startsWith('amp;')) name = name.slice(4);
  return name;
}

function isTracking(name: string, siteParams: ReadonlySet<string>): boolean {
  return (
    TRACKING_PARAMS.has(name) ||
    siteParams.has(name) ||
    TRACKING_PREFIXES.some((prefix) => name.startsWith(prefix))
  );
}

function siteTrackingParams(hostname: string): ReadonlySet<string> {
  const names = new Set<string>();
  for (const rule of SITE_TRACKING_PARAMS) {
    if (rule.hosts.some((host) => hostname === host || hostname.endsWith(`.${host}`))) {
      for (const p of rule.params) names.add(p);
    }
  }
  return names;
}

/** `hash` is `''` or `#...`; keeps the anchor, drops the directive. */
function cleanFragment(hash: string): string {
  const directive = hash.indexOf(FRAGMENT_DIRECTIVE);
  const fragment = directive === -1 ? hash : hash.slice(0, directive);
  return fragment.length <= 1 ? '' : fragment;
}
