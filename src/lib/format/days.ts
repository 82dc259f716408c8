/** A number of days to three significant figures, for lists that name the unit once: 18.52 -> "18.5". */
export function formatDayCount(days: number): string {
	return String(Number(days.toPrecision(3)));
}

/** A duration in days for labels: 18.52 -> "18.5 days", 21 -> "21 days", 1 -> "1 day". */
export function formatDays(days: number): string {
	const rounded = Number(days.toPrecision(3));
	return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
}
