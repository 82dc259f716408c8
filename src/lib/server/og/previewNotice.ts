import { textWidth } from '../../charts/textWidth';

/** The notice fits this many lines of the card at its font size. */
export const NOTICE_LINES = 2;

/**
 * The line a preview image prints when the link's values were changed to make a valid scenario,
 * so a card made from a mangled link never passes for that link's scenario. Undefined when nothing
 * was changed. Cut with an ellipsis to fit `lines` lines of `width` pixels at `fontPx`.
 */
export function previewNotice(
	notices: readonly string[],
	width: number,
	fontPx: number,
	lines = NOTICE_LINES
): string | undefined {
	if (notices.length === 0) return undefined;
	const full = `Link changed: ${notices.join('; ')}`;
	// A line is filled to about 90 % before the next word wraps.
	const room = width * lines * 0.9;
	if (textWidth(full, fontPx) <= room) return full;
	let cut = full;
	while (cut.length > 0 && textWidth(`${cut}…`, fontPx) > room) cut = cut.slice(0, -1);
	return `${cut.trimEnd()}…`;
}
