import type { Move } from './applyMove';
import type { GameState } from './gameState';
import { chooseNumberOfPools, planOperating } from './operatorPlan';
import { PoolCountMemo } from './poolCountMemo';
import { planDelegation } from './planDelegation';
import type { Stakeholder } from './stakeholder';
import { Targets } from './targets';
import { delegationValue, expectedValueOfCurrent, presentValueOfCurrent } from './valuation';

/** Scratch space reused across decisions. */
export interface Workspace {
	readonly targets: Targets;
	readonly memo: PoolCountMemo;
}

export function createWorkspace(k: number): Workspace {
	return { targets: new Targets(k), memo: new PoolCountMemo(k) };
}

/**
 * The stakeholder's best move, or null to keep its strategy: keeping (credited with the better of
 * its present and expected utility plus the inertia), delegating everything, or running the best
 * number of pools; ties go to keeping, then delegating.
 */
export function bestResponse(
	state: GameState,
	agent: Stakeholder,
	workspace: Workspace
): Move | null {
	let best =
		Math.max(presentValueOfCurrent(state, agent), expectedValueOfCurrent(state, agent)) +
		state.settings.inertia;
	let move: Move | null = null;
	const allocations = planDelegation(state, agent, agent.stake);
	const delegating = delegationValue(state, agent, allocations);
	if (delegating > best) {
		best = delegating;
		move = { kind: 'delegate', allocations };
	}
	workspace.targets.fill(state, agent);
	const pools = chooseNumberOfPools(state, agent, workspace.targets, workspace.memo);
	const plan = planOperating(state, agent, workspace.targets, pools);
	if (plan.value > best) move = { kind: 'operate', plan };
	return move;
}
