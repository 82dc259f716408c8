/**
 * Okabe–Ito colours, safe for the common colour-vision deficiencies, as hex for places without CSS
 * (preview images). Pages use the matching `--series-*` variables of app.css, which adapt to dark mode.
 */
export const palette = {
	black: '#2b2b2b',
	orange: '#b87800',
	blue: '#0072b2',
	green: '#009e73',
	vermillion: '#d55e00',
	purple: '#a8528a',
	sky: '#2b8ac4',
	yellow: '#8f8500'
} as const;

export type PaletteColor = keyof typeof palette;

/** A palette colour as the page draws it: the `--series-*` CSS variable that follows the colour scheme. */
export const cssColor = (color: PaletteColor) => `var(--series-${color})`;

/** The page's text and grid colours as the preview image draws them (app.css, light scheme). */
export const inkHex = { text: '#1d1d1f', muted: '#5b5b63', grid: '#e3e2de' } as const;

/** A colour token as the page draws it: a CSS variable that follows the colour scheme. */
export const tokenCss = (token: PaletteColor | 'text' | 'muted') =>
	token === 'text' || token === 'muted' ? `var(--${token})` : cssColor(token);

/** A colour token as the preview image draws it: hex. */
export const tokenHex = (token: PaletteColor | 'text' | 'muted') =>
	token === 'text' || token === 'muted' ? inkHex[token] : palette[token];
