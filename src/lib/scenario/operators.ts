import { defineSchema } from './schema';

/**
 * The `operators` widget: a seeded pool-splitting game of 1000 stakeholders (target k, pledge
 * influence a0, CIP-50 cap L with 0 = off, cost of each extra pool as a share of the first, seed).
 */
export const operatorsSchema = defineSchema({
	version: 1,
	fields: {
		k: {
			kind: 'number',
			label: 'k, target number of pools',
			unit: '',
			min: 10,
			max: 500,
			step: 1,
			scale: 'log'
		},
		a0: {
			kind: 'number',
			label: 'a0, pledge influence',
			unit: '',
			min: 0.001,
			max: 10,
			step: 0.001,
			scale: 'log'
		},
		cap: {
			kind: 'number',
			label: 'CIP-50 cap L (0 = off)',
			unit: '× pledge',
			min: 0,
			max: 10_000,
			step: 1,
			scale: 'log'
		},
		extraPoolCost: {
			kind: 'number',
			label: 'Cost of each extra pool',
			unit: '% of the first',
			min: 0,
			max: 100,
			step: 5,
			scale: 'linear'
		},
		seed: {
			kind: 'number',
			label: 'Seed',
			unit: '',
			min: 0,
			max: 999_999,
			step: 1,
			scale: 'linear'
		}
	},
	defaults: { 1: { k: 100, a0: 0.3, cap: 0, extraPoolCost: 40, seed: 1 } }
});

export type OperatorsScenario = (typeof operatorsSchema.defaults)[1];
