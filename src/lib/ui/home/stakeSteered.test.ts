import { describe, expect, it } from 'vitest';
import { leverageSchema } from '../../scenario/leverage';
import { currentDefaults } from '../../scenario/schema';
import { leverageView } from '../../widgets/Leverage/leverageView';
import { stakeSteeredRows, threadMark } from './stakeSteered';

const view = (delegated: number) => leverageView({ ...currentDefaults(leverageSchema), delegated });

describe('stakeSteeredRows', () => {
	it('at the defaults: the operator 10×, then today’s bonded designs from solo 1× through the megapool’s 32 / 4 = 8× to CSM’s 32 / 1.3 = 24.6×, on a log axis to 1,000×', () => {
		const rows = stakeSteeredRows(view(9));
		expect(rows.map((r) => [r.id, r.value])).toEqual([
			['operator', '10×'],
			['solo', '1×'],
			['rocket-pool-4', '8×'],
			['csm-next', '24.6×'],
			['cardano', expect.stringMatching(/^\d{3}×$/)]
		]);
		expect(rows[2].label).toBe('Rocket Pool megapool, 4 ETH bond');
		// log10(10) / log10(1000): a third of the axis; 1× is its start.
		expect(rows[0].width).toBeCloseTo(100 / 3, 9);
		expect(rows[1].width).toBe(0);
		expect(rows[2].width).toBeCloseTo((100 * Math.log10(8)) / 3, 9);
		expect(rows[3].width).toBeCloseTo((100 * Math.log10(32 / 1.3)) / 3, 9);
		expect(rows.some((r) => r.beyond)).toBe(false);
	});

	it('delegation past the axis ends the bar at its edge and says so', () => {
		const [operator] = stakeSteeredRows(view(1e6));
		expect(operator).toMatchObject({ width: 100, beyond: true, value: '1M×' });
	});

	it("marks the thread's 10× at a third of the axis", () => {
		expect(threadMark(view(9))).toEqual({ value: '10×', left: expect.closeTo(100 / 3, 9) });
	});
});
