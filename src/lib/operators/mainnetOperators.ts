/** A dated observation of Cardano mainnet, with where it comes from. */
export interface MainnetFigure {
	readonly value: number;
	readonly date: string;
	readonly source: string;
	readonly url: string;
	/** True when the figure is quoted by another text rather than read from the data itself. */
	readonly secondary: boolean;
}

const statistics = {
	source: 'cardano-foundation/cf-java-rewards-calculation, report/statistics.csv',
	url: 'https://github.com/cardano-foundation/cf-java-rewards-calculation',
	secondary: false
};
const edi = {
	source: 'Blockchain Technology Lab, EDI: output/consensus/cardano/output_clustered.csv',
	url: 'https://github.com/Blockchain-Technology-Lab/edi-frontend',
	secondary: false
};
const cip50 = {
	source: 'CIP-50 (2025 text), citing Balance Analytics',
	url: 'https://cips.cardano.org/cip/CIP-0050',
	secondary: true
};

/** Multi-pool operation on mainnet: pools, entities behind them, and how few hold half. */
export const mainnetOperators = {
	/** Pools that made at least one block in epoch 538. */
	poolsMakingBlocks: { value: 1040, date: '2025-01', ...statistics },
	/** Block-producing entities once pools are clustered by ticker, metadata and known links. */
	entities: { value: 883, date: '2025-01-08', ...edi },
	/** Nakamoto coefficient of block production, clustered pools. */
	nakamotoClustered: { value: 56, date: '2026-07-02', ...edi },
	/** Nakamoto coefficient by pool groups (epoch 559). */
	nakamotoByGroup: { value: 25, date: '2025-05', ...cip50 },
	/** Pools run by the largest multi-pool operators. */
	binancePools: { value: 91, date: '2025-05', ...cip50 },
	coinbasePools: { value: 31, date: '2025-05', ...cip50 },
	/** Their two shares of all stake together, per cent. */
	binanceCoinbaseStakePercent: { value: 12.59, date: '2025-05', ...cip50 }
} satisfies Record<string, MainnetFigure>;
