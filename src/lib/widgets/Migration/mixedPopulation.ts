import type { Mix } from '../../sim/simParams';

/**
 * The widget's mixed population, an illustration rather than a fit: half the delegators never
 * move (sticky stake), 30 % follow the wallet ranking and 20 % compare every pool's current yield.
 * The article compares it and other mixes with mainnet's distribution (`articleRuns.ts`).
 */
export const mixedPopulation: Mix = { ranking: 0.3, all: 0.2, sticky: 0.5 };

const percent = (share = 0) => Math.round(share * 100);

/** "30 % wallet ranking, 20 % every pool, 50 % never move" */
export const mixedPopulationLabel = `${percent(mixedPopulation.ranking)} % wallet ranking, ${percent(mixedPopulation.all)} % every pool, ${percent(mixedPopulation.sticky)} % never move`;
