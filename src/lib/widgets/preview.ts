import type { ChartSpec } from '../charts/spec';

/** What a link to a scenario shows when pasted in a forum or chat, all computed from the model. */
export interface Preview {
	/** At most 80 characters, with the scenario's key numbers. */
	readonly title: string;
	/** At most 250 characters: the inputs and results in words. */
	readonly description: string;
	/** Two or three numbers shown large on the image. */
	readonly keyNumbers: readonly { readonly label: string; readonly value: string }[];
	/** The page's own chart spec for the scenario, with its point marked. */
	readonly chart: ChartSpec;
}
