/** Query parameters that only track where a click came from; they never change which article a URL names. */
const TRACKING_PARAMETER = /^(?:utm_.*|fbclid|gclid|mc_cid|mc_eid)$/i;

/**
 * An article's identity: its URL without the fragment and tracking parameters (`utm_*`, `fbclid`, `gclid`),
 * with the host in lower case and no default port (as the URL parser writes it). Adding the same article
 * again, from a feed or a shared link, finds the same identity and updates the file instead of duplicating it.
 */
export function normaliseUrl(raw: string): string {
  const url = new URL(raw);
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMETER.test(name)) url.searchParams.delete(name);
  }
  // URLSearchParams leaves a bare "?" when the last parameter goes.
  return url.href.replace(/\?$/, '');
}
