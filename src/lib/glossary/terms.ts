/** A primary source: a spec, ledger code, protocol docs, a proposal or the thread itself. */
export interface Source {
	readonly title: string;
	readonly url: string;
}

export interface GlossaryTerm {
	/** The anchor on /glossary. */
	readonly id: string;
	readonly term: string;
	/** One line. */
	readonly definition: string;
	/** The article section that explains it, `slug#anchor`; absent when no article does. */
	readonly article?: string;
	readonly source: Source;
}

const consensus = 'https://github.com/ethereum/consensus-specs/blob/dev/specs';
const electraChurn: Source = {
	title: 'Ethereum consensus specs, Electra: compute_exit_epoch_and_update_churn',
	url: `${consensus}/electra/beacon-chain.md#new-compute_exit_epoch_and_update_churn`
};
const thread: Source = {
	title: 'ethresear.ch: Distributed staking model using pool delegation (2022)',
	url: 'https://ethresear.ch/t/distributed-staking-model-using-pool-delegation/11815'
};
const rewardsCode: Source = {
	title: 'Cardano ledger: pool, operator and member rewards (Rewards.hs)',
	url: 'https://github.com/IntersectMBO/cardano-ledger/blob/master/eras/shelley/impl/src/Cardano/Ledger/Shelley/Rewards.hs'
};
const delegationSpec: Source = {
	title: 'Cardano ledger design specification: delegation and incentives (shelley-delegation.tex)',
	url: 'https://github.com/IntersectMBO/cardano-ledger/blob/master/eras/shelley/design-spec/shelley-delegation.tex'
};
const genesis: Source = {
	title: 'Cardano mainnet Shelley genesis (epoch length, k, a0)',
	url: 'https://github.com/IntersectMBO/cardano-node/blob/master/configuration/cardano/mainnet-shelley-genesis.json'
};

