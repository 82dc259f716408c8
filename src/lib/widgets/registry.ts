import type { Fields } from '../scenario/schema';
import { widgets, type WidgetSlug } from './index';
import type { WidgetEntry } from './types';

export function isWidgetSlug(slug: string): slug is WidgetSlug {
	return Object.hasOwn(widgets, slug);
}

/** A registered widget seen through the shape all widgets share, for pages that serve any of them. */
export function widgetEntry(slug: WidgetSlug): WidgetEntry<Fields> {
	return widgets[slug] as unknown as WidgetEntry<Fields>;
}
