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

/**
 * A share as a percentage to a fixed tenth, so a table's column lines up: 0.2963 -> "29.6 %",
 * 0.05 -> "5.0 %"; below 0.1 % to three decimals, 0.00042 -> "0.042 %".
 */
export function formatShareFixed(share: number): string {
	const percent = 100 * share;
	const digits = percent !== 0 && Math.abs(percent) < 0.1 ? 3 : 1;
	return `${percent.toFixed(digits)} %`;
}
