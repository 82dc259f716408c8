import { describe, expect, it } from 'vitest';
import type { Preview } from '../../widgets/preview';
import { plotSize } from './previewCard';

const preview = (legend: boolean): Preview => ({
	title: 't',
	description: 'd',
	keyNumbers: [],
	chart: {
		label: 'c',
		height: 10,
		x: { type: 'linear', domain: [0, 1], title: 'x', format: String },
		y: { type: 'linear', domain: [0, 1], title: 'y', format: String },
		marks: [],
		labels: [],
		legend: legend ? [{ id: 'a', label: 'a', color: 'blue' }] : undefined
	}
});

describe('plotSize', () => {
	it('fills the card below a two-line title: 630 − 30 − 26 padding − 28 header − 82 title − 16 − 28 y title − 28 ticks − 26 x title = 366', () => {
		expect(plotSize(preview(false), 2)).toEqual({ width: 718, height: 366, gutter: 76 });
	});
	it('gives a one-line title’s line to the plot, and takes a legend’s row from it', () => {
		expect(plotSize(preview(false), 1).height).toBe(366 + 41);
		expect(plotSize(preview(true), 2).height).toBe(366 - 32);
	});
});
