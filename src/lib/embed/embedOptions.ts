import type { Fields, Schema } from '../scenario/schema';
import { urlKeyOf } from '../scenario/schema';

export const THEMES = ['light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number] | 'auto';

/** Which controls an embed shows: all, none, or only the settings named (by URL key). */
export type ControlsOption = 'all' | 'none' | readonly string[];

/** How an embed shows its widget; none of it changes the scenario. */
export interface EmbedOptions {
	/** `auto` follows the reader's system setting. */
	readonly theme: Theme;
	readonly controls: ControlsOption;
	readonly showTitle: boolean;
	readonly showCaption: boolean;
	/** What had to fall back to the default, one sentence each. */
	readonly notices: string[];
}

/** Query keys of embed options; they are not part of the scenario. */
export const EMBED_OPTION_KEYS: readonly string[] = [
	'theme',
	'controls',
	'title',
	'caption',
	'lang'
];

const shown = (value: string | null) => value !== '0';
const quote = (raw: string) => (raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);

/**
 * Reads `theme=light|dark|projector`, `controls=none|all|<key>,<key>…` (the settings left
 * editable, by their URL keys), `title=0`, `caption=0`; `lang` is reserved and ignored. A value
 * it cannot use falls back to the default and adds a notice; it never throws.
 */
export function parseEmbedOptions<F extends Fields>(
	schema: Schema<F>,
	search: URLSearchParams
): EmbedOptions {
	const notices: string[] = [];
	const rawTheme = search.get('theme');
	let theme: Theme = 'auto';
	if (rawTheme !== null) {
		if ((THEMES as readonly string[]).includes(rawTheme)) theme = rawTheme as Theme;
		else
			notices.push(
				`theme=${quote(rawTheme)} is not one of ${THEMES.join(', ')}; using the reader’s own setting`
			);
	}
	return {
		theme,
		controls: readControls(schema, search.get('controls'), notices),
		showTitle: shown(search.get('title')),
		showCaption: shown(search.get('caption')),
		notices
	};
}

function readControls<F extends Fields>(
	schema: Schema<F>,
	raw: string | null,
	notices: string[]
): ControlsOption {
	if (raw === null || raw === 'all') return 'all';
	if (raw === 'none') return 'none';
	const keys = new Map(
		Object.entries(schema.fields).flatMap(([name, field]) => [
			[urlKeyOf(name, field), name],
			[name, name]
		])
	);
	const asked = raw
		.split(',')
		.map((k) => k.trim())
		.filter(Boolean);
	const known = asked.filter((k) => keys.has(k));
	const unknown = asked.filter((k) => !keys.has(k));
	if (unknown.length > 0)
		notices.push(
			`controls: ${unknown.map(quote).join(', ')} ${unknown.length === 1 ? 'is not a setting' : 'are not settings'} of this chart; ${known.length > 0 ? 'left out' : 'showing all controls'}`
		);
	if (known.length === 0) return 'all';
	return [...new Set(known.map((k) => keys.get(k) as string))];
}
