/** Tick values for a log axis: every `every`-th power of ten from `min` to `max` (both powers of ten). */
export function decadeTicks(min: number, max: number, every = 1): number[] {
	const lo = Math.round(Math.log10(min));
	const hi = Math.round(Math.log10(max));
	const ticks: number[] = [];
	for (let e = lo; e <= hi; e += every) ticks.push(Number(`1e${e}`));
	return ticks;
}
