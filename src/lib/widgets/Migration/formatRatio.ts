/** A multiple of the saturation point: 1.2634 -> "1.26×", 4 -> "4×". */
export function formatRatio(ratio: number): string {
	return `${Number(ratio.toPrecision(3))}×`;
}

/** A share of all stake as a percentage: 0.052 -> "5.2 %", 0.00049 -> "0.049 %". */
export function formatShare(share: number): string {
	return `${Number((share * 100).toPrecision(2))} %`;
}
