import type { PaletteColor } from '../../charts/palette';

/** Legacy dashed vermillion, Electra solid blue: pattern and colour both tell them apart. */
export const formulaStyle: Record<'legacy' | 'electra', { color: PaletteColor; dash: string }> = {
	legacy: { color: 'vermillion', dash: '7 4' },
	electra: { color: 'blue', dash: 'none' }
};
