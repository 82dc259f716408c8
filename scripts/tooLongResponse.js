// The raw HTTP response for a request whose headers (in practice: the link) exceed Node's limit.
// It is written straight to the socket, before SvelteKit sees anything, so it is self-contained.

/** @param {number} limit bytes of request headers Node accepts */
export function tooLongResponse(limit) {
	const kb = Math.round(limit / 1024);
	const body = `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>This link is too long · Liquid or Locked</title>
<main style="max-width:40rem;margin:2rem auto;padding:0 1.25rem;font-family:system-ui,sans-serif">
<h1>This link is too long</h1>
<p>Addresses on this site are at most ${kb} KB. A scenario link is a few hundred characters; this one was probably pasted twice or had text stuck to it.</p>
<p><a href="/">See all articles</a></p>
</main>
</html>
`;
	return [
		'HTTP/1.1 431 Request Header Fields Too Large',
		'Content-Type: text/html; charset=utf-8',
		`Content-Length: ${Buffer.byteLength(body)}`,
		"Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'",
		'X-Content-Type-Options: nosniff',
		'Referrer-Policy: strict-origin-when-cross-origin',
		'Connection: close',
		'',
		body
	].join('\r\n');
}
