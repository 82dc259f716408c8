import type { AxisSpec } from '../charts/axisScale';
import type { PaletteColor } from '../charts/palette';

export interface PreviewAxis extends AxisSpec {
	readonly title: string;
	readonly ticks: readonly number[];
	readonly format: (value: number) => string;
}

/** A fixed-size chart for a preview image: lines, optional bars, vertical rules, all with labels. */
export interface PreviewChart {
	readonly x: PreviewAxis;
	readonly y: PreviewAxis;
	/** The first line is drawn on top. */
	readonly lines: readonly {
		readonly label: string;
		readonly color: PaletteColor;
		readonly dash?: string;
		readonly points: readonly (readonly [number, number])[];
	}[];
	/** Bars from the x axis up to y, each `width` wide in x units (a histogram or sorted pools). */
	readonly bars?: readonly {
		readonly color: PaletteColor;
		readonly width: number;
		readonly values: readonly (readonly [number, number])[];
	}[];
	readonly rules?: readonly {
		readonly x: number;
		readonly label: string;
		readonly color: PaletteColor;
	}[];
}

/** What a link to a scenario shows when pasted in a forum or chat, all computed from the model. */
export interface Preview {
	/** At most 80 characters, with the scenario's key numbers. */
	readonly title: string;
	/** At most 250 characters: the inputs and results in words. */
	readonly description: string;
	/** Two or three numbers shown large on the image. */
	readonly keyNumbers: readonly { readonly label: string; readonly value: string }[];
	readonly chart: PreviewChart;
}
