import { describe, expect, it } from 'vitest';
import type { ChartSpec, Mark, TextMark } from '../../charts/spec';
import { chartLayout, scaleDash } from './chartLayout';

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
		expect(svg).toContain('<rect x="0" y="24" width="100" height="73" fill="#0072b2"/>');
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

describe('chartLayout keeps text off the marks, in image pixels', () => {
	/**
	 * 280 × 100 px over x 0…280 and y 0…100: the point (x, v) is the pixel (x, 100 − v). Labels
	 * are 22 px high; 'ab' at 16 px is 21 px of text and 8 of padding: 29 px wide. A label sits
	 * 6 px from its anchor: right of (140, 50) it spans x 146…175 and y 39…61.
	 */
	const plot = (labels: TextMark[], marks: Mark[] = []): ChartSpec => ({
		label: 'labels',
		height: 10,
		x: { type: 'linear', domain: [0, 280], ticks: [0, 280], title: '', format: String },
		y: { type: 'linear', domain: [0, 100], ticks: [0, 100], title: '', format: String },
		marks,
		labels
	});
	const ab = (at: readonly [number, number], more: Partial<TextMark> = {}): TextMark => ({
		id: `${at}`,
		text: 'ab',
		at,
		priority: 1,
		...more
	});
	const where = (spec: ChartSpec, height = 100) =>
		chartLayout(spec, 280, height).labels.map((l) => [+l.x.toFixed(9), +l.y.toFixed(9)]);

	it('moves a label whose side is taken two heights out, with a leader line to its point', () => {
		const layout = chartLayout(
			plot([
				ab([140, 50], { id: 'first', priority: 2, sides: ['right'] }),
				ab([140, 50], { id: 'second', sides: ['right'] })
			]),
			280,
			100
		);
		// One height up (17…39) touches the first with the 3 px padding; two heights up is above
		// the plot, so it slides down to 0…22. Its nearest corner (146, 22) is 28.6 px away: a leader.
		expect(layout.labels.map((l) => [l.x, l.y])).toEqual([
			[146, 39],
			[146, 0]
		]);
		expect(layout.svg).toContain('<path d="M140,50L146,22" stroke="#5b5b63" stroke-width="2"/>');
	});

	it('keeps off a dot: the dot at (185, 70) covers 175…195 × 60…80, so the label goes left', () => {
		const dot: Mark = { type: 'dot', id: 'd', at: [185, 30], color: 'blue' };
		expect(where(plot([ab([140, 50], { sides: ['right', 'left'] })], [dot]))).toEqual([[105, 39]]);
	});

	it('keeps off a bar, the bar’s box drawn where the bar is', () => {
		// Two rows 100 px high, bars 24…97 px down each. Bar A spans the width; a label left of
		// (250, 110) sits at 215…244 × 99…121, between bar A and bar B.
		const bars: ChartSpec = {
			...plot([ab([250, 1.1], { sides: ['left'] })]),
			y: { type: 'band', domain: ['A', 'B'] },
			marks: [
				{ type: 'barX', id: 'a', row: 'A', x1: 0, x2: 280, color: 'blue' },
				{ type: 'barX', id: 'b', row: 'B', x1: 0, x2: 280, color: 'blue' }
			]
		};
		expect(where(bars, 200)).toEqual([[215, 99]]);
		// Below (140, 20), centred: 125.5…154.5 × 26…48 covers bar A (20…140); one height right
		// (147.5…176.5) is clear of it.
		const short: ChartSpec = {
			...bars,
			labels: [ab([140, 0.2], { sides: ['below'] })],
			marks: [{ type: 'barX', id: 'a', row: 'A', x1: 20, x2: 140, color: 'blue' }]
		};
		expect(where(short, 200)).toEqual([[147.5, 26]]);
	});

	it('keeps off the top of a bar on rows 40 px high', () => {
		// Rows 40 px high: bar A from 24 px down to 37 px. Left of (150, 14) the label would
		// span 115…144 × 3…25, over the bar's top; one height up (slid to 0…22) it is clear.
		const thin: ChartSpec = {
			...plot([ab([150, 0.35], { sides: ['left'] })]),
			y: { type: 'band', domain: ['A', 'B'] },
			marks: [{ type: 'barX', id: 'a', row: 'A', x1: 0, x2: 280, color: 'blue' }]
		};
		expect(where(thin, 80)).toEqual([[115, 0]]);
	});

	it('keeps off a row’s name: bold name and rest, one label height tall', () => {
		// 'a' + 'b' bold at 16 px: 23 px wide, from 1 px down: 0…23 × 1…23. Left of (58, 12) the
		// label spans 23…52; two heights down (45…67) it is clear, with a leader.
		const named: ChartSpec = {
			...plot([ab([58, 0.12], { sides: ['left'] })]),
			y: { type: 'band', domain: ['A'] },
			rows: [{ row: 'A', strong: 'a', text: 'b' }]
		};
		expect(where(named)).toEqual([[23, 45]]);
	});

	it('keeps the rows, legend and y ticks empty where the spec has none', () => {
		const layout = chartLayout(plot([]), 280, 100);
		expect(layout.rows).toEqual([]);
		expect(layout.legend).toEqual([]);
		const band = chartLayout({ ...plot([]), y: { type: 'band', domain: ['A'] } }, 280, 100);
		expect(band.svg).not.toContain('H280');
		expect(band.svg).not.toContain('NaN');
	});

	it('names a row without a bold part with an empty one', () => {
		const layout = chartLayout(
			{ ...plot([]), y: { type: 'band', domain: ['A'] }, rows: [{ row: 'A', text: 'plain' }] },
			280,
			100
		);
		expect(layout.rows).toEqual([{ strong: '', text: 'plain', x: 0, y: 1, bold: true }]);
	});
});

