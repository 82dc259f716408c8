import type { DelegatorRule, Mix, SimParams } from './simParams';

/** Rule codes, in the order shares are laid out on [0, 1). */
export const ruleNames: readonly DelegatorRule[] = ['all', 'sample', 'ranking', 'sticky'];
export const STICKY = 3;

/** The population as shares per rule: the mix, or everyone following `information`. */
export function mixOf(params: Pick<SimParams, 'mix' | 'information'>): Mix {
	return params.mix ?? { [params.information]: 1 };
}

/**
 * Each delegator's rule code. Delegator d takes the point (d + 1)·φ mod 1 (a golden-ratio Weyl
 * sequence, in 32-bit integer arithmetic) and the rule whose share covers it, so every rule's
 * delegators are spread evenly over the index range the mover window reads, without a random draw.
 */
export function delegatorRules(count: number, mix: Mix): Uint8Array {
	const rules = new Uint8Array(count);
	const bounds = new Float64Array(ruleNames.length);
	let sum = 0;
	let last = 0;
	ruleNames.forEach((name, r) => {
		bounds[r] = sum += mix[name] ?? 0;
		if ((mix[name] ?? 0) > 0) last = r;
	});
	// Shares summing to 1 − 10⁻¹⁶ must not leave a point to the rule after the last one.
	bounds[last] = Infinity;
	for (let d = 0; d < count; d++) {
		const u = (Math.imul(d + 1, 0x9e3779b9) >>> 0) / 4294967296;
		let r = 0;
		while (u >= bounds[r]) r++;
		rules[d] = r;
	}
	return rules;
}

/**
 * The rule column for a mix: null when one rule has every delegator (then `sole` is its code),
 * so that single-rule runs spend no memory or time on it.
 */
export function ruleColumn(count: number, mix: Mix): { rule: Uint8Array | null; sole: number } {
	const used = ruleNames.filter((name) => (mix[name] ?? 0) > 0);
	if (used.length === 1) return { rule: null, sole: ruleNames.indexOf(used[0]) };
	return { rule: delegatorRules(count, mix), sole: -1 };
}

/** Problems with a mix, one sentence each: shares from 0 to 1 summing to 1. */
export function mixProblems(mix: Mix): string[] {
	const problems: string[] = [];
	let sum = 0;
	for (const [name, share] of Object.entries(mix)) {
		if (!ruleNames.includes(name as DelegatorRule)) {
			problems.push(`mix: unknown rule "${name}" (${ruleNames.join(', ')})`);
		} else if (typeof share !== 'number' || !(share >= 0 && share <= 1)) {
			problems.push(`mix: the share of ${name} must be from 0 to 1`);
		} else sum += share;
	}
	if (problems.length === 0 && Math.abs(sum - 1) > 1e-9) {
		problems.push(`mix: the shares must sum to 1 (they sum to ${+sum.toFixed(6)})`);
	}
	return problems;
}
