import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelRequest } from './placeLabels';
import { boxesOverlap, segmentHitsBox } from './geometry';

const bounds = { x: 0, y: 0, width: 200, height: 100 };
const label = (id: string, anchor: [number, number], more: Partial<LabelRequest> = {}) =>
	({ id, anchor, width: 40, height: 10, priority: 1, ...more }) as LabelRequest;

describe('segmentHitsBox', () => {
	const box = { x: 10, y: 10, width: 10, height: 10 };
	it.each([
		[[0, 0], [30, 30], true],
		[[0, 15], [30, 15], true],
		[[0, 0], [30, 0], false],
		[[12, 12], [13, 13], true],
		[[0, 15], [15, 0], false],
		[[21, 0], [21, 30], false]
	] as const)('segment %j–%j crosses the box: %s', (p, q, hits) => {
		expect(segmentHitsBox(p, q, box)).toBe(hits);
	});
});

describe('placeLabels', () => {
	it('puts a lone label right of its anchor, gap away, centred on it', () => {
		const { placed } = placeLabels([label('a', [50, 50])], { bounds, gap: 4 });
		expect(placed).toEqual([{ id: 'a', box: { x: 54, y: 45, width: 40, height: 10 } }]);
	});

	it('flips a label to the left at the right edge', () => {
		const { placed } = placeLabels([label('a', [190, 50])], { bounds, gap: 4 });
		expect(placed[0].box).toEqual({ x: 146, y: 45, width: 40, height: 10 });
	});

	it('keeps a label at the top edge inside the plot', () => {
		const { placed } = placeLabels([label('a', [50, 2])], { bounds, gap: 4 });
		expect(placed[0].box).toEqual({ x: 54, y: 0, width: 40, height: 10 });
	});

	it('nudges the lower-priority of two labels at one point off the first', () => {
		const { placed } = placeLabels(
			[label('low', [50, 50], { priority: 1 }), label('high', [50, 50], { priority: 2 })],
			{ bounds, gap: 4 }
		);
		const high = placed.find((p) => p.id === 'high')!;
		const low = placed.find((p) => p.id === 'low')!;
		expect(high.box).toEqual({ x: 54, y: 45, width: 40, height: 10 });
		expect(low.box).toEqual({ x: 6, y: 45, width: 40, height: 10 });
		expect(boxesOverlap(high.box, low.box)).toBe(false);
	});

	it('moves a label off a line it does not name, and onto one it names', () => {
		const line = { id: 'flat', points: [[0, 50] as const, [200, 50] as const] };
		const off = placeLabels([label('a', [50, 50], { sides: ['right'] })], {
			bounds,
			lines: [line],
			gap: 4
		});
		expect(off.placed[0].box).toEqual({ x: 54, y: 35, width: 40, height: 10 });
		const on = placeLabels([label('a', [50, 50], { sides: ['right'], names: ['flat'] })], {
			bounds,
			lines: [line],
			gap: 4
		});
		expect(on.placed[0].box.y).toBe(45);
	});

	it('keeps an in-line label level with its anchor: further out, never up or down', () => {
		const block = { x: 50, y: 40, width: 60, height: 20 };
		const { placed } = placeLabels([label('a', [40, 50], { sides: ['right'], inLine: true })], {
			bounds,
			boxes: [block],
			gap: 4
		});
		expect(placed[0].box.y).toBe(45);
		expect(placed[0].box.x).toBeGreaterThanOrEqual(111);
	});

	it('draws a leader line when the label had to go more than a step away', () => {
		const wall = { x: 0, y: 20, width: 200, height: 60 };
		const { placed } = placeLabels([label('a', [100, 50], { sides: ['above'] })], {
			bounds,
			boxes: [wall],
			gap: 4
		});
		expect(placed[0].box.y + placed[0].box.height).toBeLessThanOrEqual(19);
		expect(placed[0].leader?.[0]).toEqual([100, 50]);
		expect(placed[0].leader?.[1]).toEqual([100, placed[0].box.y + 10]);
	});

	it('drops the lowest priority when there is no room, and keeps the rest', () => {
		const tiny = { x: 0, y: 0, width: 50, height: 12 };
		const result = placeLabels(
			[label('keep', [5, 6], { priority: 3 }), label('drop', [5, 6], { priority: 1 })],
			{ bounds: tiny, gap: 2 }
		);
		expect(result.placed.map((p) => p.id)).toEqual(['keep']);
		expect(result.dropped).toEqual(['drop']);
	});

	it('never lets placed labels overlap or leave the bounds, for a crowd of labels', () => {
		const crowd = Array.from({ length: 12 }, (_, i) =>
			label(`l${i}`, [20 + ((i * 37) % 160), 10 + ((i * 23) % 80)], { priority: i % 3 })
		);
		const { placed, dropped } = placeLabels(crowd, { bounds, gap: 2 });
		expect(placed.length + dropped.length).toBe(12);
		for (const a of placed) {
			expect(a.box.x).toBeGreaterThanOrEqual(0);
			expect(a.box.x + a.box.width).toBeLessThanOrEqual(200);
			for (const b of placed) if (a !== b) expect(boxesOverlap(a.box, b.box)).toBe(false);
		}
	});
});
