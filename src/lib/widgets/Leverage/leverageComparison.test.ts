import { describe, expect, it } from 'vitest';
import { leverageSchema } from '../../scenario/leverage';
import { currentDefaults } from '../../scenario/schema';
import { leverageCharts } from './leverageChart';
import { leverageView } from './leverageView';

describe('leverageCharts(view).comparison', () => {
	const { comparison } = leverageCharts(leverageView(currentDefaults(leverageSchema)));
	const bar = (row: string) => {
		const mark = comparison.marks.find((m) => m.type === 'barX' && m.row === row);
		if (mark?.type !== 'barX') throw new Error(`no bar for ${row}`);
		return mark.x2;
	};

	it('has a bar for each design running today, beside the 2× and 4× Rocket Pool bonds', () => {
		expect(bar('rp16')).toBe(2);
		expect(bar('rp8')).toBe(4);
		expect(bar('rocket-pool-4')).toBe(8);
		expect(bar('tezos')).toBe(13);
		expect(bar('csm-first')).toBeCloseTo(32 / 2.4, 12);
		expect(bar('csm-next')).toBeCloseTo(32 / 1.3, 12);
	});

	it('spans a linear axis just wide enough that 2×, 4×, 8×, 13× and 25× sit apart', () => {
		expect(comparison.x.type).toBe('linear');
		const [, top] = comparison.x.domain as [number, number];
		expect(top).toBeGreaterThan(32 / 1.3);
		expect(top).toBeLessThanOrEqual(40);
	});

	it('runs an unbounded design (no bond) off the end of the axis', () => {
		const [, top] = comparison.x.domain as [number, number];
		expect(bar('lido-curated')).toBeGreaterThan(top);
	});
});
