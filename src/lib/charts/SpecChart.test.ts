import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import SpecChart from './SpecChart.svelte';
import type { ChartSpec } from './spec';

const axis = {
	type: 'linear',
	domain: [0, 10],
	ticks: [0, 5, 10],
	title: 't',
	format: String
} as const;
const spec: ChartSpec = {
	label: 'test',
	height: 10,
	x: axis,
	y: axis,
	marks: [
		{
			type: 'line',
			id: 'up',
			points: [
				[0, 0],
				[10, 10]
			],
			color: 'blue'
		},
		{ type: 'dot', id: 'p', at: [5, 2], color: 'green' }
	],
	labels: []
};
const markup = () => render(SpecChart, { props: { spec } }).body;

describe('SpecChart on the page', () => {
	it('flips y: the domain minimum at the bottom of the plot (100 %), the maximum at the top', () => {
		expect(markup()).toContain('d="M0,100L100,0"');
	});

	it('places a dot by percent of the plot: x from the left, y from the top', () => {
		expect(markup()).toMatch(/left: 50%; top: 80%/);
	});

	it('draws gridlines in the SVG, beneath the marks', () => {
		const html = markup();
		expect(html.indexOf('class="grid')).toBeGreaterThan(-1);
		expect(html.indexOf('class="grid')).toBeLessThan(html.indexOf('data-series="up"'));
	});
});
