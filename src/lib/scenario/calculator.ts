import {
	minPoolCostAda,
	typicalMaxMargin,
	typicalPledgeAda
} from '../model/params/cardanoPopulation';
import { validatorBalanceEth } from '../model/params/ethereum';
import { totalActiveBalanceEth } from '../model/params/ethereumRewards';
import { costField, marginField, pledgeField } from './poolTermFields';
import { defineSchema } from './schema';

/** One validator's worth of ETH, the illustrative total stake, a typical Cardano pool. */
const defaults = {
	eth: validatorBalanceEth.value,
	totalEth: totalActiveBalanceEth.value,
	ada: 100_000,
	poolStake: 30e6,
	pledge: typicalPledgeAda.value,
	cost: minPoolCostAda.value,
	margin: (typicalMaxMargin.value * 100) / 2
};

/** The `calculator` widget: what the reader has, total ETH staked, and one Cardano pool. */
export const calculatorSchema = defineSchema({
	version: 1,
	fields: {
		eth: {
			kind: 'number',
			// `&eth` is a legacy HTML entity (ð): forums that decode a link twice would break it.
			urlKey: 'haveEth',
			label: 'I have',
			unit: 'ETH',
			min: 0,
			max: 10_000,
			step: 0.1,
			scale: 'log'
		},
		totalEth: {
			kind: 'number',
			label: 'Total ETH staked',
			unit: 'ETH',
			min: 1e6,
			max: 100e6,
			step: 1000,
			scale: 'log'
		},
		ada: { kind: 'number', label: 'I have', unit: 'ada', min: 0, max: 1e9, step: 1, scale: 'log' },
		poolStake: {
			kind: 'number',
			label: 'Cardano pool: stake',
			unit: 'ada',
			min: 1000,
			max: 300e6,
			step: 1000,
			scale: 'log'
		},
		pledge: pledgeField('Cardano pool: pledge'),
		cost: costField('Cardano pool: fixed cost per epoch'),
		margin: marginField('Cardano pool: margin')
	},
	defaults: { 1: defaults }
});

export type CalculatorScenario = (typeof calculatorSchema.defaults)[1];
