import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { elements, numbers } from '../../../tests/unit/markupElements';
import SpecChart from './SpecChart.svelte';
import type { ChartSpec, LegendEntry, Mark, RowLabel, TextMark } from './spec';

/**
 * On the server the plot is taken as 280 px wide and, for a chart 10 rem high, 10 × 16 − 60 =
 * 100 px high. With x 0…280 and y 0…100, the point (x, v) is the pixel (x, 100 − v). Labels are
 * 16 px high; 'ab' is 16 px of text plus 3 px padding each side: 22 px wide. A label sits 4 px
 * from its anchor: right of (140, 50) it spans x 144…166 and y 42…58.
 */
const plot = (
	labels: TextMark[],
	marks: Mark[] = [],
	extra: { legend?: LegendEntry[]; directLabels?: boolean } = {}
): ChartSpec => ({
	label: 'labels',
	height: 10,
	x: { type: 'linear', domain: [0, 280], ticks: [0, 280], title: '', format: String },
	y: { type: 'linear', domain: [0, 100], ticks: [0, 100], title: '', format: String },
	marks,
	labels,
	...extra
});

/** One row 'A' 100 px high: its name line from 6 px, y in row units (0.26 is 26 px down). */
const oneRow = (labels: TextMark[], rows: RowLabel[]): ChartSpec => ({
	...plot(labels),
	y: { type: 'band', domain: ['A'] },
	rows
});

const draw = (spec: ChartSpec) => render(SpecChart, { props: { spec } }).body;
const label = (html: string, id: string) => {
	const found = elements(html, 'span', 'label').find((l) => l.attrs['data-label'] === id);
	if (!found) throw new Error(`no label ${id}`);
	return found;
};
const placed = (html: string, id: string) => {
	const { style, attrs } = label(html, id);
	return {
		dropped: attrs.class.split(' ').includes('dropped'),
		left: numbers([style.left])[0],
		right: numbers([style.right])[0],
		top: numbers([style.top])[0]
	};
};
const ab = (id: string, at: readonly [number, number], more: Partial<TextMark> = {}): TextMark => ({
	id,
	text: 'ab',
	at,
	priority: 1,
	...more
});