/** Every term the articles rely on, in alphabetical order. */
export const glossary: readonly GlossaryTerm[] = [
	{
		id: 'a0',
		term: 'a0 (pledge influence)',
		definition:
			'The Cardano parameter that sets how much a pool’s pledge raises its reward; at zero, pledge would change nothing.',
		article: 'rewards#what-pledge-buys',
		source: delegationSpec
	},
	{
		id: 'bond',
		term: 'Bond',
		definition:
			'ETH an operator must put up for each validator in a pooled design such as Rocket Pool or Lido CSM; it takes losses first, so it caps the operator’s leverage.',
		article: 'leverage#bonds-cap-leverage',
		source: {
			title: 'Rocket Pool docs: Lower ETH Bond minipools',
			url: 'https://docs.rocketpool.net/legacy/atlas/lebs'
		}
	},
	{
		id: 'churn',
		term: 'Churn limit',
		definition:
			'How much stake may join or leave Ethereum’s validators per epoch: it grows with the total stake, between a floor and a cap.',
		article: 'punishment#liquid-or-locked',
		source: electraChurn
	},
	{
		id: 'cip-50',
		term: 'CIP-50',
		definition:
			'A Cardano proposal to reward a pool’s stake only up to a multiple of its pledge, so that delegation cannot give an operator unlimited leverage.',
		article: 'rewards#what-pledge-buys',
		source: {
			title: 'CIP-50: Pledge Leverage-Based Staking Rewards',
			url: 'https://cips.cardano.org/cip/CIP-0050'
		}
	},
	{
		id: 'correlation-penalty',
		term: 'Correlation penalty',
		definition:
			'The part of an Ethereum slashing that grows with how much stake was slashed around the same time, so a mass fault costs far more than a lone mistake.',
		article: 'punishment#correlated-slashing',
		source: {
			title: 'Ethereum consensus specs, Electra: process_slashings',
			url: `${consensus}/electra/beacon-chain.md#modified-process_slashings`
		}
	},
	{
		id: 'delegation',
		term: 'Delegation',
		definition:
			'Letting an operator stake with your coins while you keep them; on Cardano the delegated ada stays spendable in your wallet.',
		article: 'punishment#why-lock',
		source: {
			title: 'Cardano docs: delegation',
			url: 'https://docs.cardano.org/about-cardano/learn/delegation'
		}
	},
	{
		id: 'denunciation',
		term: 'Denunciation',
		definition:
			'A Tezos operation that proves a baker signed twice; it must be included within a limited number of cycles, and it is what lets the protocol slash staked tez.',
		article: 'punishment#four-designs',
		source: {
			title: 'Tezos docs: staking',
			url: 'https://github.com/tezos/tezos-mirror/blob/master/docs/ushuaia/staking.rst'
		}
	},
	{
		id: 'epoch',
		term: 'Epoch',
		definition:
			'A protocol’s accounting period: Cardano snapshots stake and pays rewards once an epoch; Ethereum settles rewards, penalties and queues at each epoch boundary.',
		article: 'rewards#how-a-pool-is-paid',
		source: genesis
	},
	{
		id: 'exit-queue',
		term: 'Exit queue',
		definition:
			'The line an Ethereum validator joins to leave; it moves at the churn limit, and the stake in it can still be slashed.',
		article: 'punishment#liquid-or-locked',
		source: electraChurn
	},
	{
		id: 'fixed-cost',
		term: 'Fixed cost',
		definition:
			'The ada a Cardano pool’s operator takes from the pool’s reward each epoch before the margin is applied.',
		article: 'rewards#cost-and-margin',
		source: rewardsCode
	},
	{
		id: 'inactivity-leak',
		term: 'Inactivity leak',
		definition:
			'Ethereum’s growing penalty on validators that fail to attest while the chain cannot finalise, until those online again hold the two thirds finality needs.',
		source: {
			title: 'Ethereum consensus specs, Bellatrix: inactivity penalty quotient',
			url: `${consensus}/bellatrix/beacon-chain.md#updated-penalty-values`
		}
	},
	{
		id: 'k',
		term: 'k (desired number of pools)',
		definition:
			'The Cardano parameter for the number of pools the rewards aim for; total stake divided by k is the saturation point.',
		article: 'rewards#saturation',
		source: genesis
	},
	{
		id: 'leverage',
		term: 'Leverage',
		definition:
			'The stake an operator steers divided by the stake of its own the protocol could take if it misbehaved.',
		article: 'leverage#what-leverage-is',
		source: thread
	},
	{
		id: 'liquid-staking-token',
		term: 'Liquid staking token',
		definition:
			'A token such as stETH or rETH that stands for ETH staked through a pool: the holder can sell it at once while the ETH behind it stays with the validators.',
		article: 'calculator#compare',
		source: {
			title: 'Lido docs: Lido tokens integration guide (stETH and wstETH)',
			url: 'https://docs.lido.fi/guides/lido-tokens-integration-guide'
		}
	},
	{
		id: 'margin',
		term: 'Margin',
		definition:
			'The share of a Cardano pool’s reward above its fixed cost that the operator keeps before the rest is split by stake.',
		article: 'rewards#cost-and-margin',
		source: rewardsCode
	},
	{
		id: 'nakamoto-coefficient',
		term: 'Nakamoto coefficient',
		definition: 'The fewest pools that together hold more than half of all stake.',
		article: 'migration#what-the-simulation-shows',
		source: {
			title: 'Srinivasan and Lee: Quantifying Decentralization (2017)',
			url: 'https://news.earn.com/quantifying-decentralization-e39db233c28e'
		}
	},
	{
		id: 'operator',
		term: 'Operator',
		definition:
			'Whoever runs the validators or stake pool, and so decides what the stake delegated to it signs.',
		article: 'leverage#what-leverage-is',
		source: thread
	},
	{
		id: 'pledge',
		term: 'Pledge',
		definition:
			'The ada a Cardano pool’s owners declare they keep in their own pool; it raises the pool’s reward a little, but the ledger never takes it.',
		article: 'leverage#a-pledge-is-not-at-risk',
		source: delegationSpec
	},
	{
		id: 'saturation',
		term: 'Saturation point',
		definition:
			'The stake above which a Cardano pool earns no more reward: the total stake divided by k.',
		article: 'rewards#saturation',
		source: {
			title: "Cardano ledger: maxPool' (SnapShots.hs)",
			url: 'https://github.com/IntersectMBO/cardano-ledger/blob/master/libs/cardano-ledger-core/src/Cardano/Ledger/State/SnapShots.hs'
		}
	},
	{
		id: 'slashing',
		term: 'Slashing',
		definition:
			'Ethereum’s punishment for signing contradictory messages: part of the validator’s balance is burned and it is forced to exit.',
		article: 'punishment#why-lock',
		source: {
			title: 'Ethereum consensus specs, phase0: slash_validator',
			url: `${consensus}/phase0/beacon-chain.md#slash_validator`
		}
	},
	{
		id: 'unbonding',
		term: 'Unbonding period',
		definition:
			'The time Cosmos keeps undelegated stake bonded, and slashable for faults committed before it left.',
		article: 'punishment#four-designs',
		source: {
			title: 'Cosmos SDK: x/staking',
			url: 'https://github.com/cosmos/cosmos-sdk/blob/main/x/staking/README.md'
		}
	},
	{
		id: 'validator',
		term: 'Validator',
		definition:
			'Ethereum’s unit of staking: a key with a balance that proposes and attests to blocks, rewarded, penalised and slashed as a whole.',
		article: 'punishment#why-lock',
		source: {
			title: 'Ethereum consensus specs, phase0: the Validator container',
			url: `${consensus}/phase0/beacon-chain.md#validator`
		}
	},
	{
		id: 'withdrawability-delay',
		term: 'Withdrawability delay',
		definition:
			'The epochs an exited Ethereum validator waits before its balance can be withdrawn; until then it can still be slashed.',
		article: 'punishment#four-designs',
		source: {
			title: 'Ethereum consensus specs, phase0: is_slashable_validator',
			url: `${consensus}/phase0/beacon-chain.md#is_slashable_validator`
		}
	}
];

const byId = new Map(glossary.map((t) => [t.id, t]));

/** The glossary entry with this id; an id the glossary lacks is a mistake in the site's data. */
export function glossaryTerm(id: string): GlossaryTerm {
	const term = byId.get(id);
	if (!term) throw new Error(`The glossary has no term “${id}”.`);
	return term;
}
