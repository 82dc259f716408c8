import { mixProblems } from './delegatorRules';
import type { ParamChange, SimParams } from './simParams';

const isInt = (x: number, min: number, max: number) => Number.isInteger(x) && x >= min && x <= max;
const isIn = (x: number, min: number, max: number) => Number.isFinite(x) && x >= min && x <= max;
const isCap = (x: number | null | undefined) => x == null || isIn(x, 1, 1e6);

/** Problems with a parameter set, one sentence each; empty when the run can go ahead. */
export function validateParams(p: SimParams): string[] {
	const problems: string[] = [];
	const check = (ok: boolean, message: string) => ok || problems.push(message);
	check(isInt(p.pools, 1, 100_000), 'pools must be a whole number from 1 to 100,000');
	check(
		isInt(p.delegators, 1, 10_000_000),
		'delegators must be a whole number from 1 to 10,000,000'
	);
	check(isInt(p.totalStakeAda, 1, 45e9), 'totalStakeAda must be whole ada, at most 45 billion');
	check(
		isInt(p.delegatedStakeAda, 2 * p.delegators, p.totalStakeAda),
		'delegatedStakeAda must be whole ada, at least 2 per delegator and at most totalStakeAda'
	);
	check(isIn(p.rewardPotAda, 0, 1e12), 'rewardPotAda must be a non-negative amount');
	check(isInt(p.k, 1, 100_000), 'k must be a whole number of at least 1');
	check(isIn(p.a0, 0, 100), 'a0 must be from 0 to 100');
	check(isCap(p.leverageCap), 'leverageCap must be none or from 1 to 1,000,000 (CIP-50: L ≥ 1)');
	for (const [share, name] of [
		[p.zeroPledgeShare, 'zeroPledgeShare'],
		[p.marginMax, 'marginMax'],
		[p.whaleShare, 'whaleShare'],
		[p.inertia, 'inertia']
	] as const) {
		check(isIn(share, 0, 1), `${name} must be from 0 to 1`);
	}
	check(isIn(p.pledgeMedianAda, 0, 45e9), 'pledgeMedianAda must be a non-negative amount');
	check(isIn(p.costMinAda, 0, 1e9), 'costMinAda must be a non-negative amount');
	check(isIn(p.costMaxAda, p.costMinAda, 1e9), 'costMaxAda must be at least costMinAda');
	for (const [spread, name] of [
		[p.pledgeLogSpread, 'pledgeLogSpread'],
		[p.stakeLogSpread, 'stakeLogSpread'],
		[p.popularityLogSpread, 'popularityLogSpread']
	] as const) {
		check(isIn(spread, 0, 5), `${name} must be from 0 to 5`);
	}
	check(
		['mainnet', 'whale', 'uniform'].includes(p.start),
		'start must be mainnet, whale or uniform'
	);
	check(
		['all', 'sample', 'ranking'].includes(p.information),
		'information must be all, sample or ranking'
	);
	if (p.mix !== null) problems.push(...mixProblems(p.mix));
	check(isInt(p.sampleSize, 1, 100_000), 'sampleSize must be a whole number of at least 1');
	check(isIn(p.minGain, 0, 10), 'minGain must be from 0 to 10');
	check(isInt(p.delayEpochs, 0, 10), 'delayEpochs must be a whole number from 0 to 10');
	check(isInt(p.epochs, 0, 1_000_000), 'epochs must be a whole number up to 1,000,000');
	check(isInt(p.seed, 0, 2 ** 32 - 1), 'seed must be a whole number from 0 to 4294967295');
	p.changes.forEach((c, i) =>
		problems.push(...changeProblems(c).map((m) => `change ${i + 1}: ${m}`))
	);
	return problems;
}

function changeProblems(c: ParamChange): string[] {
	const problems: string[] = [];
	if (!isInt(c.epoch, 0, 1_000_000)) problems.push('epoch must be a whole number');
	if (c.k !== undefined && !isInt(c.k, 1, 100_000)) problems.push('k must be a whole number ≥ 1');
	if (c.a0 !== undefined && !isIn(c.a0, 0, 100)) problems.push('a0 must be from 0 to 100');
	if (!isCap(c.leverageCap)) problems.push('leverageCap must be none or from 1 to 1,000,000');
	return problems;
}
