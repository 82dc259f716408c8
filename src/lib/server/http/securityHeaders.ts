/** Only embeds may sit in another site's iframe; every other page only in this site's own. */
export function frameAncestors(pathname: string): string {
	return pathname === '/embed' || pathname.startsWith('/embed/') ? '*' : "'self'";
}

/**
 * Adds the headers every dynamic response carries. The page policy itself (scripts by hash, the
 * worker, styles, images) comes from `kit.csp` in svelte.config.js; `frame-ancestors` is added here
 * because it differs by route and only works as a header. HSTS belongs where TLS ends (README).
 */
export function addSecurityHeaders(pathname: string, headers: Headers): void {
	headers.set('x-content-type-options', 'nosniff');
	headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	const policy = headers.get('content-security-policy');
	const framing = `frame-ancestors ${frameAncestors(pathname)}`;
	headers.set(
		'content-security-policy',
		policy ? `${policy.replace(/;?\s*$/, '')}; ${framing}` : framing
	);
}
