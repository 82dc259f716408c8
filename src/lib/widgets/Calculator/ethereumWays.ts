import { csmBond } from '../../model/designs/csmBond';
import { csmOperatorReward, csmValidatorsForBond } from '../../model/pooled/csmOperatorReward';
import {
	rocketPoolNodeReward,
	rocketPoolValidators
} from '../../model/pooled/rocketPoolNodeReward';
import { validatorBalanceEth } from '../../model/params/ethereum';
import { csmFirstBondEth } from '../../model/params/lido';
import { megapoolBondEth } from '../../model/params/rocketPool';
import { formatStake } from '../../format/number';
import { ethereumLock } from './ethereumLock';
import { validatorsText, yieldOf, type WayOfStaking } from './wayOfStaking';

const bondedLinks = { reward: 'leverage#what-a-bond-earns', risk: 'leverage#bonds-cap-leverage' };

/** The reader's ETH as a solo validator, a Rocket Pool megapool node and a Lido CSM operator. */
export function ethereumWays(eth: number, totalEth: number, rate: number): WayOfStaking[] {
	const setup = (n: number, used: number, needs: number, kind: string) =>
		n === 0
			? `needs ${formatStake(needs)} ETH`
			: `${validatorsText(n)}${kind}${eth - used > 1e-9 ? `, ${formatStake(eth - used)} ETH left over` : ''}`;
	const way = (n: number, used: number, needs: number, yearly: number, kind = '') => {
		const lock = ethereumLock(n, totalEth);
		return {
			setup: setup(n, used, needs, kind),
			yearly,
			yieldPercent: yieldOf(yearly, eth),
			spendableDays: n > 0 ? lock.days : 0,
			spendable: n > 0 ? lock.text : 'nothing staked'
		};
	};
	const aloneLossEth = ethereumLock(1, totalEth).aloneLossEth;
	const v = validatorBalanceEth.value;
	const solo = Math.floor(eth / v + 1e-9);
	const soloWay = way(solo, solo * v, v, solo * v * rate);
	const rp = rocketPoolValidators(eth);
	const rpBond = rp * megapoolBondEth.value;
	const rpKind = ` (${formatStake(megapoolBondEth.value)} ETH bonds, no RPL)`;
	const rpWay = way(rp, rpBond, megapoolBondEth.value, rocketPoolNodeReward(rp, rate), rpKind);
	const csm = csmValidatorsForBond(eth);
	const csmWay = way(
		csm,
		csm > 0 ? eth : 0,
		csmFirstBondEth.value,
		csm > 0 ? csmOperatorReward(csm, eth, rate) : 0
	);
	return [
		{
			id: 'solo',
			label: 'Ethereum solo validator',
			asset: 'ETH',
			own: eth,
			...soloWay,
			atRisk: solo * v,
			risk: `up to all ${formatStake(solo * v)} ETH if slashed with a third of all stake, ${formatStake(aloneLossEth)} ETH per validator slashed alone; until withdrawable`,
			links: { reward: 'leverage#what-a-bond-earns', risk: 'punishment#correlated-slashing' }
		},
		{
			id: 'rocket-pool',
			label: 'Rocket Pool node',
			asset: 'ETH',
			own: eth,
			...rpWay,
			atRisk: rpBond,
			risk: `its ${formatStake(rpBond)} ETH of bonds, which absorb each validator’s penalties and slashing first; until withdrawable`,
			links: bondedLinks
		},
		{
			id: 'csm',
			label: 'Lido CSM operator',
			asset: 'ETH',
			own: eth,
			...csmWay,
			atRisk: csm > 0 ? eth : 0,
			risk: `its ${formatStake(csm > 0 ? eth : 0)} ETH stETH bond (${formatStake(csmBond(csm))} required), charged first for penalties and slashing; until its validators are withdrawn`,
			links: bondedLinks
		}
	];
}
