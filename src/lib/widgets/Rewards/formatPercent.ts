/** A yearly percentage for labels: 2.6123 -> "2.61 %", 0.04 -> "0.04 %", 12.5 -> "12.5 %". */
export function formatPercent(value: number): string {
	if (!Number.isFinite(value)) return '–';
	return `${Number(value.toPrecision(3))} %`;
}
