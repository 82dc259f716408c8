import { describe, expect, it } from 'vitest';
import { endLabels, endLabelsFit } from './directLabels';
import type { ChartSpec } from './spec';

/** A dot, a line no legend entry names, then the line 'a' ending at (10, 3). */
const spec: ChartSpec = {
	label: 'ends',
	height: 10,
	x: { type: 'linear', domain: [0, 10], title: '', format: String },
	y: { type: 'linear', domain: [0, 10], title: '', format: String },
	marks: [
		{ type: 'dot', id: 'b', at: [1, 1], color: 'green' },
		{
			type: 'line',
			id: 'x',
			points: [
				[0, 9],
				[10, 9]
			],
			color: 'orange'
		},
		{
			type: 'line',
			id: 'a',
			points: [
				[0, 0],
				[5, 8],
				[10, 3]
			],
			color: 'blue'
		}
	],
	labels: [],
	legend: [
		{ id: 'a', label: 'A line', color: 'blue' },
		{ id: 'b', label: 'A dot', color: 'green', kind: 'box' },
		{ id: 'c', label: 'Nothing drawn', color: 'sky' }
	],
	directLabels: true
};

describe('endLabels', () => {
	it('names each legend line at its last point, after every other label, beside or above it', () => {
		expect(endLabels(spec)).toEqual([
			{
				id: 'a-end',
				text: 'A line',
				at: [10, 3],
				priority: -1,
				names: ['a'],
				color: 'blue',
				sides: ['left', 'above', 'below']
			}
		]);
	});

	it('names nothing unless the spec asks for direct labels or has a legend', () => {
		expect(endLabels({ ...spec, directLabels: undefined })).toEqual([]);
		expect(endLabels({ ...spec, legend: undefined })).toEqual([]);
	});
});

describe('endLabelsFit', () => {
	it('holds only when every end label was placed', () => {
		expect(endLabelsFit(spec, new Set(['a-end']))).toBe(true);
		expect(endLabelsFit(spec, new Set(['a']))).toBe(false);
		expect(endLabelsFit({ ...spec, directLabels: false }, new Set(['a-end']))).toBe(false);
	});
});
