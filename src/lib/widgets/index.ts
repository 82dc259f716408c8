import { calculatorSchema } from '../scenario/calculator';
import { leverageSchema } from '../scenario/leverage';
import { migrationSchema } from '../scenario/migration';
import { operatorsSchema } from '../scenario/operators';
import { punishmentSchema } from '../scenario/punishment';
import { rewardsSchema } from '../scenario/rewards';
import { calculatorData } from './Calculator/calculatorData';
import { calculatorPreview } from './Calculator/calculatorPreview';
import { calculatorSummary } from './Calculator/calculatorSummary';
import { leverageData } from './Leverage/leverageData';
import { leveragePreview } from './Leverage/leveragePreview';
import { leverageSummary } from './Leverage/leverageSummary';
import { migrationData } from './Migration/migrationData';
import { migrationPreview } from './Migration/migrationPreview';
import { operatorsData } from './Operators/operatorsData';
import { operatorsPreview } from './Operators/operatorsPreview';
import { punishmentData } from './Punishment/punishmentData';
import { punishmentPreview } from './Punishment/punishmentPreview';
import { punishmentSummary } from './Punishment/punishmentSummary';
import { rewardsData } from './Rewards/rewardsData';
import { rewardsPreview } from './Rewards/rewardsPreview';
import { rewardsSummary } from './Rewards/rewardsSummary';
import { defineWidget } from './types';

/** Every widget of the site. Articles, scenario pages, embeds and preview images reach widgets here. */
export const widgets = {
	leverage: defineWidget({
		slug: 'leverage',
		// Measured at 720 px wide with the defaults (scripts/measure-embeds.ts).
		embedHeight: 757,
		title: 'Leverage against delegated stake',
		loadComponent: () => import('./Leverage/Leverage.svelte').then((m) => m.default),
		schema: leverageSchema,
		summary: (scenario) => leverageSummary(scenario),
		article: 'leverage#leverage-grows-with-delegation',
		context:
			'Leverage is the stake an operator steers divided by the stake it would lose if it misbehaved. An operator whose own stake stays put while delegation grows climbs a diagonal; bonded designs stay flat because every validator needs a bond.',
		preview: leveragePreview,
		data: leverageData
	}),
	rewards: defineWidget({
		slug: 'rewards',
		// Measured at 720 px wide with the defaults (scripts/measure-embeds.ts).
		embedHeight: 1141,
		title: 'What a Cardano pool pays as it grows',
		loadComponent: () => import('./Rewards/Rewards.svelte').then((m) => m.default),
		schema: rewardsSchema,
		summary: (scenario) => rewardsSummary(scenario),
		article: 'rewards#saturation',
		context:
			'A Cardano pool is paid in proportion to its stake up to the saturation point, total stake divided by k, and not a lovelace more. Past it the same reward is shared by more ada, so each delegator earns less; the pledge raises the cap only a little.',
		preview: rewardsPreview,
		data: rewardsData
	}),
	punishment: defineWidget({
		slug: 'punishment',
		// Measured at 720 px wide with the defaults (scripts/measure-embeds.ts).
		embedHeight: 1109,
		title: 'Liquid vs locked: punishment after the fact',
		loadComponent: () => import('./Punishment/Punishment.svelte').then((m) => m.default),
		schema: punishmentSchema,
		summary: (scenario) => punishmentSummary(scenario),
		article: 'punishment#liquid-or-locked',
		context:
			'A protocol can only punish stake it still holds and evidence it still accepts. Ethereum keeps a validator slashable until it has passed the exit queue, Cosmos until its evidence limits pass, Polkadot for its bonding duration, Tezos until denunciations close; Cardano has nothing to take. The second panel shows how Ethereum prices correlated misbehaviour.',
		preview: punishmentPreview,
		data: punishmentData
	}),
	calculator: defineWidget({
		slug: 'calculator',
		title: 'I have X: what each way of staking pays, locks and risks',
		loadComponent: () => import('./Calculator/Calculator.svelte').then((m) => m.default),
		schema: calculatorSchema,
		summary: (scenario) => calculatorSummary(scenario),
		article: 'calculator#compare',
		context:
			'The same ETH earns differently as a solo validator, a bonded Rocket Pool or Lido CSM operator, or a stETH or rETH holder, and ada differently again in a Cardano pool. Bonded operators earn a fee on stake they borrow but are first in line for losses; token holders can sell at once; delegated ada risk nothing.',
		// Measured at 720 px wide with the defaults (scripts/measure-embeds.ts).
		embedHeight: 1768,
		preview: calculatorPreview,
		data: calculatorData
	}),
	migration: defineWidget({
		slug: 'migration',
		title: 'Do delegators leave big pools?',
		loadComponent: () => import('./Migration/Migration.svelte').then((m) => m.default),
		schema: migrationSchema,
		summary: (scenario) => migrationPreview(scenario).description,
		article: 'migration#what-the-simulation-shows',
		context:
			'Each epoch some of the seeded delegators compare pools and move when another pays at least 1 % more; rewards follow the stake of two epochs earlier. Press play to watch stake leave an oversaturated pool, or switch k, the pledge weight or the CIP-50 cap mid-run.',
		// Measured at 720 px wide with the defaults (scripts/measure-embeds.ts).
		embedHeight: 1588,
		preview: migrationPreview,
		data: migrationData
	}),
	operators: defineWidget({
		slug: 'operators',
		// Measured at 720 px wide with the defaults (scripts/measure-embeds.ts).
		embedHeight: 900,
		title: 'Who runs the pools? Operators splitting under saturation',
		loadComponent: () => import('./Operators/Operators.svelte').then((m) => m.default),
		schema: operatorsSchema,
		summary: (scenario) => operatorsPreview(scenario).description,
		article: 'operators#what-the-game-shows',
		context:
			'A thousand stakeholders each round keep their strategy, delegate, or run as many pools as pays best, setting margins to beat the pool ranked just below. Saturation caps each pool, not each operator: watch how many pools the richest run, and how few operators hold half the stake.',
		preview: operatorsPreview,
		data: operatorsData
	})
};

export type WidgetSlug = keyof typeof widgets;
