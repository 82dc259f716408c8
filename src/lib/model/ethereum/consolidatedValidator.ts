import { maxEffectiveBalanceElectraGwei } from '../params/ethereumBalances';
import { exitChurnLimit } from './exitChurn';
import type { Fork } from './fork';
import { gwei } from './gwei';
import { initialSlashingPenalty } from './initialSlashingPenalty';

export interface ConsolidatedValidator {
	readonly balanceEth: number;
	/** Initial slashing penalty under the bellatrix–deneb rule (1/32), had it been kept. */
	readonly initialPenaltyBellatrixEth: number;
	/** Initial slashing penalty under electra's rule (1/4096). */
	readonly initialPenaltyElectraEth: number;
	/** Epochs of exit churn the validator's whole balance uses up. */
	readonly exitChurnEpochs: number;
}

/**
 * What EIP-7251's 2048 ETH validator means for penalties and churn: `slash_validator` takes
 * eb // 32 before electra and eb // 4096 from electra; exits are rate-limited by balance, so one
 * validator uses balance / churn epochs of the queue.
 * https://eips.ethereum.org/EIPS/eip-7251
 * 2048 ETH, 34M ETH staked: 64 ETH vs 0.5 ETH; 2048 / 256 = 8 epochs.
 */
export function consolidatedValidator(
	totalActiveBalanceGwei: bigint,
	fork: Fork = 'electra'
): ConsolidatedValidator {
	const balance = gwei(maxEffectiveBalanceElectraGwei);
	const churn = exitChurnLimit(totalActiveBalanceGwei, fork);
	return {
		balanceEth: Number(balance) / 1e9,
		initialPenaltyBellatrixEth: Number(initialSlashingPenalty(balance, 'bellatrix')) / 1e9,
		initialPenaltyElectraEth: Number(initialSlashingPenalty(balance, 'electra')) / 1e9,
		exitChurnEpochs: Math.ceil(Number(balance) / Number(churn))
	};
}
