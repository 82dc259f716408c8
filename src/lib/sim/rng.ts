/**
 * Seeded generator for the simulation: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator,
 * as in PractRand) whose four words are filled by splitmix32 from the seed, so nearby seeds give
 * unrelated streams. Returns floats in [0, 1).
 * Integer arithmetic only (Math.imul, shifts): the same seed gives the same stream everywhere.
 */
export type Rng = () => number;

export function createRng(seed: number): Rng {
	let mix = seed >>> 0;
	const splitmix32 = () => {
		mix = (mix + 0x9e3779b9) | 0;
		let z = mix;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
		return (z ^ (z >>> 16)) >>> 0;
	};
	let a = splitmix32();
	let b = splitmix32();
	let c = splitmix32();
	let d = splitmix32();
	const next = () => {
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return t >>> 0;
	};
	for (let i = 0; i < 12; i++) next();
	return () => next() / 4294967296;
}
