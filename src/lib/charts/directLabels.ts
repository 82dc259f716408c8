import type { ChartSpec, TextMark } from './spec';

/** Id of the direct label that names a legend entry's line at its end. */
export const endLabelId = (entryId: string) => `${entryId}-end`;

/**
 * The legend's lines named at their ends, for a spec that asks for direct labels: each entry
 * whose id is a line mark's, placed after every other label (lowest priority) so it never pushes
 * one aside. The page and the preview image show them only when all of them find room, and the
 * legend only when they do not.
 */
export function endLabels(spec: ChartSpec): TextMark[] {
	if (!spec.directLabels) return [];
	return (spec.legend ?? []).flatMap((entry) => {
		const line = spec.marks.find((m) => m.type === 'line' && m.id === entry.id);
		const end = line?.type === 'line' ? line.points.at(-1) : undefined;
		return end
			? [
					{
						id: endLabelId(entry.id),
						text: entry.label,
						at: end,
						priority: -1,
						names: [entry.id],
						color: entry.color,
						sides: ['left', 'above', 'below']
					}
				]
			: [];
	});
}

/** Whether every direct label was placed: then they replace the legend. */
export function endLabelsFit(spec: ChartSpec, placed: ReadonlySet<string>): boolean {
	const ends = endLabels(spec);
	return ends.length > 0 && ends.every((l) => placed.has(l.id));
}
