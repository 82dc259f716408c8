import type { PunishmentView } from './punishmentView';
import { lossAt } from './slashingCurve';

export const TABLE_SHARES = [0, 0.01, 0.05, 0.1, 0.2, 1 / 3, 0.5] as const;

export interface SlashingRow {
	readonly share: number;
	readonly legacyEth: number;
	readonly electraEth: number;
	readonly isCurrent: boolean;
}

/** Loss under both formulas at a few slashed shares plus the reader's, sorted by share. */
export function slashingTable(view: PunishmentView): SlashingRow[] {
	const shares = [...new Set([...TABLE_SHARES, view.slashedShare])].sort((a, b) => a - b);
	const [legacy, electra] = view.formulas;
	return shares.map((share) => ({
		share,
		legacyEth: lossAt(share, view.totalStakedEth, legacy.fork),
		electraEth: lossAt(share, view.totalStakedEth, electra.fork),
		isCurrent: share === view.slashedShare
	}));
}
