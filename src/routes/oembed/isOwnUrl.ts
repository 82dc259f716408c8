const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether `target` is an address of this site as reached at `site`: the same host and port, or,
 * for a site on this machine, any of the loopback names on the same port (a link copied from
 * `localhost` asked about at `127.0.0.1`). The site's public name comes from ORIGIN, which `site`
 * already carries when it is set.
 */
export function isOwnUrl(target: URL, site: URL): boolean {
	if (target.protocol !== 'http:' && target.protocol !== 'https:') return false;
	if (target.host === site.host) return true;
	return target.port === site.port && LOOPBACK.has(target.hostname) && LOOPBACK.has(site.hostname);
}
