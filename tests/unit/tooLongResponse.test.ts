import { expect, it } from 'vitest';
import { tooLongResponse } from '../../scripts/tooLongResponse.js';

it('answers an over-long link with a 431 page that says so, with a correct length', () => {
	const raw = tooLongResponse(16384);
	const [head, body] = raw.split('\r\n\r\n');
	expect(head).toMatch(/^HTTP\/1\.1 431 /);
	expect(body).toContain('This link is too long');
	expect(body).toContain('at most 16 KB');
	expect(head).toContain(`Content-Length: ${Buffer.byteLength(body)}`);
	expect(head).toContain('X-Content-Type-Options: nosniff');
});
