/** A multiple of a reference amount (the saturation point): 1.2634 -> "1.26×", 4 -> "4×". */
export function formatRatio(ratio: number): string {
	return `${Number(ratio.toPrecision(3))}×`;
}
