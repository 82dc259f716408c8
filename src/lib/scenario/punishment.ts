import { defineSchema } from './schema';

/** The `punishment` widget: the day the evidence arrives, Ethereum's exit queue, the slashed share. */
export const punishmentSchema = defineSchema({
	version: 1,
	fields: {
		day: {
			kind: 'number',
			label: 'Evidence decidable on day',
			unit: 'days',
			min: 0,
			max: 60,
			step: 1,
			scale: 'linear'
		},
		queueEth: {
			kind: 'number',
			label: 'Ethereum exit queue ahead',
			unit: 'ETH',
			min: 0,
			max: 20e6,
			step: 1,
			scale: 'log'
		},
		slashedPercent: {
			kind: 'number',
			label: 'Stake slashed together',
			unit: '%',
			min: 0,
			max: 50,
			step: 0.1,
			scale: 'linear'
		}
	},
	defaults: { 1: { day: 7, queueEth: 1_000_000, slashedPercent: 10 } }
});

export type PunishmentScenario = (typeof punishmentSchema.defaults)[1];
