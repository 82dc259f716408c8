/** An axis-aligned box in pixels of the plot, top-left origin. */
export interface Box {
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
}

export type Point = readonly [number, number];

export const boxesOverlap = (a: Box, b: Box): boolean =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export const boxInside = (inner: Box, outer: Box): boolean =>
	inner.x >= outer.x &&
	inner.y >= outer.y &&
	inner.x + inner.width <= outer.x + outer.width &&
	inner.y + inner.height <= outer.y + outer.height;

export const growBox = (b: Box, by: number): Box => ({
	x: b.x - by,
	y: b.y - by,
	width: b.width + 2 * by,
	height: b.height + 2 * by
});

/** Whether the segment from p to q crosses or lies in the box (Liang–Barsky clipping). */
export function segmentHitsBox(p: Point, q: Point, b: Box): boolean {
	const [dx, dy] = [q[0] - p[0], q[1] - p[1]];
	let t0 = 0;
	let t1 = 1;
	const edges: [number, number][] = [
		[-dx, p[0] - b.x],
		[dx, b.x + b.width - p[0]],
		[-dy, p[1] - b.y],
		[dy, b.y + b.height - p[1]]
	];
	for (const [pe, qe] of edges) {
		if (pe === 0) {
			if (qe < 0) return false;
			continue;
		}
		const t = qe / pe;
		if (pe < 0) t0 = Math.max(t0, t);
		else t1 = Math.min(t1, t);
		if (t0 > t1) return false;
	}
	return true;
}

export const polylineHitsBox = (points: readonly Point[], b: Box): boolean =>
	points.some((p, i) => i > 0 && segmentHitsBox(points[i - 1], p, b)) ||
	(points.length === 1 && segmentHitsBox(points[0], points[0], b));

/** The point of the box nearest to p: where a leader line from p meets the label. */
export const nearestOnBox = (p: Point, b: Box): Point => [
	Math.min(Math.max(p[0], b.x), b.x + b.width),
	Math.min(Math.max(p[1], b.y), b.y + b.height)
];
