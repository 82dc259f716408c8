/**
 * A download's file name from the widget and its canonical query, safe on every file system:
 * `leverage_v-1_delegated-40M.csv` for `v=1&delegated=40M`.
 */
export function exportFilename(slug: string, query: string, extension: string): string {
	const scenario = new URLSearchParams(query);
	const parts = [...scenario].map(([key, value]) => `${key}-${value}`);
	const name = [slug, ...parts].join('_').replace(/[^\w.-]+/g, '');
	return `${name}.${extension}`;
}
