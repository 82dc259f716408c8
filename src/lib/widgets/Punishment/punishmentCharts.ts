import type { ChartSpec } from '../../charts/spec';
import { BAR_MIDDLE } from '../../charts/specGeometry';
import { formatStake } from '../../format/number';
import { formatDays } from './formatDays';
import { formatShare } from '../../format/percent';
import { formulaStyle } from './formulaStyle';
import { DAY_DOMAIN, SHARE_DOMAIN, type PunishmentView } from './punishmentView';
import { windowRows } from './windowRows';

const HEAD = 'evidence';

/**
 * For each design and kind of stake, the days it stays slashable: one row each, its name line
 * above its bar; the evidence day is a rule across the bars only, named in a row of its own.
 */
export function windowsChart(view: PunishmentView): ChartSpec {
	const rows = windowRows(view);
	const domain = [HEAD, ...rows.map((r) => r.key)];
	return {
		label:
			"For each design, the days after the misbehaviour during which the operator's and the delegators' stake can still be slashed",
		height: domain.length * 2.6 + 2.8,
		x: { type: 'linear', domain: DAY_DOMAIN, title: 'days after the misbehaviour', format: String },
		y: { type: 'band', domain },
		marks: [
			...rows
				.filter((r) => r.days > 0)
				.map((r) => ({
					type: 'barX' as const,
					id: r.key,
					row: r.key,
					x1: 0,
					x2: r.days,
					color: r.isPunishable ? ('vermillion' as const) : ('blue' as const)
				})),
			{ type: 'ruleX', id: 'evidence', at: view.day, color: 'text', barsOnly: true }
		],
		legend: [
			{
				id: 'punishable',
				label: `still punishable on day ${view.day}`,
				color: 'vermillion',
				kind: 'box'
			},
			{ id: 'out-of-reach', label: 'out of reach by then', color: 'blue', kind: 'box' }
		],
		rows: rows.map((r) => ({
			row: r.key,
			strong: `${r.design}, ${r.who}`,
			text: r.days > 0 ? ` · ${formatDays(r.days)}` : ' · never slashable'
		})),
		labels: [
			{
				id: 'evidence',
				text: `evidence, day ${view.day}`,
				at: [view.day, 0.5],
				priority: 10,
				sides: ['right', 'left'],
				bold: true
			},
			...rows
				.filter((r) => r.days > 0)
				.map((r) => ({
					id: `${r.key}-state`,
					text: r.isPunishable ? 'punishable' : 'out of reach',
					at: [Math.min(r.days, DAY_DOMAIN[1]), domain.indexOf(r.key) + BAR_MIDDLE] as const,
					priority: 5,
					sides: ['right', 'left'] as const,
					names: [r.key, 'evidence'],
					inLine: true
				}))
		]
	};
}

/** A slashed validator's loss against the share slashed together, both formulas, the reader's share marked. */
export function slashingChart(view: PunishmentView): ChartSpec {
	const [legacy, electra] = view.formulas;
	return {
		label:
			'Loss of a slashed 32 ETH validator against the share of all stake slashed in the same window, legacy and Electra formulas',
		height: 17,
		x: {
			type: 'linear',
			domain: SHARE_DOMAIN,
			title: 'share of all stake slashed together',
			format: formatShare
		},
		y: {
			type: 'linear',
			domain: [0, 32],
			ticks: [0, 8, 16, 24, 32],
			title: 'ETH lost of 32',
			format: formatStake
		},
		marks: [
			{ type: 'ruleX', id: 'third', at: 1 / 3, color: 'text' },
			...[legacy, electra].map((f) => ({
				type: 'line' as const,
				id: f.id,
				points: f.points,
				...formulaStyle[f.id]
			})),
			...[legacy, electra].map((f) => ({
				type: 'dot' as const,
				id: `${f.id}-dot`,
				at: [view.slashedShare, f.lossEth] as const,
				color: formulaStyle[f.id].color
			}))
		],
		labels: [
			...[electra, legacy].map((f, i) => ({
				id: `${f.id}-loss`,
				text: `${f.id === 'electra' ? 'Electra' : 'legacy'}: ${formatStake(f.lossEth)} ETH`,
				at: [view.slashedShare, f.lossEth] as const,
				priority: 10 - i,
				// Past one third, a label that may not cover the one-third rule finds no room between
				// it and the plot's edge on a phone and lands far from its point, its leader hidden
				// along the 32 ETH line: there it may cover the rule (named at its foot).
				names: ['legacy', 'electra', ...(view.slashedShare > 1 / 3 ? ['third'] : [])],
				sides:
					i === 0 ? (['right', 'below', 'left'] as const) : (['left', 'above', 'right'] as const),
				color: formulaStyle[f.id].color,
				bold: true
			})),
			{
				id: 'third',
				text: 'one third',
				at: [1 / 3, 3],
				priority: 4,
				names: ['third'],
				sides: ['right', 'left']
			}
		],
		legend: [legacy, electra].map((f) => ({ id: f.id, label: f.label, ...formulaStyle[f.id] })),
		directLabels: true
	};
}
