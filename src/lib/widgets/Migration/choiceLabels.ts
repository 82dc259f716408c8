import type { MigrationScenario } from '../../scenario/migration';
import type { ChoiceField } from '../../scenario/schema';
import { presets } from '../../sim/presets';
import { mixedPopulationLabel } from './mixedPopulation';

const { small, mainnet } = presets;
const count = (n: number) => n.toLocaleString('en');

type ChoiceKey = 'preset' | 'start' | 'information';

/** Words for every option of the migration scenario's choice fields. */
export const choiceLabels: { [K in ChoiceKey]: Record<MigrationScenario[K], string> } = {
	preset: {
		small: `${small.pools} pools, ${count(small.delegators)} delegators`,
		mainnet: `Mainnet size: ${count(mainnet.pools)} pools, ${count(mainnet.delegators)} delegators`
	},
	start: {
		// Short enough for the select of a 320 px screen, which cuts text without an ellipsis.
		whale: `${mainnet.whaleShare * 100} % in one whale pool`,
		mainnet: 'Spread like mainnet today',
		uniform: 'Even spread'
	},
	information: {
		all: 'Every pool',
		sample: `${small.sampleSize} pools at random`,
		ranking: 'The wallet ranking',
		mixed: `A mix: ${mixedPopulationLabel}`
	}
};

/** A choice field's options, each with its words, for a list to choose from. */
export function labelledOptions<O extends string>(
	field: ChoiceField<O>,
	labels: Record<O, string>
) {
	return field.options.map((value) => ({ value, label: labels[value] }));
}
