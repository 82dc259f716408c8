/** A fraction of all stake as a percentage: 0.2963 → "29.6 %", tiny values with more digits. */
export function formatShare(fraction: number): string {
	const percent = 100 * fraction;
	const digits = percent !== 0 && Math.abs(percent) < 0.1 ? 3 : 1;
	return `${percent.toFixed(digits)} %`;
}
