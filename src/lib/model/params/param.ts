/** A protocol parameter or dated figure: its value, unit, primary source and the date it holds for. */
export interface Param {
	readonly value: number;
	readonly unit: string;
	readonly label: string;
	readonly source: string;
	readonly asOf: string;
}
