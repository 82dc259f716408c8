const NARROW = /[ijlft.,:;'|!()[\]\s]/;
const WIDE = /[mwMW%×@—]/;

/**
 * A generous estimate of a label's width in pixels, before the browser can measure it: per
 * character em widths of a wide sans-serif (DejaVu Sans, the fallback of Linux browsers) so the
 * estimate errs on the wide side and placement made from it stays collision-free.
 */
export function textWidth(text: string, fontPx = 12, bold = false): number {
	let em = 0;
	for (const c of text) {
		if (NARROW.test(c)) em += 0.36;
		else if (WIDE.test(c)) em += 0.95;
		else if (/[A-Z]/.test(c)) em += 0.72;
		else em += 0.64;
	}
	return Math.ceil(em * fontPx * (bold ? 1.1 : 1));
}
