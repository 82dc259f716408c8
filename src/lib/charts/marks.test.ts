import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { elements, numbers } from '../../../tests/unit/markupElements';
import Chart from './Chart.svelte';
import SpecChart from './SpecChart.svelte';
import SpecLegend from './SpecLegend.svelte';
import type { ChartSpec, Mark } from './spec';

/**
 * x 0…10 and y 0…20 on a plot drawn as 100 × 100: x = 5 is 50 % from the left, y = 10 is 50 %
 * from the top, y = 0 the bottom (100 %).
 */
const continuous = (marks: Mark[]): ChartSpec => ({
	label: 'marks',
	height: 10,
	x: { type: 'linear', domain: [0, 10], ticks: [0, 5, 10], title: 'x title', format: String },
	y: { type: 'linear', domain: [0, 20], ticks: [0, 10, 20], title: 'y title', format: String },
	marks,
	labels: []
});

/**
 * Two rows, A above B, one y unit each: y runs 0 at the top to 2 at the bottom, so y = v is
 * 50·v % down. A row's name line starts 6 % down it, its bar spans 46 % to 86 % of it.
 */
const banded = (marks: Mark[]): ChartSpec => ({
	label: 'bars',
	height: 10,
	x: { type: 'linear', domain: [0, 10], ticks: [0, 5, 10], title: 'days', format: String },
	y: { type: 'band', domain: ['A', 'B'] },
	marks,
	rows: [
		{ row: 'A', strong: 'Alpha', text: ' 6 days' },
		{ row: 'B', text: 'Beta' }
	],
	labels: []
});

const draw = (spec: ChartSpec) => render(SpecChart, { props: { spec } }).body;
const attrs = (el: { attrs: Record<string, string> }, ...names: string[]) =>
	numbers(names.map((n) => el.attrs[n]));
const close = (actual: readonly (number | undefined)[], expected: readonly number[]) => {
	expect(actual).toHaveLength(expected.length);
	actual.forEach((a, i) => expect(a).toBeCloseTo(expected[i], 9));
};

describe('Line', () => {
	it('draws its points through the scales, y upward, with its dash and width', () => {
		const html = draw(
			continuous([
				{
					type: 'line',
					id: 'up',
					points: [
						[0, 0],
						[5, 10],
						[10, 20]
					],
					color: 'blue',
					dash: '4 2',
					width: 3
				},
				{
					type: 'line',
					id: 'flat',
					points: [
						[0, 5],
						[10, 5]
					],
					color: 'orange'
				}
			])
		);
		const [up, flat] = elements(html, 'path');
		expect(up.attrs).toMatchObject({
			d: 'M0,100L50,50L100,0',
			stroke: 'var(--series-blue)',
			'stroke-width': '3',
			'stroke-dasharray': '4 2',
			'data-series': 'up'
		});
		expect(elements(html, 'path')).toHaveLength(2);
		expect(flat.attrs).toMatchObject({
			d: 'M0,75L100,75',
			'stroke-width': '2.5',
			'stroke-dasharray': 'none'
		});
	});
});

describe('Columns', () => {
	it('draws each column from y = 0 up to its value, narrowed by the gap, with its previous height', () => {
		// Gap 0.5 of a 2-wide column: 0.5 off each side. 2…4 → 2.5…3.5: 25 % to 35 %.
		const html = draw(
			continuous([
				{
					type: 'columns',
					id: 'c',
					color: 'green',
					gap: 0.5,
					columns: [
						{ x0: 2, x1: 4, y: 10, previous: 5 },
						{ x0: 4, x1: 6, y: 15 }
					]
				}
			])
		);
		const rects = elements(html, 'rect');
		expect(rects).toHaveLength(2);
		close(attrs(rects[0], 'x', 'y', 'width', 'height'), [25, 50, 10, 50]);
		close(attrs(rects[1], 'x', 'y', 'width', 'height'), [45, 25, 10, 75]);
		const previous = elements(html, 'line', 'previous');
		expect(previous).toHaveLength(1);
		close(attrs(previous[0], 'x1', 'x2', 'y1', 'y2'), [25, 35, 75, 75]);
		expect(elements(html, 'g').find((g) => g.attrs['data-series'] === 'c')?.style).toEqual({
			'--color': 'var(--series-green)'
		});
	});

	it('leaves a fifth of each column as gap unless told otherwise, and outlines hollow ones', () => {
		// 6…8 less 0.2 each side: 6.2…7.8, 62 % to 78 %.
		const html = draw(
			continuous([
				{ type: 'columns', id: 'h', color: 'sky', hollow: true, columns: [{ x0: 6, x1: 8, y: 20 }] }
			])
		);
		const [rect] = elements(html, 'rect');
		close(attrs(rect, 'x', 'y', 'width', 'height'), [62, 0, 16, 100]);
		const group = elements(html, 'g').find((g) => g.attrs['data-series'] === 'h');
		expect(group?.attrs.class.split(' ')).toContain('hollow');
	});

	it('draws solid columns unless asked for hollow ones', () => {
		const html = draw(
			continuous([{ type: 'columns', id: 's', color: 'sky', columns: [{ x0: 6, x1: 8, y: 20 }] }])
		);
		const group = elements(html, 'g').find((g) => g.attrs['data-series'] === 's');
		expect(group?.attrs.class.split(' ')).not.toContain('hollow');
	});
});

