import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../charts/spec';
import { chartLayout } from './chartLayout';

const axis = (title: string) =>
	({ type: 'linear', domain: [0, 10], ticks: [0, 5, 10], title, format: String }) as const;

const diagonal: ChartSpec = {
	label: 'test',
	height: 10,
	x: axis('x'),
	y: axis('y'),
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
		{ type: 'dot', id: 'mid', at: [5, 2], color: 'green' }
	],
	labels: [{ id: 'mid', text: 'a label', at: [5, 2], priority: 1 }]
};

describe('chartLayout', () => {
	it('draws y upward: the domain minimum at the bottom of the image, the maximum at the top', () => {
		const { svg } = chartLayout(diagonal, 200, 100);
		expect(svg).toContain('d="M0,100L200,0"');
	});

	it('puts ticks where the scales put them: x from the left, y from the top', () => {
		const { xTicks, yTicks } = chartLayout(diagonal, 200, 100);
		expect(xTicks).toEqual([
			{ left: 0, label: '0' },
			{ left: 100, label: '5' },
			{ left: 200, label: '10' }
		]);
		expect(yTicks).toEqual([
			{ top: 100, label: '0' },
			{ top: 50, label: '5' },
			{ top: 0, label: '10' }
		]);
	});

	it('marks the scenario point and places its label beside it, inside the plot', () => {
		const { svg, labels } = chartLayout(diagonal, 200, 100);
		expect(svg).toContain('<circle cx="100" cy="80"');
		expect(labels).toHaveLength(1);
		const [label] = labels;
		expect(label.x).toBeGreaterThan(100);
		expect(label.y).toBeGreaterThanOrEqual(0);
		expect(label.y + 22).toBeLessThanOrEqual(100);
	});

	it('draws bars on band rows from the top, below each row’s name, and marks bars past the axis', () => {
		const bars: ChartSpec = {
			label: 'bars',
			height: 10,
			x: axis('days'),
			y: { type: 'band', domain: ['a', 'b'] },
			marks: [
				{ type: 'barX', id: 'a', row: 'a', x1: 0, x2: 5, color: 'blue' },
				{ type: 'barX', id: 'b', row: 'b', x1: 0, x2: 40, color: 'blue' }
			],
			rows: [
				{ row: 'a', text: 'first' },
				{ row: 'b', text: 'second' }
			],
			labels: []
		};
		// Rows 100 px high: the name line from the row's top, the bar from 24 px to 97 px.
		const { svg, rows } = chartLayout(bars, 200, 200);
		expect(rows.map((r) => r.y)).toEqual([1, 101]);
		expect(svg).toContain('<rect x="0" y="24" width="100" height="73"');
		expect(svg).toContain('<rect x="0" y="124" width="200" height="73"');
		expect(svg).toMatch(/<path d="M200,149.5l14,11l-14,11z"/);
	});

	it('scales a line’s dashes with its width, as the page draws it', () => {
		const dashed: ChartSpec = {
			...diagonal,
			marks: [
				{
					type: 'line',
					id: 'd',
					points: [
						[0, 0],
						[10, 10]
					],
					color: 'blue',
					dash: '7 4'
				}
			],
			legend: [{ id: 'd', label: 'dashed', color: 'blue', dash: '7 4' }]
		};
		const layout = chartLayout(dashed, 200, 100);
		expect(layout.svg).toContain('stroke-width="5" stroke-dasharray="14 8"');
		expect(layout.legend).toEqual([
			{ label: 'dashed', color: '#0072b2', dash: '14 8', width: 5, kind: 'line' }
		]);
	});
});

describe('chartLayout with direct labels', () => {
	const twoLines: ChartSpec = {
		...diagonal,
		labels: [],
		marks: [
			diagonal.marks[0],
			{
				type: 'line',
				id: 'flat',
				points: [
					[0, 2],
					[10, 2]
				],
				color: 'vermillion',
				dash: '7 4'
			}
		],
		legend: [
			{ id: 'up', label: 'rising', color: 'blue' },
			{ id: 'flat', label: 'flat', color: 'vermillion', dash: '7 4' }
		],
		directLabels: true
	};

	it('names each line at its end and drops the legend where there is room', () => {
		const layout = chartLayout(twoLines, 600, 300);
		expect(layout.legend).toEqual([]);
		expect(layout.labels.map((l) => l.text).sort()).toEqual(['flat', 'rising']);
		const rising = layout.labels.find((l) => l.text === 'rising')!;
		// Beside the line's end, at the top right (x = 600, y = 0), inside the plot.
		expect(rising.x).toBeGreaterThan(450);
		expect(rising.y).toBeLessThan(60);
	});

	it('falls back to the whole legend, with no end labels, where one name does not fit', () => {
		const layout = chartLayout(twoLines, 60, 300);
		expect(layout.labels).toEqual([]);
		expect(layout.legend.map((e) => e.label)).toEqual(['rising', 'flat']);
	});

	it('keeps the legend of a chart that does not ask for direct labels', () => {
		const layout = chartLayout({ ...twoLines, directLabels: undefined }, 600, 300);
		expect(layout.labels).toEqual([]);
		expect(layout.legend).toHaveLength(2);
	});
});
