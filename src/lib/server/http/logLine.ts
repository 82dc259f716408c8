const MAX_PATH = 200;

/** One short log line for a request that failed on the client's side: no stack, bounded length. */
export function clientErrorLine(status: number, method: string, url: URL, message: string): string {
	const path = url.pathname + url.search;
	const shown =
		path.length > MAX_PATH ? `${path.slice(0, MAX_PATH)}… (${path.length} chars)` : path;
	return `[${status}] ${method} ${shown}: ${message}`;
}
