import { fitText } from '../format/fitText';
import type { Preview } from '../widgets/preview';

/** Forums keep about this many characters of a description (Discourse: 250). */
export const DESCRIPTION_LIMIT = 250;

/** The key numbers as one line: `your operator: 10× · Rocket Pool, 8 ETH bond: 4×`. */
export function headline(preview: Pick<Preview, 'keyNumbers'>): string {
	// A label that already holds a colon ("best: Lido CSM operator") takes its value after a space.
	return preview.keyNumbers
		.map((k) => `${k.label}${k.label.includes(':') ? '' : ':'} ${k.value}`)
		.join(' · ');
}

/**
 * A link's description with its key numbers first, so a forum that cuts it at 250 characters
 * keeps the comparison and drops only the explanation after it.
 */
export function previewDescription(preview: Pick<Preview, 'keyNumbers' | 'description'>): string {
	return fitText(`${headline(preview)}. ${preview.description}`, DESCRIPTION_LIMIT);
}
