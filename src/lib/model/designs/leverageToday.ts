import { bondedLeverage } from '../leverage';
import { ethereum, lido, rocketPool, tezos } from '../params';
import { csmDefaultCurve, csmIcsCurve, csmLeverage } from './csmBond';
import { designById } from './index';

/** One design's leverage as it stands, for the chart's zoomed panel and the articles. */
export interface LeverageToday {
	readonly id: string;
	readonly label: string;
	/** Stake controlled ÷ the operator's own stake at risk; Infinity when nothing is at risk. */
	readonly leverage: number;
	readonly source: string;
}

const validatorEth = ethereum.validatorBalanceEth.value;

/**
 * Leverage of the designs in use today, from least to most: a solo validator (1×), a Rocket Pool
 * megapool validator on a 4 ETH bond (8×), Tezos' baking-power limits (13×), a Lido CSM operator's
 * first validator on the default curve (32 / 2.4 = 13.3×) and each further one (32 / 1.3 = 24.6×),
 * an identified community staker's first (32 / 1.5 = 21.3×), and a Lido curated operator with no
 * bond (∞). Sources: each parameter's own.
 */
export function leverageToday(): LeverageToday[] {
	const entries: LeverageToday[] = [
		{
			id: 'solo',
			label: 'Ethereum solo validator',
			leverage: bondedLeverage(validatorEth, validatorEth),
			source: ethereum.validatorBalanceEth.source
		},
		{
			id: 'rocket-pool-4',
			label: `Rocket Pool megapool, ${rocketPool.megapoolBondEth.value} ETH bond`,
			leverage: bondedLeverage(validatorEth, rocketPool.megapoolBondEth.value),
			source: rocketPool.megapoolBondEth.source
		},
		{
			id: 'tezos',
			label: 'Tezos baker, at the staking and delegation limits',
			leverage: designById('tezos').maxLeverage,
			source: tezos.stakingOverBakingLimit.source
		},
		{
			id: 'csm-first',
			label: `Lido CSM, first validator (${csmDefaultCurve.firstEth} ETH bond)`,
			leverage: csmLeverage(1),
			source: lido.csmFirstBondEth.source
		},
		{
			id: 'csm-ics-first',
			label: `Lido CSM identified staker, first validator (${csmIcsCurve.firstEth} ETH bond)`,
			leverage: csmLeverage(1, validatorEth, csmIcsCurve),
			source: lido.csmIcsFirstBondEth.source
		},
		{
			id: 'csm-next',
			label: `Lido CSM, each further validator (${csmDefaultCurve.nextEth} ETH bond)`,
			leverage: bondedLeverage(validatorEth, csmDefaultCurve.nextEth),
			source: lido.csmNextBondEth.source
		},
		{
			id: 'lido-curated',
			label: 'Lido curated operator (no bond)',
			leverage: designById('lido-curated').maxLeverage,
			source: lido.curatedBondEth.source
		}
	];
	return entries.sort((a, b) => a.leverage - b.leverage);
}
