import { formatDays } from './formatDays';
import type { PunishmentView } from './punishmentView';

export interface WindowRow {
	readonly key: string;
	readonly design: string;
	readonly who: 'operator' | 'delegators';
	readonly days: number;
	readonly isPunishable: boolean;
	/** The row in words: how long the stake answers, and whether it still does on the chosen day. */
	readonly text: string;
}

/** One row per design and kind of stake, operator first, for the windows chart and the table. */
export function windowRows(view: PunishmentView): WindowRow[] {
	return view.designs.flatMap((d) =>
		(['operator', 'delegators'] as const).map((who) => {
			const days = who === 'operator' ? d.operatorDays : d.delegatorDays;
			const isPunishable = who === 'operator' ? d.isOperatorPunishable : d.isDelegatorPunishable;
			const state = isPunishable ? 'punishable' : 'out of reach';
			const text = days > 0 ? `${formatDays(days)} · ${state}` : 'never slashable';
			return { key: `${d.id}-${who}`, design: d.label, who, days, isPunishable, text };
		})
	);
}
