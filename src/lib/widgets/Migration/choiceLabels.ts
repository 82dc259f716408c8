import { presets } from '../../sim/presets';
import { mixedPopulationLabel } from './mixedPopulation';

const { small, mainnet } = presets;
const count = (n: number) => n.toLocaleString('en');

/** Words for every option of the migration scenario's choice fields. */
export const choiceLabels: Record<'preset' | 'start' | 'information', Record<string, string>> = {
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
