/** A share of all stake as a percentage: 0.1 -> "10 %", 1/3 -> "33.3 %". */
export function formatShare(share: number): string {
	return `${Number((share * 100).toPrecision(3))} %`;
}
