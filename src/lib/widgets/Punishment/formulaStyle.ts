/** Legacy dashed vermillion, Electra solid blue: pattern and colour both tell them apart. */
export const formulaStyle = {
	legacy: { color: 'var(--series-vermillion)', dash: '7 4' },
	electra: { color: 'var(--series-blue)', dash: 'none' }
} as const;
