/** A percentage already in percent, for labels: 2.6123 -> "2.61 %", 0.04 -> "0.04 %", 12.5 -> "12.5 %". */
export function formatPercent(value: number): string {
	if (!Number.isFinite(value)) return '–';
	return `${Number(value.toPrecision(3))} %`;
}

/**
 * A share (a fraction of 1) as a percentage to `significant` digits: 0.1 -> "10 %",
 * 1/3 -> "33.3 %"; with 2 digits, 0.052 -> "5.2 %" and 0.00049 -> "0.049 %".
 */
export function formatShare(share: number, significant = 3): string {
	return `${Number((share * 100).toPrecision(significant))} %`;
}