describe('chartLayout writes the image markup', () => {
	it('writes grid, marks and nothing else, one element after another', () => {
		const spec: ChartSpec = {
			label: 'one line',
			height: 10,
			x: { ...axis('x'), ticks: [0, 10] },
			y: { ...axis('y'), ticks: [0, 10] },
			marks: [
				{
					type: 'line',
					id: 'l',
					points: [
						[0, 0],
						[10, 10]
					],
					color: 'blue'
				},
				{ type: 'line', id: 'empty', points: [], color: 'blue' }
			],
			labels: []
		};
		const grid = (d: string) => `<path d="${d}" stroke="#e3e2de" stroke-width="2"/>`;
		const line = (d: string) =>
			`<path d="${d}" fill="none" stroke="#0072b2" stroke-width="5" stroke-dasharray="none" stroke-linejoin="round" stroke-linecap="round"/>`;
		expect(chartLayout(spec, 200, 100).svg).toBe(
			'<svg xmlns="http://www.w3.org/2000/svg" width="216" height="100" viewBox="0 0 216 100">' +
				grid('M0,0V100') +
				grid('M200,0V100') +
				grid('M0,100H200') +
				grid('M0,0H200') +
				line('M0,100L200,0') +
				line('') +
				'</svg>'
		);
	});

	it('writes the columns of one mark and the spans of a bars-only rule side by side', () => {
		const spec: ChartSpec = {
			label: 'columns',
			height: 10,
			x: { ...axis('x'), ticks: [] },
			y: { ...axis('y'), ticks: [] },
			marks: [
				{
					type: 'columns',
					id: 'c',
					color: 'green',
					gap: 0.5,
					columns: [
						{ x0: 2, x1: 4, y: 5 },
						{ x0: 6, x1: 8, y: 10 }
					]
				}
			],
			labels: []
		};
		// Gap 0.5 of 2-wide columns: 0.5 each side, 2.5…3.5 → 50…70 px and 6.5…7.5 → 130…150 px.
		expect(chartLayout(spec, 200, 100).svg).toContain(
			'<rect x="50" y="50" width="20" height="50" fill="#009e73"/><rect x="130" y="0" width="20" height="100" fill="#009e73"/></svg>'
		);
		const rule = chartLayout(
			{
				...spec,
				y: { type: 'band', domain: ['a', 'b'] },
				marks: [{ type: 'ruleX', id: 'r', at: 5, color: 'muted', barsOnly: true }]
			},
			200,
			200
		);
		const dashed = 'stroke="#5b5b63" stroke-width="3" stroke-dasharray="10 8"/>';
		expect(rule.svg).toContain(`<path d="M100,24V97" ${dashed}<path d="M100,124V197" ${dashed}`);
	});

	it('scales dashes written with any spacing', () => {
		expect(scaleDash('7  4')).toBe('14 8');
		expect(scaleDash()).toBe('none');
	});
});
