export type WayId = 'solo' | 'rocket-pool' | 'csm' | 'csm-ics' | 'steth' | 'reth' | 'cardano';

/** One way of staking what the reader has: what it pays, how long it locks, what it risks. */
export interface WayOfStaking {
	readonly id: WayId;
	readonly label: string;
	readonly asset: 'ETH' | 'ada';
	/** What the reader puts in. */
	readonly own: number;
	/** How the funds are used: "1 validator, 8 ETH left over", "needs 2.4 ETH". */
	readonly setup: string;
	/** Expected reward a year, in the asset. */
	readonly yearly: number;
	/** The yearly reward as a percentage of what the reader puts in. */
	readonly yieldPercent: number;
	/** Days from deciding to leave until the funds can be spent; 0 when they already can. */
	readonly spendableDays: number;
	readonly spendable: string;
	/** The most of the reader's own funds the protocol can take. */
	readonly atRisk: number;
	/** What can be lost, and when. */
	readonly risk: string;
	/** Article sections (`slug#anchor`) explaining the reward and the risk. */
	readonly links: { readonly reward: string; readonly risk: string };
}

/** Yearly reward as a percentage of what was put in; nothing put in earns nothing. */
export const yieldOf = (yearly: number, own: number): number =>
	own > 0 ? (yearly / own) * 100 : 0;

/** "1 validator", "3 validators". */
export const validatorsText = (n: number): string => `${n} validator${n === 1 ? '' : 's'}`;
