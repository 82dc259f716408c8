import { leadChart } from '$lib/widgets/leadChart';

/** The article's preview card: its lead chart's image, made on the server. */
export function load({ params, url }) {
	return { lead: leadChart(url.origin, params.slug), url: `${url.origin}${url.pathname}` };
}
