import { format } from 'd3-format';

const grouped = format(',');

/** Stake for prose and labels: 40,000,000 -> "40M", 1,500 -> "1,500", 0.25 -> "0.25". */
export function formatStake(value: number): string {
	if (!Number.isFinite(value)) return value > 0 ? '∞' : '–';
	const abs = Math.abs(value);
	if (abs >= 1e9) return `${trim(value / 1e9)}B`;
	if (abs >= 1e6) return `${trim(value / 1e6)}M`;
	if (abs >= 1e4) return `${trim(value / 1e3)}k`;
	if (abs >= 1) return grouped(Number(value.toPrecision(4)));
	return trim(value);
}

/** Leverage as people say it: 10 -> "10×", 770.9 -> "771×", 40,000,001 -> "40M×", Infinity -> "∞". */
export function formatLeverage(value: number): string {
	if (!Number.isFinite(value)) return '∞';
	if (value >= 1e4) return `${formatStake(value)}×`;
	if (value >= 100) return `${grouped(Math.round(value))}×`;
	return `${trim(value)}×`;
}

function trim(value: number): string {
	return String(Number(value.toPrecision(3)));
}

/** An amount with its asset for tables and labels: 0.9126 ETH -> "0.913 ETH", 2512.7 ada -> "2,513 ada". */
export function formatAmount(value: number, asset: string): string {
	return `${formatStake(value)} ${asset}`;
}
