/** Month names, January first, for dates written in prose and citations. */
export const monthNames = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** An ISO date for prose, the same on every machine: "2025-10-17" -> "17 October 2025". */
export function formatIsoDate(iso: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return iso;
	const [, year, month, day] = match;
	return `${Number(day)} ${monthNames[Number(month) - 1] ?? month} ${year}`;
}

/** The month of an ISO date for prose: "2025-10-17" -> "October 2025". */
export function formatIsoMonth(iso: string): string {
	return formatIsoDate(iso).replace(/^\d+ /, '');
}
