/** An address with one more query key: `?key=value` or `&key=value`, whichever it needs. */
export function withQueryKey(url: string, key: string, value: string): string {
	const pair = `${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
	return `${url}${url.includes('?') ? '&' : '?'}${pair}`;
}
