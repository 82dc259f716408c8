import { minSlashingPenaltyQuotient } from '../params/ethereumSlashing';
import { slashingEra, type Fork } from './fork';

/**
 * Penalty taken when a slashing is included, spec `slash_validator`:
 * eb // MIN_SLASHING_PENALTY_QUOTIENT of the fork (128, 64, 32, then 4096 from electra).
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/electra/beacon-chain.md#modified-slash_validator
 * 32 ETH: 0.25 ETH (phase0), 0.5 (altair), 1 (bellatrix–deneb), 0.0078125 ETH (electra).
 */
export function initialSlashingPenalty(effectiveBalanceGwei: bigint, fork: Fork): bigint {
	return effectiveBalanceGwei / BigInt(minSlashingPenaltyQuotient[slashingEra(fork)].value);
}
