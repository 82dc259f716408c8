import { getContext, setContext } from 'svelte';
import type { Field, Fields, Schema } from '../scenario/schema';
import type { ControlsOption } from './embedOptions';

const CONTROLS = Symbol('controls shown');

interface ShownControls {
	readonly any: boolean;
	/** Field labels of the settings whose controls show. */
	readonly labels: ReadonlySet<string> | 'all';
}

/** Called by an embed page that shows fewer controls than all (`controls=none` or a list of keys). */
export function setShownControls<F extends Fields>(schema: Schema<F>, controls: ControlsOption) {
	const fields = schema.fields as Record<string, Field>;
	setContext<ShownControls>(CONTROLS, {
		any: controls !== 'none',
		labels:
			controls === 'all'
				? 'all'
				: new Set(controls === 'none' ? [] : controls.map((key) => fields[key].label))
	});
}

const shownControls = () => getContext<ShownControls | undefined>(CONTROLS);

/** Whether a widget's controls show at all. */
export function controlsShown(): boolean {
	return shownControls()?.any ?? true;
}

/**
 * Whether the control labelled `label` shows: all of them on a page that sets nothing; on an embed
 * that lists keys, only the listed settings (a control that is not a setting, such as a named
 * scenario list, is then hidden too).
 */
export function controlShown(label: string): boolean {
	const labels = shownControls()?.labels ?? 'all';
	return labels === 'all' || labels.has(label);
}
