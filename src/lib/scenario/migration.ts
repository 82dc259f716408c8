import { presets } from '../sim/presets';
import { defineSchema, type NumberField } from './schema';

const { small } = presets;

const kField = (label: string, min: number): NumberField => ({
	kind: 'number',
	label,
	unit: '',
	min,
	max: 2000,
	step: 1,
	scale: 'log'
});

const capField = (label: string): NumberField => ({
	kind: 'number',
	label,
	unit: '× pledge',
	min: 0,
	max: 10_000,
	step: 1,
	scale: 'log'
});

/** The 50-pool world with its whale: 90 % of delegations start in one pool, shown at epoch 0. */
const defaults = {
	preset: 'small' as const,
	start: 'whale' as const,
	k: small.k,
	a0: small.a0,
	information: small.information,
	inertia: small.inertia * 100,
	cap: 0,
	changeEpoch: 0,
	changeK: 0,
	changeCap: 0,
	seed: small.seed,
	epoch: 0
};

/**
 * The `migration` widget: a seeded delegation run (engine preset, start, k, a0, what delegators
 * see, how many look each epoch, CIP-50 cap with 0 = off), an optional change at `changeEpoch`
 * (0 = none; `changeK` and `changeCap` 0 = unchanged), and the epoch on screen.
 */
export const migrationSchema = defineSchema({
	version: 1,
	fields: {
		preset: { kind: 'choice', label: 'Model size', options: ['small', 'mainnet'] as const },
		start: { kind: 'choice', label: 'Start', options: ['whale', 'mainnet', 'uniform'] as const },
		k: kField('k, target number of pools', 1),
		a0: {
			kind: 'number',
			label: 'a0, pledge influence',
			unit: '',
			min: 0,
			max: 10,
			step: 0.01,
			scale: 'log'
		},
		information: {
			kind: 'choice',
			label: 'What delegators compare',
			options: ['all', 'sample', 'ranking', 'mixed'] as const
		},
		inertia: {
			kind: 'number',
			label: 'Delegators who do not look, each epoch',
			unit: '%',
			min: 0,
			max: 99,
			step: 1,
			scale: 'linear'
		},
		cap: capField('CIP-50 cap L (0 = off)'),
		changeEpoch: {
			kind: 'number',
			label: 'Change at epoch (0 = none)',
			unit: '',
			min: 0,
			max: 200,
			step: 1,
			scale: 'linear'
		},
		changeK: kField('k from then on (0 = unchanged)', 0),
		changeCap: capField('Cap from then on (0 = unchanged)'),
		seed: {
			kind: 'number',
			label: 'Seed',
			unit: '',
			min: 0,
			max: 999_999,
			step: 1,
			scale: 'linear',
			display: 'integer'
		},
		epoch: { kind: 'number', label: 'Epoch', unit: '', min: 0, max: 200, step: 1, scale: 'linear' }
	},
	defaults: { 1: defaults }
});

export type MigrationScenario = (typeof migrationSchema.defaults)[1];

/** The last epoch a run can be shown at. */
export const maxEpoch = migrationSchema.fields.epoch.max;
