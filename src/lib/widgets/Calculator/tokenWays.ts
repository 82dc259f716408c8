import { rethRate, stethRate } from '../../model/pooled/liquidTokenRate';
import { yieldOf, type WayOfStaking } from './wayOfStaking';

const links = { reward: 'leverage#what-a-bond-earns', risk: 'punishment#four-designs' };
const spendable =
	'at once, by selling the token; the protocol’s own withdrawal waits for validator exits';

/** The reader's ETH as stETH and as rETH: liquid, and sharing whatever the operators' bonds do not cover. */
export function tokenWays(eth: number, rate: number): WayOfStaking[] {
	const token = (
		id: 'steth' | 'reth',
		name: string,
		label: string,
		yearly: number,
		risk: string
	): WayOfStaking => ({
		id,
		label,
		asset: 'ETH',
		own: eth,
		setup: eth > 0 ? `held as ${name}` : 'nothing to stake',
		yearly,
		yieldPercent: yieldOf(yearly, eth),
		spendableDays: 0,
		spendable,
		atRisk: eth,
		risk,
		links
	});
	return [
		token(
			'steth',
			'stETH',
			'Lido stETH holder',
			eth * stethRate(rate),
			'a pro-rata share of slashings no bond covers (Curated Module v1 operators post none); at any time you hold it'
		),
		token(
			'reth',
			'rETH',
			'Rocket Pool rETH holder',
			eth * rethRate(rate),
			'a pro-rata share of losses beyond the operators’ bonds; at any time you hold it'
		)
	];
}
