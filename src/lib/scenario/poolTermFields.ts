import type { NumberField } from './schema';

/** A Cardano pool's pledge, in ada, on a log slider up to four saturation points. */
export const pledgeField = (label: string): NumberField => ({
	kind: 'number',
	label,
	unit: 'ada',
	min: 0,
	max: 300e6,
	step: 1000,
	scale: 'log'
});

/** A Cardano pool's fixed cost per epoch, in ada. */
export const costField = (label: string): NumberField => ({
	kind: 'number',
	label,
	unit: 'ada',
	min: 0,
	max: 2000,
	step: 1,
	scale: 'linear'
});

/** A Cardano pool's margin, in percent. */
export const marginField = (label: string): NumberField => ({
	kind: 'number',
	label,
	unit: '%',
	min: 0,
	max: 100,
	step: 0.1,
	scale: 'linear'
});