describe('Labels on the page', () => {
	it('places a label right of its point, held from the plot edge it is nearer to', () => {
		const html = draw(plot([ab('mid', [140, 50]), ab('near', [28, 50])]));
		// 144…166: its middle (155) is right of the plot's (140), so it is held from the right:
		// 280 − 166 = 114 px, 40.71 %. The other, at 32…54, from the left: 32 px, 11.43 %.
		const mid = placed(html, 'mid');
		expect(mid.dropped).toBe(false);
		expect(mid.left).toBeUndefined();
		expect(mid.right).toBeCloseTo((114 / 280) * 100, 9);
		expect(mid.top).toBeCloseTo(42, 9);
		const near = placed(html, 'near');
		expect(near.right).toBeUndefined();
		expect(near.left).toBeCloseTo((32 / 280) * 100, 9);
		expect(near.top).toBeCloseTo(42, 9);
		expect(label(html, 'mid').text).toBe('ab');
	});

	it('hides a label that finds no room, kept at the top right for measuring', () => {
		const html = draw(plot([{ id: 'long', text: 'x'.repeat(50), at: [140, 50], priority: 1 }]));
		expect(label(html, 'long').attrs.class.split(' ')).toContain('dropped');
		expect(label(html, 'long').style).toMatchObject({ right: '0', top: '0' });
	});

	it('moves a label further out with a leader line when its side is taken', () => {
		const html = draw(
			plot([
				ab('first', [140, 50], { priority: 2, sides: ['right'] }),
				ab('second', [140, 50], { sides: ['right'] })
			])
		);
		// Shifted by one label height (16 px) it would still touch the first, with the 2 px
		// padding: two heights up, at y 10…26. Its nearest corner (144, 26) is 24.3 px from the
		// anchor, more than 4 + 16: a leader joins them.
		expect(placed(html, 'second').top).toBeCloseTo(10, 9);
		const [leader] = elements(html, 'line').filter((l) => l.attrs.x1?.endsWith('%'));
		expect(numbers([leader.attrs.x1, leader.attrs.y1, leader.attrs.x2, leader.attrs.y2])).toEqual([
			50,
			50,
			(144 / 280) * 100,
			26
		]);
	});

	it('keeps off a dot: the dot at (170, 60) covers 164…176 × 54…66, so the label goes left', () => {
		const html = draw(
			plot(
				[ab('l', [140, 50], { sides: ['right', 'left'] })],
				[{ type: 'dot', id: 'd', at: [170, 40], color: 'blue' }]
			)
		);
		// Left of (140, 50): 114…136, held from the left edge.
		const l = placed(html, 'l');
		expect(l.left).toBeCloseTo((114 / 280) * 100, 9);
		expect(l.top).toBeCloseTo(42, 9);
	});

	it('keeps off a line it does not name, and may cross one it names', () => {
		const rule: Mark = { type: 'ruleX', id: 'r', at: 150, color: 'muted' };
		const off = draw(plot([ab('l', [140, 50], { sides: ['right', 'left'] })], [rule]));
		expect(placed(off, 'l').left).toBeCloseTo((114 / 280) * 100, 9);
		const on = draw(plot([ab('l', [140, 50], { sides: ['right', 'left'], names: ['r'] })], [rule]));
		expect(placed(on, 'l').right).toBeCloseTo((114 / 280) * 100, 9);
	});

	it('keeps off a bar: a label below (140, 30) would cover the bar 20…140 × 46…86', () => {
		const bar: Mark = { type: 'barX', id: 'b', row: 'A', x1: 20, x2: 140, color: 'blue' };
		const spec = { ...oneRow([ab('l', [140, 0.3], { sides: ['below'] })], []), marks: [bar] };
		// Centred below: 129…151 × 34…50, over the bar's corner; one height right: 145…167.
		const l = placed(draw(spec), 'l');
		expect(l.top).toBeCloseTo(34, 9);
		expect(l.right).toBeCloseTo(((280 - 167) / 280) * 100, 9);
	});

	it.each([
		{ row: 'A', strong: 'a', text: 'b' },
		{ row: 'A', text: 'ab' }
	])('keeps off a row’s name line %j: in bold, 4 px wider than its text', (row) => {
		// 'ab' in bold: 17 px, and 4: the name covers 0…21 × 6…21. Left of (47.5, 26) the
		// label would span 21.5…43.5 × 18…34; 16 px lower (34…50) it is clear.
		const html = draw(oneRow([ab('l', [47.5, 0.26], { sides: ['left'] })], [row]));
		const l = placed(html, 'l');
		expect(l.top).toBeCloseTo(34, 9);
		expect(l.left).toBeCloseTo((21.5 / 280) * 100, 9);
	});

	it.each([
		{ row: 'A', strong: 'a', text: 'b' },
		{ row: 'A', text: 'ab' }
	])('leaves the room right of a row’s name %j free', (row) => {
		// Left of (48, 14): 22…44 × 6…22, just clear of the name's 0…21 and its 1 px margin.
		const html = draw(oneRow([ab('l', [48, 0.14], { sides: ['left'] })], [row]));
		expect(placed(html, 'l').top).toBeCloseTo(6, 9);
	});

	it('holds a label whose middle is the plot’s middle from the left edge', () => {
		// 'AAaaaaa' is 56 px of text, 62 px with padding; left of (175, 50) it spans 109…171.
		const html = draw(plot([{ ...ab('l', [175, 50], { sides: ['left'] }), text: 'AAaaaaa' }]));
		expect(placed(html, 'l').left).toBeCloseTo((109 / 280) * 100, 9);
		expect(placed(html, 'l').right).toBeUndefined();
	});

	it('keeps off a bar only as far down as the bar reaches', () => {
		// Two rows 50 px high: bar A spans 23…43 px, bar B 73…93. Right of (100, 53) the label
		// spans 45…61, between them.
		const bars: ChartSpec = {
			...oneRow([ab('l', [100, 1.06], { sides: ['right'] })], []),
			y: { type: 'band', domain: ['A', 'B'] },
			marks: [
				{ type: 'barX', id: 'a', row: 'A', x1: 0, x2: 280, color: 'blue' },
				{ type: 'barX', id: 'b', row: 'B', x1: 200, x2: 280, color: 'blue' }
			]
		};
		const l = placed(draw(bars), 'l');
		expect(l.top).toBeCloseTo(45, 9);
		expect(l.left).toBeCloseTo((104 / 280) * 100, 9);
	});
});

describe('direct labels on the page', () => {
	const lines: Mark[] = [
		{
			type: 'line',
			id: 'up',
			points: [
				[0, 0],
				[280, 100]
			],
			color: 'blue'
		},
		{
			type: 'line',
			id: 'flat',
			points: [
				[0, 50],
				[280, 50]
			],
			color: 'orange'
		}
	];
	const legend = (flatName: string): LegendEntry[] => [
		{ id: 'up', label: 'rising', color: 'blue' },
		{ id: 'flat', label: flatName, color: 'orange' }
	];

	it('names each line at its end when every name finds room', () => {
		const html = draw(plot([], lines, { legend: legend('flat'), directLabels: true }));
		expect(placed(html, 'up-end').dropped).toBe(false);
		expect(placed(html, 'flat-end').dropped).toBe(false);
		expect(label(html, 'up-end').style['--mark']).toBe('var(--series-blue)');
	});

	it('hides every end name when one of them finds no room (the legend names the lines)', () => {
		const html = draw(plot([], lines, { legend: legend('x'.repeat(50)), directLabels: true }));
		expect(placed(html, 'up-end').dropped).toBe(true);
		expect(placed(html, 'flat-end').dropped).toBe(true);
	});
});
