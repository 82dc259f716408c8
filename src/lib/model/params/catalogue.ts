import * as groups from './index';
import type { Param } from './param';

/** One parameter with its place in `params`: `group.name`, or `group.name.member` for per-fork records. */
export interface CatalogueEntry {
	readonly key: string;
	readonly group: string;
	readonly name: string;
	readonly param: Param;
}

const isParam = (x: unknown): x is Param =>
	typeof x === 'object' && x !== null && 'value' in x && 'source' in x && 'asOf' in x;

const isRecordOfParams = (x: unknown): x is Record<string, Param> =>
	typeof x === 'object' &&
	x !== null &&
	!isParam(x) &&
	Object.values(x).length > 0 &&
	Object.values(x).every(isParam);

/** Every parameter exported by `params`, per-fork records flattened, in module then export order. */
export function paramCatalogue(): CatalogueEntry[] {
	return Object.entries(groups).flatMap(([group, members]) =>
		Object.entries(members as Record<string, unknown>).flatMap(([name, value]) => {
			if (isParam(value)) return [{ key: `${group}.${name}`, group, name, param: value }];
			if (isRecordOfParams(value))
				return Object.entries(value).map(([member, param]) => ({
					key: `${group}.${name}.${member}`,
					group,
					name,
					param
				}));
			return [];
		})
	);
}

/** A heading for each group of parameters. */
export const groupTitles: Readonly<Record<string, string>> = {
	cardano: 'Cardano protocol parameters',
	cardanoEpoch538: 'Cardano mainnet, epoch 538 reward calculation',
	cardanoLedger: 'Cardano ledger constants',
	cardanoPopulation: 'Cardano mainnet population',
	cosmos: 'Cosmos SDK and CometBFT defaults',
	ethereum: 'Ethereum validators',
	ethereumBalances: 'Ethereum balances',
	ethereumChurn: 'Ethereum exits and churn',
	ethereumRewards: 'Ethereum rewards and the inactivity leak',
	ethereumSlashing: 'Ethereum slashing',
	lido: 'Lido bonds and reward shares',
	lidoFees: 'Lido fees',
	polkadot: 'Polkadot staking',
	rocketPool: 'Rocket Pool bonds',
	rocketPoolCommission: 'Rocket Pool revenue split',
	tezos: 'Tezos staking limits',
	tezosDenunciation: 'Tezos denunciations',
	thread: 'The 2022 forum thread'
};
