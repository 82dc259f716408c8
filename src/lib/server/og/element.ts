/** A node of the element tree satori lays out (the shape JSX would produce, without React). */
export interface Element {
	type: string;
	props: {
		style?: Record<string, string | number>;
		children?: Node | Node[];
		[key: string]: unknown;
	};
}

export type Node = Element | string;

export function h(
	type: string,
	style: Record<string, string | number>,
	children?: Node | Node[],
	props = {}
): Element {
	return { type, props: { ...props, style, children } };
}
