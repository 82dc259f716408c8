import { line } from 'd3-shape';
import { axisScale } from '../../charts/axisScale';
import { palette } from '../../charts/palette';
import type { PreviewChart } from '../../widgets/preview';

export interface ChartLayout {
	/** The marks as a standalone SVG document (no text: labels are laid out by the card). */
	readonly svg: string;
	readonly xTicks: { left: number; label: string }[];
	readonly yTicks: { top: number; label: string }[];
	readonly rules: { left: number; label: string; color: string }[];
	readonly legend: { label: string; color: string; dash: string }[];
}

const escapeAttr = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Dash patterns are written for 2.5 px page lines; the image draws 5 px lines. */
const scaleDash = (dash = 'none') =>
	dash === 'none'
		? dash
		: dash
				.split(/\s+/)
				.map((n) => Number(n) * 2)
				.join(' ');

/** A preview chart drawn at a fixed pixel size: the SVG of its marks and where its labels go. */
export function chartLayout(chart: PreviewChart, width: number, height: number): ChartLayout {
	const x = axisScale(chart.x);
	const y = axisScale(chart.y, true);
	const px = (v: number) => (x(v) / 100) * width;
	const py = (v: number) => (y(v) / 100) * height;
	const grid = [
		...chart.x.ticks.map(
			(t) => `<path d="M${px(t)},0V${height}" stroke="#e3e2de" stroke-width="2"/>`
		),
		...chart.y.ticks.map(
			(t) => `<path d="M0,${py(t)}H${width}" stroke="#e3e2de" stroke-width="2"/>`
		)
	];
	const bars = (chart.bars ?? []).flatMap((b) =>
		b.values.map(([bx, by]) => {
			const left = px(bx);
			const w = Math.max(1, px(bx + b.width) - left);
			return `<rect x="${left}" y="${py(by)}" width="${w}" height="${height - py(by)}" fill="${palette[b.color]}"/>`;
		})
	);
	const path = line<readonly [number, number]>()
		.x((p) => px(p[0]))
		.y((p) => py(p[1]));
	const lines = [...chart.lines]
		.reverse()
		.map(
			(l) =>
				`<path d="${escapeAttr(path(l.points) ?? '')}" fill="none" stroke="${palette[l.color]}" stroke-width="5" stroke-dasharray="${scaleDash(l.dash)}" stroke-linejoin="round"/>`
		);
	const rules = (chart.rules ?? []).map(
		(r) =>
			`<path d="M${px(r.x)},0V${height}" stroke="${palette[r.color]}" stroke-width="3" stroke-dasharray="10 6"/>`
	);
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${[...grid, ...bars, ...lines, ...rules].join('')}</svg>`;
	return {
		svg,
		xTicks: chart.x.ticks.map((t) => ({ left: px(t), label: chart.x.format(t) })),
		yTicks: chart.y.ticks.map((t) => ({ top: py(t), label: chart.y.format(t) })),
		rules: (chart.rules ?? []).map((r) => ({
			left: px(r.x),
			label: r.label,
			color: palette[r.color]
		})),
		legend: chart.lines.map((l) => ({
			label: l.label,
			color: palette[l.color],
			dash: l.dash ?? 'none'
		}))
	};
}
