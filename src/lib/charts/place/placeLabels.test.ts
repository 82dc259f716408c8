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

/** A 20 × 10 label at (100, 50), 4 px gap: right of it 104…124 × 45…55. */
describe('placeLabels, side by side', () => {
	const at = (more: Partial<LabelRequest> = {}, anchor: [number, number] = [100, 50]) =>
		label('l', anchor, { width: 20, ...more });
	const place = (
		request: LabelRequest,
		boxes: { x: number; y: number; width: number; height: number; id?: string }[] = [],
		maxSteps?: number
	) => placeLabels([request], { bounds, boxes, maxSteps }).placed[0]?.box;
	const spot = (x: number, y: number) => ({ x, y, width: 20, height: 10 });

	it('centres a label above or below its anchor', () => {
		expect(place(at({ sides: ['above'] }))).toEqual(spot(90, 36));
		expect(place(at({ sides: ['below'] }))).toEqual(spot(90, 54));
	});

	it('tries right, left, above, below in turn by default', () => {
		// Small marks right and left of the anchor, clear of the space above it.
		const sides = [
			{ x: 110, y: 48, width: 4, height: 4 },
			{ x: 86, y: 48, width: 4, height: 4 }
		];
		expect(place(at(), sides)).toEqual(spot(90, 36));
	});

	it('shifts along the side before moving out: up on the left, sideways above and below', () => {
		// A strip left of the anchor at y 48…52 blocks the left spot; one height up is clear.
		expect(place(at({ sides: ['left'] }), [{ x: 0, y: 48, width: 97, height: 4 }])).toEqual(
			spot(76, 35)
		);
		// A post through the spot above blocks it, one step either way and one step out: two
		// steps to the left is clear.
		expect(place(at({ sides: ['above'] }), [{ x: 98, y: 0, width: 4, height: 46 }])).toEqual(
			spot(70, 36)
		);
		expect(place(at({ sides: ['below'] }), [{ x: 98, y: 54, width: 4, height: 46 }])).toEqual(
			spot(70, 54)
		);
	});

	it('tries one step down after one step up', () => {
		// Covers the right spot and the one a step up (35…45): a step down (55…65) is clear.
		expect(place(at({ sides: ['right'] }), [{ x: 104, y: 35, width: 4, height: 16 }])).toEqual(
			spot(104, 55)
		);
	});

	it('moves a label kept in line only further out along its side', () => {
		// A step down would be clear, but the label stays level with its anchor.
		const post = [{ x: 104, y: 45, width: 4, height: 4 }];
		expect(place(at({ sides: ['right'], inLine: true }), post)).toEqual(spot(114, 45));
	});

	it('slides a label along its side into the plot, never across its anchor', () => {
		expect(place(at({ sides: ['right'] }, [100, 98]))).toEqual(spot(104, 90));
		expect(place(at({ sides: ['left'] }, [100, 98]))).toEqual(spot(76, 90));
		expect(place(at({ sides: ['above'] }, [5, 50]))).toEqual(spot(0, 36));
	});

	it('puts a label kept in line beside its anchor when there is room, with no leader', () => {
		expect(place(at({ sides: ['right'], inLine: true }))).toEqual(spot(104, 45));
		// One step out: 14 px from the anchor, exactly the gap and a label height, so no leader.
		const post = [{ x: 104, y: 45, width: 4, height: 4 }];
		const { placed } = placeLabels([at({ sides: ['right'], inLine: true })], {
			bounds,
			boxes: post
		});
		expect(placed).toEqual([{ id: 'l', box: spot(114, 45), leader: undefined }]);
	});

	it('looks as many steps out as it is allowed, and no further', () => {
		const post = [{ x: 104, y: 35, width: 4, height: 30 }];
		expect(place(at({ sides: ['right'], inLine: true }), post, 1)).toEqual(spot(114, 45));
		expect(place(at({ sides: ['right'], inLine: true }), post, 0)).toBeUndefined();
	});

	it('may cover a mark it names, but no other and none without a name', () => {
		const mark = { x: 104, y: 45, width: 4, height: 4 };
		const named = at({ sides: ['right'], names: ['bar'] });
		expect(place(named, [{ ...mark, id: 'bar' }])).toEqual(spot(104, 45));
		expect(place(named, [{ ...mark, id: 'other' }])).not.toEqual(spot(104, 45));
		expect(place(named, [mark])).not.toEqual(spot(104, 45));
	});

	it('keeps half the gap clear around every placed label', () => {
		// The first spans y 45…55; the second, right of (100, 66), would span 61…71: 6 px apart,
		// more than 2 px each side needs.
		const { placed } = placeLabels(
			[
				at({ id: 'first', priority: 2, sides: ['right'] }),
				at({ id: 'second', sides: ['right'] }, [100, 66])
			],
			{ bounds }
		);
		expect(placed.map((p) => p.box)).toEqual([spot(104, 45), spot(104, 61)]);
	});
});
