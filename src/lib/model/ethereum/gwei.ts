import type { Param } from '../params/param';

/**
 * A Gwei-valued parameter as bigint (consensus-specs `Gwei` is uint64):
 * https://github.com/ethereum/consensus-specs/blob/dev/specs/phase0/beacon-chain.md#custom-types
 */
export const gwei = (param: Param): bigint => BigInt(param.value);

/**
 * Whole ETH to Gwei, 10^9 Gwei per ETH (`EFFECTIVE_BALANCE_INCREMENT` = 10^9 Gwei = 1 ETH):
 * https://github.com/ethereum/consensus-specs/blob/dev/presets/mainnet/phase0.yaml
 * gweiFromEth(32) = 32,000,000,000n.
 */
export const gweiFromEth = (eth: number | bigint): bigint => BigInt(eth) * 1_000_000_000n;
