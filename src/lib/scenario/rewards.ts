import { a0, k } from '../model/params/cardano';
import {
	minPoolCostAda,
	typicalMaxMargin,
	typicalPledgeAda
} from '../model/params/cardanoPopulation';
import { costField, marginField, pledgeField } from './poolTermFields';
import { defineSchema } from './schema';

/** Mainnet k and a0, the minimum pool cost, a typical pledge, a margin in the middle of 0–5 %. */
const defaults = {
	k: k.value,
	a0: a0.value,
	pledge: typicalPledgeAda.value,
	cost: minPoolCostAda.value,
	margin: (typicalMaxMargin.value * 100) / 2,
	comparePledge: 0,
	compareMargin: (typicalMaxMargin.value * 100) / 2
};

/** The `rewards` widget: the network's k and a0, one pool's terms and a second pool to compare. */
export const rewardsSchema = defineSchema({
	version: 1,
	fields: {
		k: {
			kind: 'number',
			label: 'k, target number of pools',
			unit: '',
			min: 50,
			max: 2000,
			step: 1,
			scale: 'linear'
		},
		a0: {
			kind: 'number',
			label: 'a0, pledge influence',
			unit: '',
			min: 0,
			max: 1,
			step: 0.01,
			scale: 'linear'
		},
		pledge: pledgeField('Pledge'),
		cost: costField('Fixed cost per epoch'),
		margin: marginField('Margin'),
		comparePledge: pledgeField('Second pool: pledge'),
		compareMargin: marginField('Second pool: margin')
	},
	defaults: { 1: defaults }
});

export type RewardsScenario = (typeof rewardsSchema.defaults)[1];
