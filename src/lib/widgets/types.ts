import type { Component } from 'svelte';
import type { DataTable } from '../export/dataTable';
import type { Fields, Scenario, Schema } from '../scenario/schema';
import type { Preview } from './preview';

/** The props every widget takes: plain scenario data in, a new scenario out, and how it is shown. */
export interface WidgetProps<S> {
	scenario: S;
	onchange: (scenario: S) => void;
	embedded?: boolean;
}

export interface WidgetEntry<F extends Fields> {
	readonly slug: string;
	readonly title: string;
	/** The widget's component, loaded on demand so a page carries only the widget it shows. */
	readonly loadComponent: () => Promise<Component<WidgetProps<Scenario<F>>>>;
	readonly schema: Schema<F>;
	/** One sentence with the scenario's key numbers. */
	readonly summary: (scenario: Scenario<F>) => string;
	/** The article section that explains the widget: `slug#anchor`. */
	readonly article: string;
	/** Two or three sentences of context for the widget's own page. */
	readonly context: string;
	/** Height in pixels the embed page needs at a 720 px width; 800 when not given. */
	readonly embedHeight?: number;
	/** Title, description, key numbers and chart for the scenario's link preview. */
	readonly preview: (scenario: Scenario<F>) => Preview;
	/** The numbers the widget shows, unrounded, as tables for `/w/<slug>.csv`. */
	readonly data: (scenario: Scenario<F>) => DataTable[];
}

export function defineWidget<F extends Fields>(entry: WidgetEntry<F>): WidgetEntry<F> {
	return entry;
}
