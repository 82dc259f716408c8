import { describe, expect, it } from 'vitest';
import type { ChartSpec } from './spec';
import { BAR_MIDDLE, specGeometry } from './specGeometry';

const fmt = (v: number) => String(v);

/**
 * Two band rows on an x axis 0…10: bar A runs to 12 (past the axis end), bar B to 5; a rule
 * across the whole plot at x = 3, one across the bars only at x = 4, one along y at 1.5.
 * One unit per row, so row A spans y 0…1 and row B 1…2, counted down from the top.
 */
const banded: ChartSpec = {
	label: 'two rows',
	height: 10,
	x: { type: 'linear', domain: [0, 10], title: 'x', format: fmt },
	y: { type: 'band', domain: ['A', 'B'] },
	marks: [
		{ type: 'barX', id: 'a', row: 'A', x1: 0, x2: 12, color: 'blue' },
		{ type: 'barX', id: 'b', row: 'B', x1: 1, x2: 5, color: 'orange' },
		{ type: 'ruleX', id: 'r3', at: 3, color: 'muted' },
		{ type: 'ruleX', id: 'r4', at: 4, color: 'muted', barsOnly: true },
		{ type: 'ruleY', id: 'y15', at: 1.5, color: 'text' },
		{ type: 'dot', id: 'd', at: [2, 1], color: 'green' }
	],
	labels: []
};

const rounded = (xs: readonly number[]) => xs.map((x) => +x.toFixed(9));

describe('specGeometry on a band chart', () => {
	it('turns the rows into a unit axis counted down from the top', () => {
		const g = specGeometry(banded);
		expect(g.y).toEqual({ type: 'linear', domain: [2, 0] });
	});

	it('puts each name line 6 % and each bar 46 %…86 % down its row', () => {
		const g = specGeometry(banded);
		expect(g.rowTop('A')).toBeCloseTo(0.06, 12);
		expect(g.rowTop('B')).toBeCloseTo(1.06, 12);
		expect(g.barSpans.map((s) => rounded(s))).toEqual([
			[0.46, 0.86],
			[1.46, 1.86]
		]);
		expect(BAR_MIDDLE).toBeCloseTo(0.66, 12);
	});

	it('boxes each bar, cut at the axis end, and marks the bar that continues past it', () => {
		const g = specGeometry(banded);
		expect(g.boxes.map((b) => ({ id: b.id, at: rounded(b.at) }))).toEqual([
			{ id: 'a', at: [0, 0.46, 10, 0.86] },
			{ id: 'b', at: [1, 1.46, 5, 1.86] }
		]);
		expect(g.continuing).toHaveLength(1);
		expect(g.continuing[0].id).toBe('a');
		expect(g.continuing[0].at).toBeCloseTo(0.66, 12);
		expect(g.continuing[0].color).toBe('blue');
	});

	it('does not mark a bar that ends exactly at the axis end as continuing', () => {
		const atEnd = specGeometry({
			...banded,
			marks: [{ type: 'barX', id: 'a', row: 'A', x1: 0, x2: 10, color: 'blue' }]
		});
		expect(atEnd.continuing).toEqual([]);
	});

	it('draws whole-plot rules as lines across the axis, leaves bars-only rules out', () => {
		const g = specGeometry(banded);
		expect(g.lines).toEqual([
			{
				id: 'r3',
				points: [
					[3, 2],
					[3, 0]
				]
			},
			{
				id: 'y15',
				points: [
					[0, 1.5],
					[10, 1.5]
				]
			}
		]);
		expect(g.dots.map((d) => d.id)).toEqual(['d']);
	});

	it('moves a y on a bar into another row layout, keeps a y off the bars', () => {
		const g = specGeometry(banded);
		const preview = specGeometry(banded, { nameTop: 0.1, bar: [0.5, 0.9] });
		// 1.5 is 10 % down bar B (0.46…0.86 of row 1): 10 % down the preview's bar 0.5…0.9.
		expect(preview.rowY(1.5)).toBeCloseTo(1.54, 12);
		expect(preview.rowY(0.86)).toBeCloseTo(0.9, 12);
		expect(preview.rowY(0.46)).toBeCloseTo(0.5, 12);
		expect(preview.rowY(1.2)).toBe(1.2);
		expect(preview.rowY(1.9)).toBe(1.9);
		expect(preview.rowTop('B')).toBeCloseTo(1.1, 12);
		expect(rounded(preview.barSpan('A'))).toEqual([0.5, 0.9]);
		expect(g.rowY(1.5)).toBeCloseTo(1.5, 12);
	});
});

describe('specGeometry on a continuous chart', () => {
	const spec: ChartSpec = {
		...banded,
		y: { type: 'log', domain: [1, 100], title: 'y', format: fmt },
		marks: [
			{
				type: 'line',
				id: 'l',
				points: [
					[0, 1],
					[10, 100]
				],
				color: 'blue'
			},
			{ type: 'ruleX', id: 'r', at: 5, color: 'muted' }
		]
	};

	it('keeps the y axis as it is and has no rows, bars or continuing marks', () => {
		const g = specGeometry(spec);
		expect(g.y).toBe(spec.y);
		expect(g.barSpans).toEqual([]);
		expect(g.boxes).toEqual([]);
		expect(g.continuing).toEqual([]);
		expect(g.rowY(1.5)).toBe(1.5);
		// No rows to move a y between, whatever the row layout.
		expect(specGeometry(spec, { nameTop: 0.1, bar: [0.5, 0.9] }).rowY(1.5)).toBe(1.5);
	});

	it('runs a vertical rule from the bottom of the y domain to its top', () => {
		const g = specGeometry(spec);
		expect(g.lines).toEqual([
			{
				id: 'l',
				points: [
					[0, 1],
					[10, 100]
				]
			},
			{
				id: 'r',
				points: [
					[5, 1],
					[5, 100]
				]
			}
		]);
	});
});
