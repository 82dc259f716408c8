/** A count with thousands separators, as the articles write it: 1,234. */
export function formatCount(count: number): string {
	return count.toLocaleString('en');
}

/** A number of pools as the subject of a sentence: "no pool is", "one pool is", "1,234 pools are". */
export function poolsAre(count: number): string {
	if (count === 0) return 'no pool is';
	if (count === 1) return 'one pool is';
	return `${formatCount(count)} pools are`;
}
