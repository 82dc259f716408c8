import { defineSchema } from './schema';

/** The `leverage` widget: an operator's own and delegated stake, and a Cardano pool's pledge. */
export const leverageSchema = defineSchema({
	version: 1,
	fields: {
		own: {
			kind: 'number',
			label: "Operator's own stake",
			unit: 'ETH',
			min: 0,
			max: 1e9,
			step: 0.01,
			scale: 'log'
		},
		delegated: {
			kind: 'number',
			label: 'Delegated stake',
			unit: 'ETH',
			min: 0,
			max: 1e9,
			step: 0.01,
			scale: 'log'
		},
		pledge: {
			kind: 'number',
			label: 'Cardano pool pledge',
			unit: 'ada',
			min: 0,
			max: 1e9,
			step: 1,
			scale: 'log'
		}
	},
	defaults: {
		1: { own: 1, delegated: 9, pledge: 100_000 }
	}
});

export type LeverageScenario = (typeof leverageSchema.defaults)[1];
