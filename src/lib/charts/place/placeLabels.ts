import {
	boxInside,
	boxesOverlap,
	growBox,
	nearestOnBox,
	polylineHitsBox,
	type Box,
	type Point
} from './geometry';

export type Side = 'right' | 'left' | 'above' | 'below';

/** A text mark to place: its anchor and size in plot pixels, and how much it matters. */
export interface LabelRequest {
	readonly id: string;
	readonly anchor: Point;
	readonly width: number;
	readonly height: number;
	/** Higher is placed first and dropped last. */
	readonly priority: number;
	/** Sides of the anchor to try, best first. */
	readonly sides?: readonly Side[];
	/** Ids of the lines the label names: it may touch those, and no other. */
	readonly names?: readonly string[];
	/** Move only away from the anchor, never across to a neighbouring row or column. */
	readonly inLine?: boolean;
}

export interface LineObstacle {
	readonly id: string;
	readonly points: readonly Point[];
}

export interface PlacedLabel {
	readonly id: string;
	readonly box: Box;
	/** From the anchor to the label, when the label had to move away from it. */
	readonly leader?: readonly [Point, Point];
}

export interface PlacementOptions {
	/** The area labels must stay in, usually the plot. */
	readonly bounds: Box;
	readonly lines?: readonly LineObstacle[];
	/** Other marks labels must not cover, such as dots and bars; a label may cover one it names. */
	readonly boxes?: readonly (Box & { readonly id?: string })[];
	/** Space between anchor and label, and around every label, in pixels. */
	readonly gap?: number;
	/** How many steps of one label height a label may move before it is dropped. */
	readonly maxSteps?: number;
}

export interface Placement {
	readonly placed: readonly PlacedLabel[];
	/** Labels with no free place; their values stay in the caption and the table. */
	readonly dropped: readonly string[];
}

/** The box beside the anchor on one side, `distance` away and `shift` along that side. */
function besideAnchor(l: LabelRequest, side: Side, distance: number, shift: number): Box {
	const [ax, ay] = l.anchor;
	const { width, height } = l;
	if (side === 'right') return { x: ax + distance, y: ay - height / 2 + shift, width, height };
	if (side === 'left')
		return { x: ax - distance - width, y: ay - height / 2 + shift, width, height };
	if (side === 'above')
		return { x: ax - width / 2 + shift, y: ay - distance - height, width, height };
	return { x: ax - width / 2 + shift, y: ay + distance, width, height };
}

/** Slides a box along its side of the anchor (never across it) to bring it inside the bounds. */
function slideInto(b: Box, bounds: Box, side: Side): Box {
	const clamp = (v: number, lo: number, size: number, span: number) =>
		Math.min(Math.max(v, lo), lo + span - size);
	return side === 'left' || side === 'right'
		? { ...b, y: clamp(b.y, bounds.y, b.height, bounds.height) }
		: { ...b, x: clamp(b.x, bounds.x, b.width, bounds.width) };
}

/** Candidate boxes nearest first: ring 0 touches the anchor, each ring one step further out. */
function* candidates(l: LabelRequest, bounds: Box, gap: number, maxSteps: number): Generator<Box> {
	const sides = l.sides ?? ['right', 'left', 'above', 'below'];
	const step = l.height;
	for (let ring = 0; ring <= maxSteps; ring++) {
		for (const side of sides) {
			const at = (distance: number, shift: number) =>
				slideInto(besideAnchor(l, side, distance, shift), bounds, side);
			if (ring === 0 || !l.inLine) yield at(gap, -ring * step);
			if (ring > 0 && !l.inLine) yield at(gap, ring * step);
			if (ring > 0) yield at(gap + ring * step, 0);
		}
	}
}

/**
 * Places text marks inside the bounds, off each other, off the given boxes and off the lines
 * they do not name: beside the anchor if there is room, else nudged along the side, else further
 * out with a leader line, else dropped, lowest priority first.
 */
export function placeLabels(
	labels: readonly LabelRequest[],
	{ bounds, lines = [], boxes = [], gap = 4, maxSteps = 8 }: PlacementOptions
): Placement {
	const taken: Box[] = [];
	const placed: PlacedLabel[] = [];
	const dropped: string[] = [];
	const ordered = [...labels].sort((a, b) => b.priority - a.priority);
	for (const label of ordered) {
		const others = lines.filter((line) => !label.names?.includes(line.id));
		const marks = boxes
			.filter((b) => !b.id || !label.names?.includes(b.id))
			.map((b) => growBox(b, 1));
		let found: Box | undefined;
		for (const box of candidates(label, bounds, gap, maxSteps)) {
			if (!boxInside(box, bounds)) continue;
			const padded = growBox(box, gap / 2);
			if (taken.some((t) => boxesOverlap(padded, t))) continue;
			if (marks.some((t) => boxesOverlap(box, t))) continue;
			if (others.some((line) => polylineHitsBox(line.points, box))) continue;
			found = box;
			break;
		}
		if (!found) {
			dropped.push(label.id);
			continue;
		}
		taken.push(found);
		const end = nearestOnBox(label.anchor, found);
		const far = Math.hypot(end[0] - label.anchor[0], end[1] - label.anchor[1]) > gap + label.height;
		placed.push({ id: label.id, box: found, leader: far ? [label.anchor, end] : undefined });
	}
	return { placed, dropped };
}
