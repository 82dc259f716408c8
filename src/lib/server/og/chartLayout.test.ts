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

describe('chartLayout draws each mark at hand-computed pixels', () => {
	// 200 × 100 px over x 0…10 and y 0…10: x px = 20x, y px = 100 − 10y.
	const every: ChartSpec = {
		...diagonal,
		marks: [
			{ type: 'columns', id: 'c', color: 'green', gap: 0.5, columns: [{ x0: 0, x1: 4, y: 5 }] },
			{
				type: 'columns',
				id: 'h',
				color: 'blue',
				hollow: true,
				columns: [{ x0: 0, x1: 10, y: 10 }]
			},
			{ type: 'ruleX', id: 'rx', at: 5, color: 'muted' },
			{ type: 'ruleY', id: 'ry', at: 5, color: 'text' },
			{ type: 'bandY', id: 'band', y1: 2, y2: 4, color: 'sky' },
			{ type: 'dot', id: 'dot', at: [5, 2], color: 'green' },
			{
				type: 'line',
				id: 'plain',
				points: [
					[0, 10],
					[10, 0]
				],
				color: 'orange'
			}
		],
		legend: [{ id: 'plain', label: 'plain', color: 'orange', kind: 'box', width: 1 }]
	};
	const draw = () => chartLayout(every, 200, 100);

	it('sizes the image with room for the continuation arrows right of the plot', () => {
		const { svg } = draw();
		expect(svg).toMatch(
			/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="216" height="100" viewBox="0 0 216 100">/
		);
		expect(svg).toMatch(/<\/svg>$/);
	});

	it('draws a grid line at each tick', () => {
		const { svg } = draw();
		for (const d of ['M0,0V100', 'M100,0V100', 'M200,0V100', 'M0,100H200', 'M0,50H200', 'M0,0H200'])
			expect(svg).toContain(`<path d="${d}" stroke="#e3e2de" stroke-width="2"/>`);
	});

	it('insets columns by their gap, fills hollow ones lightly', () => {
		const { svg } = draw();
		// Gap 0.5 of a 4-wide column: 1 each side, x 1…3 → 20…60 px, y 0…5 → 100…50 px.
		expect(svg).toContain('<rect x="20" y="50" width="40" height="50" fill="#009e73"/>');
		// Default gap 0.2 of a 10-wide column: 1 each side, x 1…9 → 20…180 px.
		expect(svg).toContain(
			'<rect x="20" y="0" width="160" height="100" fill="#0072b2" fill-opacity="0.3"/>'
		);
	});

	it('draws rules dashed across the plot and a shaded y band', () => {
		const { svg } = draw();
		const dashed = 'stroke-width="3" stroke-dasharray="10 8"/>';
		expect(svg).toContain(`<path d="M100,100V0" stroke="#5b5b63" ${dashed}`);
		expect(svg).toContain(`<path d="M0,50H200" stroke="#1d1d1f" ${dashed}`);
		expect(svg).toContain(
			'<rect x="0" y="60" width="200" height="20" fill="#2b8ac4" fill-opacity="0.1"/>'
		);
	});

	it('draws a dot ringed in white and an undashed line at the default width', () => {
		const { svg } = draw();
		expect(svg).toContain(
			'<circle cx="100" cy="80" r="9" fill="#009e73" stroke="#ffffff" stroke-width="3"/>'
		);
		expect(svg).toContain(
			'<path d="M0,0L200,100" fill="none" stroke="#b87800" stroke-width="5" stroke-dasharray="none" stroke-linejoin="round" stroke-linecap="round"/>'
		);
	});

	it('names the axes and lists the legend in image units', () => {
		const { xTitle, yTitle, legend } = draw();
		expect([xTitle, yTitle]).toEqual(['x', 'y']);
		expect(legend).toEqual([
			{ label: 'plain', color: '#b87800', dash: 'none', width: 2, kind: 'box' }
		]);
	});
});

describe('chartLayout on band rows', () => {
	const rows: ChartSpec = {
		label: 'rows',
		height: 10,
		x: axis('days'),
		y: { type: 'band', domain: ['a', 'b'] },
		marks: [
			{ type: 'barX', id: 'a', row: 'a', x1: 0, x2: 5, color: 'blue' },
			{ type: 'ruleX', id: 'limit', at: 5, color: 'muted', barsOnly: true }
		],
		rows: [{ row: 'b', text: 'second', strong: 'Two: ' }],
		labels: [{ id: 'v', text: 'value', at: [5, 0.5], priority: 1, color: 'vermillion', bold: true }]
	};
	// Rows 100 px high: bars from 24 px to 97 px down each row.

	it('draws a bars-only rule across each bar, not across the row names', () => {
		const layout = chartLayout(rows, 200, 200);
		const dashed = 'stroke="#5b5b63" stroke-width="3" stroke-dasharray="10 8"/>';
		expect(layout.svg).toContain(`<path d="M100,24V97" ${dashed}`);
		expect(layout.svg).toContain(`<path d="M100,124V197" ${dashed}`);
		expect(layout.svg).not.toContain(`<path d="M100,0V200" ${dashed}`);
	});

	it('has no y ticks or title, and row names start at the row top in bold', () => {
		const layout = chartLayout(rows, 200, 200);
		expect(layout.yTicks).toEqual([]);
		expect(layout.yTitle).toBe('');
		expect(layout.rows).toEqual([{ strong: 'Two: ', text: 'second', x: 0, y: 101, bold: true }]);
	});

	it('gives a text mark its colour as hex and its weight', () => {
		const layout = chartLayout(rows, 200, 200);
		expect(layout.labels).toHaveLength(1);
		expect(layout.labels[0]).toMatchObject({ text: 'value', bold: true, color: '#d55e00' });
	});
});
