import { describe, expect, it } from 'vitest';
import { leverageToday } from '../../model/designs/leverageToday';
import { bondedToday } from './bondedToday';

describe('bondedToday', () => {
	it('spans a solo validator (32 / 32 = 1×) to a further Lido CSM validator (32 / 1.3 = 24.6×), the megapool at 32 / 4 = 8×', () => {
		const { lowest, highest, rocketPool } = bondedToday(leverageToday());
		expect([lowest.id, lowest.leverage]).toEqual(['solo', 1]);
		expect(highest.id).toBe('csm-next');
		expect(highest.leverage).toBeCloseTo(32 / 1.3, 9);
		expect(rocketPool.leverage).toBe(8);
		expect(rocketPool.label).toBe('Rocket Pool megapool, 4 ETH bond');
	});

	it('leaves out designs with no bond at all (infinite leverage)', () => {
		const { highest } = bondedToday(leverageToday());
		expect(Number.isFinite(highest.leverage)).toBe(true);
		expect(leverageToday().at(-1)?.leverage).toBe(Infinity);
	});
});
