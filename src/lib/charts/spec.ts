import type { PaletteColor } from './palette';
import type { Side } from './place/placeLabels';

/** A colour by name: a palette series colour, or the page's text and muted colours. */
export type ColorToken = PaletteColor | 'text' | 'muted';

export type Point = readonly [number, number];

export interface ContinuousScale {
	readonly type: 'linear' | 'log';
	readonly domain: readonly [number, number];
	readonly title: string;
	readonly format: (value: number) => string;
	/** Tick values; without them the scale's own ticks (d3's `ticks(count)`). */
	readonly ticks?: readonly number[];
	readonly tickCount?: number;
}

/** Rows of a horizontal bar chart, top to bottom, each a name line above its bar. */
export interface BandScale {
	readonly type: 'band';
	readonly domain: readonly string[];
}

export interface LineMark {
	readonly type: 'line';
	readonly id: string;
	readonly points: readonly Point[];
	readonly color: ColorToken;
	readonly dash?: string;
	readonly width?: number;
}

/** A bar along x on one row of a band scale; `continues` when it runs past the axis end. */
export interface BarMark {
	readonly type: 'barX';
	readonly id: string;
	readonly row: string;
	readonly x1: number;
	readonly x2: number;
	readonly color: ColorToken;
}

export interface ColumnMark {
	readonly type: 'columns';
	readonly id: string;
	readonly color: ColorToken;
	readonly hollow?: boolean;
	readonly gap?: number;
	readonly columns: readonly {
		readonly x0: number;
		readonly x1: number;
		readonly y: number;
		readonly previous?: number;
	}[];
}

export interface RuleMark {
	readonly type: 'ruleX' | 'ruleY';
	readonly id: string;
	readonly at: number;
	readonly color: ColorToken;
	/** Only across the bars of a band chart, leaving the name lines clear. */
	readonly barsOnly?: boolean;
}

export interface DotMark {
	readonly type: 'dot';
	readonly id: string;
	readonly at: Point;
	readonly color: ColorToken;
}

/** A shaded band across the plot between two y values (a zoomed range). */
export interface BandYMark {
	readonly type: 'bandY';
	readonly id: string;
	readonly y1: number;
	readonly y2: number;
	readonly color: ColorToken;
}

export type Mark = LineMark | BarMark | ColumnMark | RuleMark | DotMark | BandYMark;

/** A text mark: where it points, how much it matters, what it may touch. */
export interface TextMark {
	readonly id: string;
	readonly text: string;
	/** Data point the label belongs to; on a band chart, [x, row index + fraction down the row]. */
	readonly at: Point;
	readonly priority: number;
	readonly sides?: readonly Side[];
	/** Ids of the marks the label names; it may touch those. */
	readonly names?: readonly string[];
	/** Stays level with its anchor (a value on its bar's own row). */
	readonly inLine?: boolean;
	readonly color?: ColorToken;
	readonly bold?: boolean;
}

/** A row name of a band chart, on its bar's own row. */
export interface RowLabel {
	readonly row: string;
	readonly text: string;
	readonly strong?: string;
}

export interface LegendEntry {
	readonly id: string;
	readonly label: string;
	readonly color: ColorToken;
	readonly dash?: string;
	readonly width?: number;
	readonly kind?: 'line' | 'box' | 'hollow' | 'tick';
}

/**
 * One chart, the single description both the page (Svelte, percent positions) and the preview
 * image (fixed pixels) draw from: scales, marks, text, colours as tokens.
 */
export interface ChartSpec {
	/** What the chart shows, for screen readers. */
	readonly label: string;
	readonly x: ContinuousScale;
	readonly y: ContinuousScale | BandScale;
	readonly marks: readonly Mark[];
	readonly labels: readonly TextMark[];
	readonly rows?: readonly RowLabel[];
	/** Only for what direct labels cannot name. */
	readonly legend?: readonly LegendEntry[];
	/**
	 * Name the legend's lines at their ends where all of them find room, and show the legend only
	 * where they do not (a narrow plot).
	 */
	readonly directLabels?: boolean;
	/** Height of the chart on the page, in rem. */
	readonly height: number;
}
