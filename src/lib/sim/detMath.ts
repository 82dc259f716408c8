/**
 * Logarithm, exponential and square root built from + − × ÷ only, which IEEE 754 rounds
 * correctly and every JavaScript engine therefore computes bit for bit alike; `Math.log`,
 * `Math.exp` and `Math.sqrt` are only "implementation-approximated" in the ECMAScript spec. Accurate
 * to a few units in the last place, and the same in every browser: the simulation's random draws use
 * them so that a seed gives the same run everywhere. Range reduction after fdlibm (ln 2 split in a
 * high part with trailing zero bits and a low part).
 */

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.442695040888963387;
const SQRT2 = 1.4142135623730951;

const view = new DataView(new ArrayBuffer(8));

/** 2^n for whole n from −1022 to 1023, from its bits. */
function powerOfTwo(n: number): number {
	view.setUint32(0, (n + 1023) << 20);
	view.setUint32(4, 0);
	return view.getFloat64(0);
}

/** x · 2^n for whole n, exact unless the result leaves the normal range. */
function scale(x: number, n: number): number {
	while (n > 1023) {
		x *= powerOfTwo(1023);
		n -= 1023;
	}
	while (n < -1022) {
		x *= powerOfTwo(-1022);
		n += 1022;
	}
	return x * powerOfTwo(n);
}

/** Natural logarithm: ln x = e·ln 2 + 2·atanh((m − 1)/(m + 1)) with x = m·2^e, m in [√½, √2). */
export function detLog(x: number): number {
	if (Number.isNaN(x) || x < 0) return NaN;
	if (x === 0) return -Infinity;
	if (x === Infinity) return Infinity;
	let e = 0;
	if (x < 2.2250738585072014e-308) {
		x *= powerOfTwo(54);
		e = -54;
	}
	view.setFloat64(0, x);
	const high = view.getUint32(0);
	e += ((high >>> 20) & 0x7ff) - 1023;
	view.setUint32(0, (high & 0x000fffff) | 0x3ff00000);
	let m = view.getFloat64(0);
	if (m > SQRT2) {
		m /= 2;
		e += 1;
	}
	const s = (m - 1) / (m + 1);
	const z = s * s;
	let series = 1 / 25;
	for (let j = 11; j >= 1; j--) series = 1 / (2 * j + 1) + z * series;
	const logM = 2 * s + 2 * s * z * series;
	return e * LN2_HI + (e * LN2_LO + logM);
}

/** e^x: x = n·ln 2 + r, |r| ≤ ½ ln 2, e^r by its Taylor series to r¹⁴, scaled by 2^n. */
export function detExp(x: number): number {
	if (Number.isNaN(x)) return NaN;
	if (x > 709.782712893384) return Infinity;
	if (x < -745.1332191019412) return 0;
	const n = Math.round(x * INV_LN2);
	const r = x - n * LN2_HI - n * LN2_LO;
	let series = 1;
	for (let j = 14; j >= 1; j--) series = 1 + (r * series) / j;
	return scale(series, n);
}

/** √x: e^(½ ln x), then two Newton steps y ← (y + x/y)/2. */
export function detSqrt(x: number): number {
	if (Number.isNaN(x) || x < 0) return NaN;
	if (x === 0 || x === Infinity) return x;
	let y = detExp(0.5 * detLog(x));
	y = 0.5 * (y + x / y);
	return 0.5 * (y + x / y);
}
