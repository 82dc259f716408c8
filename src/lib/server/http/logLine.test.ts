import { expect, it } from 'vitest';
import { clientErrorLine } from './logLine';

it('names status, method, path and reason on one line', () => {
	expect(clientErrorLine(400, 'GET', new URL('http://x/w/%ZZ'), 'Malformed URI')).toBe(
		'[400] GET /w/%ZZ: Malformed URI'
	);
});

it('cuts a long address so a flood of huge links cannot flood the log', () => {
	const line = clientErrorLine(404, 'GET', new URL(`http://x/w/${'a'.repeat(5000)}`), 'Not Found');
	expect(line.length).toBeLessThan(300);
	expect(line).toContain('(5003 chars)');
	expect(line).not.toContain('\n');
});