describe('rules and bands', () => {
	it('runs a vertical rule over the whole height and a horizontal one across', () => {
		const html = draw(
			continuous([
				{ type: 'ruleX', id: 'rx', at: 5, color: 'muted' },
				{ type: 'ruleY', id: 'ry', at: 15, color: 'text' }
			])
		);
		const [rx, ry] = elements(html, 'line').filter((l) => l.attrs.stroke);
		expect(rx.attrs.stroke).toBe('var(--muted)');
		close(attrs(rx, 'x1', 'x2', 'y1', 'y2'), [50, 50, 0, 100]);
		expect(ry.attrs.stroke).toBe('var(--text)');
		close(attrs(ry, 'x1', 'x2', 'y1', 'y2'), [0, 100, 25, 25]);
	});

	it('shades a band between two y values given in either order', () => {
		const html = draw(continuous([{ type: 'bandY', id: 'b', y1: 15, y2: 5, color: 'sky' }]));
		const [band] = elements(html, 'rect');
		close(attrs(band, 'x', 'width', 'y', 'height'), [0, 100, 25, 50]);
		expect(band.attrs).toMatchObject({ fill: 'var(--series-sky)', 'fill-opacity': '0.1' });
	});

	it('places a dot by percent: x from the left, y from the top, outside the SVG', () => {
		const html = draw(continuous([{ type: 'dot', id: 'd', at: [2.5, 5], color: 'green' }]));
		const [dot] = elements(html, 'div', 'dot');
		expect(dot.style).toEqual({ left: '25%', top: '75%', '--color': 'var(--series-green)' });
		expect(elements(html, 'rect')).toEqual([]);
	});

	it('draws a line with no points as an empty path', () => {
		const html = draw(continuous([{ type: 'line', id: 'none', points: [], color: 'blue' }]));
		expect(elements(html, 'path').map((p) => p.attrs.d)).toEqual(['']);
	});
});

describe('bars on band rows', () => {
	// Drawn in each test, so that each test runs the marks it checks.
	const bars = () =>
		draw(
			banded([
				{ type: 'barX', id: 'a', row: 'A', x1: 6, x2: 2, color: 'blue' },
				{ type: 'barX', id: 'b', row: 'B', x1: 0, x2: 12, color: 'orange' },
				{ type: 'ruleX', id: 'r', at: 5, color: 'muted', barsOnly: true }
			])
		);

	it('draws each bar across its row’s bar span, from its smaller x to its larger', () => {
		const html = bars();
		const [a, b] = elements(html, 'rect');
		expect(a.attrs.fill).toBe('var(--series-blue)');
		close(attrs(a, 'x', 'y', 'width', 'height'), [20, 23, 40, 20]);
		// Past the axis end (12 > 10): drawn to the edge, with an arrowhead at its middle row.
		close(attrs(b, 'x', 'y', 'width', 'height'), [0, 73, 100, 20]);
		const continues = elements(html, 'div', 'continues');
		expect(continues).toHaveLength(1);
		close(numbers([continues[0].style.top]), [83]);
		expect(continues[0].style['--color']).toBe('var(--series-orange)');
	});

	it('runs a bars-only rule over each bar span, leaving the name lines clear', () => {
		const html = bars();
		const rules = elements(html, 'line').filter((l) => l.attrs.stroke);
		expect(rules).toHaveLength(2);
		close(attrs(rules[0], 'x1', 'x2', 'y1', 'y2'), [50, 50, 23, 43]);
		close(attrs(rules[1], 'x1', 'x2', 'y1', 'y2'), [50, 50, 73, 93]);
	});

	it('names each row at the top of its row: a bold name, then the rest', () => {
		const html = bars();
		const names = elements(html, 'div', 'label');
		close(numbers(names.map((n) => n.style.top)), [3, 53]);
		expect(elements(html, 'strong', 'name').map((s) => s.text)).toEqual(['Alpha']);
		expect(elements(html, 'span', 'rest').map((s) => s.text)).toEqual([' 6 days', 'Beta']);
	});

	it('has no y axis and no horizontal gridlines: the rows are named instead', () => {
		const html = bars();
		expect(elements(html, 'div', 'tick').every((t) => t.style.top === undefined)).toBe(true);
		const grid = elements(html, 'line').filter((l) => !l.attrs.stroke);
		expect(grid.map((l) => l.attrs.y1)).toEqual(['0', '0', '0']);
		expect(elements(html, 'div', 'spec-chart')[0].attrs.class.split(' ')).toContain('bands');
	});
});

