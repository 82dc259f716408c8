/** An element of server-rendered markup: its attributes, and its style as property → value. */
export interface MarkupElement {
	readonly attrs: Readonly<Record<string, string>>;
	readonly style: Readonly<Record<string, string>>;
	readonly text: string;
}

/**
 * The elements with this tag (and, if given, this class) in server-rendered markup, in document
 * order: enough to read a chart's geometry without a DOM.
 */
export function elements(markup: string, tag: string, className?: string): MarkupElement[] {
	const found: MarkupElement[] = [];
	for (const match of markup.matchAll(new RegExp(`<${tag}\\b([^>]*)>([^<]*)`, 'g'))) {
		const attrs = Object.fromEntries(
			[...match[1].matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value])
		);
		if (className && !(attrs.class ?? '').split(/\s+/).includes(className)) continue;
		const style = Object.fromEntries(
			(attrs.style ?? '')
				.split(';')
				.map((part) => part.split(':').map((s) => s.trim()))
				.filter(([name]) => name)
				.map(([name, ...value]) => [name, value.join(':')])
		);
		found.push({ attrs, style, text: match[2] });
	}
	return found;
}

/** The numbers of a list of attributes or style values ('25%' → 25). */
export const numbers = (values: readonly (string | undefined)[]) =>
	values.map((v) => (v === undefined ? undefined : parseFloat(v)));
