import { formulaOf, type PunishmentView } from './punishmentView';
import { lossPartsAt } from './slashingCurve';

export const TABLE_SHARES = [0, 0.01, 0.05, 0.1, 0.2, 1 / 3, 0.5] as const;

export interface SlashingRow {
	readonly share: number;
	readonly legacyEth: number;
	readonly electraEth: number;
	readonly legacyInitialEth: number;
	readonly legacyCorrelationEth: number;
	readonly electraInitialEth: number;
	readonly electraCorrelationEth: number;
	readonly isCurrent: boolean;
}

/** Loss under both formulas, initial and correlation parts apart, at a few shares plus the reader's. */
export function slashingTable(view: PunishmentView): SlashingRow[] {
	const shares = [...new Set([...TABLE_SHARES, view.slashedShare])].sort((a, b) => a - b);
	const legacy = formulaOf(view, 'legacy');
	const electra = formulaOf(view, 'electra');
	return shares.map((share) => {
		const l = lossPartsAt(share, view.totalStakedEth, legacy.fork);
		const e = lossPartsAt(share, view.totalStakedEth, electra.fork);
		return {
			share,
			legacyEth: l.initialEth + l.correlationEth,
			electraEth: e.initialEth + e.correlationEth,
			legacyInitialEth: l.initialEth,
			legacyCorrelationEth: l.correlationEth,
			electraInitialEth: e.initialEth,
			electraCorrelationEth: e.correlationEth,
			isCurrent: share === view.slashedShare
		};
	});
}
