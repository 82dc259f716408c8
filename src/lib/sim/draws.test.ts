import { describe, expect, it } from 'vitest';
import { detExp, detLog, detSqrt } from './detMath';
import { binomialDraw, logNormalDraw, normalDraw } from './draws';
import { createRng } from './rng';
import { stakeClassOf } from './stakeClass';

describe('detMath (log, exp and sqrt from + − × ÷ only)', () => {
	it('detLog, detExp and detSqrt agree with Math.log, Math.exp and Math.sqrt to 2 units in the last place', () => {
		const rng = createRng(9);
		const ulps = (a: number, b: number) => Math.abs(a - b) / (Math.abs(b) * Number.EPSILON);
		const worst = { log: 0, exp: 0, sqrt: 0 };
		for (let i = 0; i < 20_000; i++) {
			const x = Math.exp((rng() - 0.5) * 200);
			const y = (rng() - 0.5) * 1400;
			const logScale = Math.max(1, Math.abs(Math.log(x))) * Number.EPSILON;
			worst.log = Math.max(worst.log, Math.abs(detLog(x) - Math.log(x)) / logScale);
			worst.exp = Math.max(worst.exp, ulps(detExp(y), Math.exp(y)));
			worst.sqrt = Math.max(worst.sqrt, ulps(detSqrt(x), Math.sqrt(x)));
		}
		expect(worst.log).toBeLessThanOrEqual(2);
		expect(worst.exp).toBeLessThanOrEqual(2);
		expect(worst.sqrt).toBeLessThanOrEqual(2);
	});

	it('detMath gives these exact doubles, in every engine', () => {
		expect(detLog(10)).toBe(2.302585092994046);
		expect(detExp(1)).toBe(2.7182818284590455);
		expect(detSqrt(2)).toBe(1.414213562373095);
		expect(detLog(3.5)).toBe(1.252762968495368);
		expect([detLog(0), detLog(-1), detExp(800), detExp(-800), detSqrt(0)]).toEqual([
			-Infinity,
			NaN,
			Infinity,
			0,
			0
		]);
		expect(detExp(detLog(5e-324))).toBe(5e-324);
	});
});

describe('draws (seeded, engine-independent)', () => {
	it('normalDraw, logNormalDraw and binomialDraw give these fixed values for their seeds', () => {
		const normal = normalDraw(createRng(42));
		expect([normal(), normal(), normal()]).toEqual([
			0.4855718536993229, -1.471883388647218, 1.228170481087067
		]);
		const logNormal = logNormalDraw(createRng(42), 0, 2.2);
		expect([logNormal(), logNormal(), logNormal()]).toEqual([
			2.910305557180374, 0.03923667216772531, 14.909149104838855
		]);
		const rng = createRng(7);
		const counts = [
			binomialDraw(rng, 1_310_000, 0.1),
			binomialDraw(rng, 1_310_000, 0.1),
			binomialDraw(rng, 5000, 0.9),
			binomialDraw(rng, 30, 0.5)
		];
		expect(counts).toEqual([131039, 130994, 4518, 12]);
	});

	it('binomialDraw has the binomial mean and variance (n = 1,000, p = 0.3, 4,000 draws)', () => {
		const rng = createRng(3);
		const xs = Array.from({ length: 4000 }, () => binomialDraw(rng, 1000, 0.3));
		const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
		const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
		expect(Math.abs(mean - 300)).toBeLessThan(0.5);
		expect(Math.abs(variance / 210 - 1)).toBeLessThan(0.08);
		expect([binomialDraw(rng, 10, 0), binomialDraw(rng, 10, 1)]).toEqual([0, 10]);
	});

	it('logNormalDraw has median e^mu: half of 10,000 draws fall below it', () => {
		const draw = logNormalDraw(createRng(5), 2, 1.5);
		let below = 0;
		for (let i = 0; i < 10_000; i++) if (draw() < Math.exp(2)) below++;
		expect(Math.abs(below - 5000)).toBeLessThan(150);
	});

	it('stakeClassOf reads ⌊log2⌋ from the bits: class 1 from exactly 1,024 ada, 2 from 2,048', () => {
		expect([1023, 1024, 2047, 2048, 2 ** 32, 2 ** 33 - 1].map(stakeClassOf)).toEqual([
			0, 1, 1, 2, 23, 23
		]);
		expect(stakeClassOf(45e9)).toBe(26);
	});
});
