import { finalityLeak } from '../../model/ethereum/finalityLeak';
import type { Fork } from '../../model/ethereum/fork';
import { gweiFromEth } from '../../model/ethereum/gwei';
import { isolatedSlashing } from '../../model/ethereum/isolatedSlashing';
import { totalActiveBalanceEth } from '../../model/params/ethereumRewards';
import type { PunishmentScenario } from '../../scenario/punishment';
import { punishmentWindows, type DesignId, type PunishmentWindow } from './punishmentWindows';
import { lossAt, lossPartsAt, slashingCurve } from './slashingCurve';

export const DAY_DOMAIN = [0, 60] as const;
export const SHARE_DOMAIN = [0, 0.5] as const;

export interface DesignOnDay extends PunishmentWindow {
	readonly isOperatorPunishable: boolean;
	readonly isDelegatorPunishable: boolean;
}

export type FormulaId = 'legacy' | 'electra';

export interface SlashingFormula {
	readonly id: FormulaId;
	readonly label: string;
	readonly fork: Fork;
	readonly points: [number, number][];
	/** Loss at the reader's slashed share: initial + correlation penalty (no missed duties). */
	readonly lossEth: number;
	/** `slash_validator`'s initial penalty: eb // MIN_SLASHING_PENALTY_QUOTIENT. */
	readonly initialEth: number;
	/** `process_slashings`' correlation penalty at the reader's share, as applied. */
	readonly correlationEth: number;
}

/** One validator slashed alone, in ETH, by part, until it is withdrawable. */
export interface IsolatedCost {
	readonly initialEth: number;
	readonly missedDutiesEth: number;
	readonly correlationEth: number;
	readonly totalEth: number;
	readonly days: number;
}

/** A liveness attack: offline stake stops finality, is not slashed, and leaks. */
export interface LivenessCase {
	readonly offlineShare: number;
	readonly days: number;
	readonly lossEth: number;
	readonly endsBy: 'finality' | 'ejection';
}

export interface PunishmentView {
	readonly day: number;
	readonly queueEth: number;
	readonly totalStakedEth: number;
	readonly designs: DesignOnDay[];
	readonly slashedShare: number;
	readonly formulas: [SlashingFormula, SlashingFormula];
	readonly isolated: Record<FormulaId, IsolatedCost>;
	/** Just over a third offline, and half offline (the leak runs until ejection). */
	readonly liveness: { readonly overThird: LivenessCase; readonly half: LivenessCase };
}

const LEGACY_FORK: Fork = 'deneb';
const ELECTRA_FORK: Fork = 'electra';
const eth = (gwei: bigint) => Number(gwei) / 1e9;

/** The share just over a third that the liveness case uses: 34 % of validators offline. */
export const OVER_A_THIRD = 0.34;

function isolatedCost(totalStakedEth: number, fork: Fork): IsolatedCost {
	const cost = isolatedSlashing(gweiFromEth(Math.round(totalStakedEth)), fork);
	return {
		initialEth: eth(cost.initialPenaltyGwei),
		missedDutiesEth: eth(cost.missedDutyPenaltiesGwei),
		correlationEth: eth(cost.correlationPenaltyGwei),
		totalEth: eth(cost.totalLossGwei),
		days: cost.withdrawableDays
	};
}

function livenessCase(offlineShare: number): LivenessCase {
	const leak = finalityLeak(offlineShare, ELECTRA_FORK);
	return { offlineShare, days: leak.days, lossEth: eth(leak.lossGwei), endsBy: leak.endsBy };
}

/** Everything the punishment widget shows for a scenario, from the Ethereum, Cosmos and Tezos models. */
export function punishmentView(scenario: PunishmentScenario): PunishmentView {
	const totalStakedEth = totalActiveBalanceEth.value;
	const { day, queueEth } = scenario;
	const slashedShare = scenario.slashedPercent / 100;
	const formula = (id: FormulaId, label: string, fork: Fork): SlashingFormula => {
		const parts = lossPartsAt(slashedShare, totalStakedEth, fork);
		return {
			id,
			label,
			fork,
			points: slashingCurve(totalStakedEth, fork, SHARE_DOMAIN[1]),
			lossEth: lossAt(slashedShare, totalStakedEth, fork),
			initialEth: parts.initialEth,
			correlationEth: parts.correlationEth
		};
	};
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
			formula('legacy', 'Legacy (Bellatrix to Deneb)', LEGACY_FORK),
			formula('electra', 'Electra', ELECTRA_FORK)
		],
		isolated: {
			legacy: isolatedCost(totalStakedEth, LEGACY_FORK),
			electra: isolatedCost(totalStakedEth, ELECTRA_FORK)
		},
		liveness: { overThird: livenessCase(OVER_A_THIRD), half: livenessCase(0.5) }
	};
}

/** The design with this id; every view lists each design once. */
export function designOf(view: PunishmentView, id: DesignId): DesignOnDay {
	const design = view.designs.find((d) => d.id === id);
	if (!design) throw new RangeError(`no design "${id}"`);
	return design;
}

/** The slashing formula with this id. */
export function formulaOf(view: PunishmentView, id: FormulaId): SlashingFormula {
	const formula = view.formulas.find((f) => f.id === id);
	if (!formula) throw new RangeError(`no formula "${id}"`);
	return formula;
}
