const suffixes: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, B: 1e9, G: 1e9, T: 1e12 };

/**
 * Reads a number as people write it in links and fields: `40M`, `100k`, `1.5B`, `1,000`, `2e6`.
 * Returns NaN for anything else.
 */
export function parseSI(text: string): number {
	const trimmed = text.trim().replace(/[,_\s]/g, '');
	const match = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)([kKMBGT]?)$/i.exec(trimmed);
	if (!match) return NaN;
	const [, digits, suffix] = match;
	const scale = suffix ? (suffixes[suffix] ?? suffixes[suffix.toUpperCase()]) : 1;
	return Number(digits) * scale;
}

/** The shortest exact SI form of a number: 40000000 -> `40M`, 150000 -> `150k`, 0.3 -> `0.3`. */
export function formatSI(value: number): string {
	if (!Number.isFinite(value)) return String(value);
	const abs = Math.abs(value);
	for (const [suffix, scale] of [
		['T', 1e12],
		['B', 1e9],
		['M', 1e6],
		['k', 1e3]
	] as const) {
		if (abs >= scale) {
			const scaled = value / scale;
			const text = String(Number(scaled.toPrecision(15)));
			if (parseSI(text + suffix) === value) return text + suffix;
		}
	}
	return String(value);
}