describe('axes and grid', () => {
	const axes = () => draw(continuous([]));

	it('puts x ticks from the left, the outer labels ending at the edges, the title below', () => {
		const html = axes();
		const ticks = elements(html, 'div', 'tick').filter((t) => t.style.left !== undefined);
		expect(ticks.map((t) => t.style.left)).toEqual(['0%', '50%', '100%']);
		const labels = elements(html, 'span').filter((s) => /start|middle|end/.test(s.attrs.class));
		expect(labels.map((s) => [s.attrs.class.split(' ')[0], s.text])).toEqual([
			['start', '0'],
			['middle', '5'],
			['end', '10']
		]);
		expect(elements(html, 'div', 'title').map((t) => t.text)).toEqual(['x title', 'y title']);
	});

	it('puts y ticks from the top: the minimum at the bottom', () => {
		const html = axes();
		const ticks = elements(html, 'div', 'tick').filter((t) => t.style.top !== undefined);
		expect(ticks.map((t) => t.style.top)).toEqual(['100%', '50%', '0%']);
		const yLabels = elements(html, 'span').filter((s) => !/start|middle|end/.test(s.attrs.class));
		expect(yLabels.map((s) => s.text)).toEqual(['0', '10', '20']);
	});

	it('draws a gridline at every tick: vertical ones first, then horizontal ones', () => {
		const html = axes();
		const grid = elements(html, 'line');
		expect(grid.map((l) => attrs(l, 'x1', 'x2', 'y1', 'y2'))).toEqual([
			[0, 0, 0, 100],
			[50, 50, 0, 100],
			[100, 100, 0, 100],
			[0, 100, 100, 100],
			[0, 100, 50, 50],
			[0, 100, 0, 0]
		]);
	});

	it('sizes the chart by the spec’s height in rem and labels it for screen readers', () => {
		const html = axes();
		const [chart] = elements(html, 'div', 'chart');
		expect(chart.attrs).toMatchObject({ role: 'img', 'aria-label': 'marks' });
		expect(chart.style).toEqual({ '--chart-height': '10rem' });
		// No rows to name on a continuous chart.
		expect(elements(html, 'div', 'label')).toEqual([]);
	});
});

describe('Chart without a height or gridlines', () => {
	it('leaves the height to its parent and draws no gridlines', () => {
		const html = render(Chart, {
			props: {
				x: { type: 'linear', domain: [0, 1] },
				y: { type: 'linear', domain: [0, 1] },
				label: 'bare',
				marks: createRawSnippet(() => ({ render: () => '<g></g>' }))
			}
		}).body;
		expect(elements(html, 'div', 'chart')[0].style).toEqual({});
		expect(elements(html, 'line')).toEqual([]);
	});
});

describe('SpecLegend', () => {
	it('draws a line entry as its line (dash, width) and a box entry as a swatch', () => {
		const html = render(SpecLegend, {
			props: {
				entries: [
					{ id: 'a', label: 'dashed', color: 'blue', dash: '4 2', width: 3 },
					{ id: 'b', label: 'plain', color: 'orange' },
					{ id: 'c', label: 'boxed', color: 'green', kind: 'box' },
					{ id: 'd', label: 'hollow', color: 'sky', kind: 'hollow' }
				]
			}
		}).body;
		const swatches = elements(html, 'line');
		expect(swatches.map((l) => l.attrs)).toEqual([
			expect.objectContaining({
				stroke: 'var(--series-blue)',
				'stroke-width': '3',
				'stroke-dasharray': '4 2'
			}),
			expect.objectContaining({
				stroke: 'var(--series-orange)',
				'stroke-width': '2.5',
				'stroke-dasharray': 'none'
			})
		]);
		const boxes = elements(html, 'span');
		expect(boxes.map((b) => [b.attrs.class.split(' ').slice(0, 2), b.style['--color']])).toEqual([
			[['swatch', 'box'], 'var(--series-green)'],
			[['swatch', 'hollow'], 'var(--series-sky)']
		]);
		expect(elements(html, 'li')).toHaveLength(4);
	});
});
