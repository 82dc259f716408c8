import { currentDefaults } from '../../scenario/schema';
import { migrationSchema, type MigrationScenario } from '../../scenario/migration';

export interface NamedScenario {
	readonly id: string;
	readonly label: string;
	/** The scenario from the reader's model size, seed and k, rewound to epoch 0. */
	readonly apply: (from: MigrationScenario) => MigrationScenario;
}

const reset = (from: MigrationScenario): MigrationScenario => ({
	...currentDefaults(migrationSchema),
	preset: from.preset,
	k: from.k,
	seed: from.seed
});

/** When the k scenarios change k, the pledge weight of the pledge scenario, and the CIP-50 cap. */
export const K_CHANGE_EPOCH = 20;
export const PLEDGE_HEAVY_A0 = 5;
export const CAP_EPOCH = 5;
export const CAP_LEVERAGE = 10;

/** The runs worth showing, each one choice away. */
export const namedScenarios: readonly NamedScenario[] = [
	{ id: 'whale', label: 'A whale pool unwinds', apply: (s) => ({ ...reset(s), start: 'whale' }) },
	{
		id: 'raise-k',
		label: `k doubled at epoch ${K_CHANGE_EPOCH}`,
		apply: (s) => ({ ...reset(s), start: 'mainnet', changeEpoch: K_CHANGE_EPOCH, changeK: 2 * s.k })
	},
	{
		id: 'lower-k',
		label: `k halved at epoch ${K_CHANGE_EPOCH}`,
		apply: (s) => ({
			...reset(s),
			start: 'mainnet',
			changeEpoch: K_CHANGE_EPOCH,
			changeK: Math.max(1, Math.round(s.k / 2))
		})
	},
	{
		id: 'pledge',
		label: `Pledge weighs more (a0 = ${PLEDGE_HEAVY_A0}): zero- vs high-pledge pools`,
		apply: (s) => ({ ...reset(s), start: 'uniform', a0: PLEDGE_HEAVY_A0 })
	},
	{
		id: 'cip-50',
		label: `CIP-50 cap L = ${CAP_LEVERAGE} switched on at epoch ${CAP_EPOCH}`,
		apply: (s) => ({
			...reset(s),
			start: 'uniform',
			changeEpoch: CAP_EPOCH,
			changeCap: CAP_LEVERAGE
		})
	},
	{
		id: 'ranking',
		label: 'Delegators follow the wallet ranking',
		apply: (s) => ({ ...reset(s), start: 'whale', information: 'ranking' })
	}
];

/** The named scenario a scenario is, if any (ignoring the epoch). */
export function namedScenarioOf(scenario: MigrationScenario): NamedScenario | undefined {
	const keys = Object.keys(migrationSchema.fields).filter((k) => k !== 'epoch');
	return namedScenarios.find((n) => {
		const named = n.apply(scenario) as Record<string, unknown>;
		return keys.every((k) => named[k] === (scenario as Record<string, unknown>)[k]);
	});
}
