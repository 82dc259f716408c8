import { defaultGameSettings, type GameSettings } from '../../operators/settings';
import type { OperatorsScenario } from '../../scenario/operators';

/** Stakeholders in the widget's game: the Edinburgh engine's default population. */
export const WIDGET_AGENTS = 1000;
/** Rounds the widget plays before it reports "not converged". */
export const WIDGET_MAX_ROUNDS = 400;

export function gameSettingsOf(scenario: OperatorsScenario): GameSettings {
	return {
		...defaultGameSettings,
		agents: WIDGET_AGENTS,
		k: scenario.k,
		a0: scenario.a0,
		seed: scenario.seed,
		leverageCap: scenario.cap > 0 ? scenario.cap : undefined,
		extraPoolCost: scenario.extraPoolCost / 100,
		maxRounds: WIDGET_MAX_ROUNDS
	};
}

/** Identifies a game: scenarios with the same key play the same rounds. */
export function gameKey(scenario: OperatorsScenario): string {
	return [scenario.k, scenario.a0, scenario.cap, scenario.extraPoolCost, scenario.seed].join('/');
}
