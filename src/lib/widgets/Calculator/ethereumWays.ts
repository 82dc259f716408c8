import { csmBond } from '../../model/designs/csmBond';
import {
	csmCurveOf,
	csmOperatorReward,
	csmValidatorsForBond,
	type CsmOperatorType
} from '../../model/pooled/csmOperatorReward';
import {
	rocketPoolNodeReward,
	rocketPoolValidators
} from '../../model/pooled/rocketPoolNodeReward';
import { validatorBalanceEth } from '../../model/params/ethereum';
import { csmIcsFullShareKeys, csmRewardShare } from '../../model/params/lido';
import { megapoolBondEth } from '../../model/params/rocketPool';
import { formatStake } from '../../format/number';
import { formatShare } from '../../format/percent';
import { ethereumLock } from './ethereumLock';
import { validatorsText, yieldOf, type WayOfStaking } from './wayOfStaking';

const bondedLinks = { reward: 'leverage#what-a-bond-earns', risk: 'leverage#bonds-cap-leverage' };

/**
 * The reader's ETH as a solo validator, a Rocket Pool megapool node and a Lido CSM operator, either
 * permissionless or an identified community staker (ICS), each with its own bond curve and reward share.
 */
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
	const csmRow = (type: CsmOperatorType, id: 'csm' | 'csm-ics', label: string, terms: string) => {
		const curve = csmCurveOf[type];
		const n = csmValidatorsForBond(eth, curve);
		const bond = n > 0 ? eth : 0;
		const yearly = n > 0 ? csmOperatorReward(n, eth, rate, type) : 0;
		return {
			id,
			label,
			asset: 'ETH' as const,
			own: eth,
			...way(n, bond, curve.firstEth, yearly, ` (${terms})`),
			atRisk: bond,
			risk: `its ${formatStake(bond)} ETH stETH bond (${formatStake(csmBond(n, curve))} required), held by the module and charged first for penalties and slashing; until its validators are withdrawn`,
			links: bondedLinks
		};
	};
	return [
		{
			id: 'solo',
			label: 'Ethereum solo validator',
			asset: 'ETH',
			own: eth,
			...soloWay,
			atRisk: solo * v,
			risk: `up to all ${formatStake(solo * v)} ETH if slashed with a third of all stake, ${formatStake(aloneLossEth)} ETH per validator slashed alone, counting the penalties it pays until withdrawable`,
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
		csmRow(
			'permissionless',
			'csm',
			'Lido CSM operator',
			`paid ${formatShare(csmRewardShare.value)} of the module fee`
		),
		csmRow(
			'ics',
			'csm-ics',
			'Lido CSM identified staker',
			`paid the whole module fee on the first ${csmIcsFullShareKeys.value}`
		)
	];
}
