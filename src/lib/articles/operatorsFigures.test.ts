import { describe, expect, it } from 'vitest';
import { operatorsFigures } from './operatorsFigures';

describe('operatorsFigures', () => {
	const f = operatorsFigures();
	it('reads the default game from the recorded run of the same setting and seed', () => {
		expect(f.played.pools).toBeGreaterThanOrEqual(f.defaults.k);
		expect(f.played.pools).toBeLessThanOrEqual(f.defaults.k + 3);
		expect(f.played.equilibriumRound).not.toBeNull();
	});
	it('puts our spread beside the engine’s published one at k = 100, a0 = 0.3', () => {
		expect(f.k100.engineNakamoto).toBe('47–50');
		expect(f.k100.nakamoto).toBe('46–50');
	});
	it('each half-pledged pool earns less than the whole one, the two together nearly twice as much', () => {
		expect(f.half).toBeLessThan(f.whole);
		expect(2 * f.half).toBeGreaterThan(1.5 * f.whole);
		expect(Number(f.halfLossPercent)).toBeCloseTo(100 * (1 - f.half / f.whole), 1);
	});
});
