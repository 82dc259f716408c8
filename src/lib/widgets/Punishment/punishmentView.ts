import type { Fork } from '../../model/ethereum/fork';
import { totalActiveBalanceEth } from '../../model/params/ethereumRewards';
import type { PunishmentScenario } from '../../scenario/punishment';
import { punishmentWindows, type PunishmentWindow } from './punishmentWindows';
import { lossAt, slashingCurve } from './slashingCurve';

export const DAY_DOMAIN = [0, 60] as const;
export const SHARE_DOMAIN = [0, 0.5] as const;

export interface DesignOnDay extends PunishmentWindow {
	readonly isOperatorPunishable: boolean;
	readonly isDelegatorPunishable: boolean;
}

export interface SlashingFormula {
	readonly id: 'legacy' | 'electra';
	readonly label: string;
	readonly fork: Fork;
	readonly points: [number, number][];
	/** Loss at the reader's slashed share. */
	readonly lossEth: number;
}

export interface PunishmentView {
	readonly day: number;
	readonly queueEth: number;
	readonly totalStakedEth: number;
	readonly designs: DesignOnDay[];
	readonly slashedShare: number;
	readonly formulas: [SlashingFormula, SlashingFormula];
}

/** Everything the punishment widget shows for a scenario, from the Ethereum, Cosmos and Tezos models. */
export function punishmentView(scenario: PunishmentScenario): PunishmentView {
	const totalStakedEth = totalActiveBalanceEth.value;
	const { day, queueEth } = scenario;
	const slashedShare = scenario.slashedPercent / 100;
	const formula = (id: SlashingFormula['id'], label: string, fork: Fork): SlashingFormula => ({
		id,
		label,
		fork,
		points: slashingCurve(totalStakedEth, fork, SHARE_DOMAIN[1]),
		lossEth: lossAt(slashedShare, totalStakedEth, fork)
	});
	return {
		day,
		queueEth,
		totalStakedEth,
		designs: punishmentWindows(queueEth, totalStakedEth).map((w) => ({
			...w,
			isOperatorPunishable: day < w.operatorDays,
			isDelegatorPunishable: day < w.delegatorDays
		})),
		slashedShare,
		formulas: [
			formula('legacy', 'Legacy (Bellatrix to Deneb)', 'deneb'),
			formula('electra', 'Electra', 'electra')
		]
	};
}
