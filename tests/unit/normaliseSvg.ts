/**
 * Server-rendered widget markup made stable for a snapshot, as Plot's `plot-snapshot.js` does:
 * hydration comments and Svelte's `svelte-xxxx` class hashes removed, every decimal number
 * rounded to 3 places, one tag per line. JSON data blocks (the operators game as the server drew
 * it, for the browser to start from) are data, not markup: servedFrame.test.ts checks them.
 */
export function normaliseSvg(markup: string): string {
	return markup
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<script type="application\/json"[^>]*>[\s\S]*?<\/script>/g, '')
		.replace(/\s*\bsvelte-[a-z0-9]+\b/g, '')
		.replace(/\sclass=""/g, '')
		.replace(/(?<![\d.])-?\d+(?:\.\d+e[+-]?\d+|e[+-]?\d+|\.\d+)/gi, (n) =>
			String(Number(Number(n).toFixed(3)))
		)
		.replace(/>\s*</g, '>\n<')
		.trim()
		.concat('\n');
}
