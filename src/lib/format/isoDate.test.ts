import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatIsoMonth } from './isoDate';

describe('formatIsoDate', () => {
	it.each([
		['2025-10-17', '17 October 2025'],
		['2024-01-05', '5 January 2024'],
		['2026-12-31', '31 December 2026']
	])('formatIsoDate(%s) is %s', (iso, text) => expect(formatIsoDate(iso)).toBe(text));
	it('returns anything that is not an ISO date unchanged', () => {
		expect(formatIsoDate('October 2025')).toBe('October 2025');
	});
	it('formatIsoMonth(2025-10-17) is October 2025', () => {
		expect(formatIsoMonth('2025-10-17')).toBe('October 2025');
	});
});
