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

/** The runs the issue asks to be one choice away. */
export const namedScenarios: readonly NamedScenario[] = [
	{ id: 'whale', label: 'A whale pool unwinds', apply: (s) => ({ ...reset(s), start: 'whale' }) },
	{
		id: 'raise-k',
		label: 'k doubled at epoch 20',
		apply: (s) => ({ ...reset(s), start: 'mainnet', changeEpoch: 20, changeK: 2 * s.k })
	},
	{
		id: 'lower-k',
		label: 'k halved at epoch 20',
		apply: (s) => ({
			...reset(s),
			start: 'mainnet',
			changeEpoch: 20,
			changeK: Math.max(1, Math.round(s.k / 2))
		})
	},
	{
		id: 'pledge',
		label: 'Pledge weighs more (a0 = 5): zero- vs high-pledge pools',
		apply: (s) => ({ ...reset(s), start: 'uniform', a0: 5 })
	},
	{
		id: 'cip-50',
		label: 'CIP-50 cap L = 10 switched on at epoch 5',
		apply: (s) => ({ ...reset(s), start: 'uniform', changeEpoch: 5, changeCap: 10 })
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
