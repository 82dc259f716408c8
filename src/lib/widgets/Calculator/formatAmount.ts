import { formatStake } from '../../format/number';

/** An amount with its asset for tables and labels: 0.9125 ETH -> "0.913 ETH", 2512.7 ada -> "2,513 ada". */
export const formatAmount = (value: number, asset: string): string =>
	`${formatStake(value)} ${asset}`;
