import { expect, it } from 'vitest';
import { withQueryKey } from './withQueryKey';

it('adds a key after ? or &, as the address needs', () => {
	expect(withQueryKey('https://e.org/embed/leverage?v=1', 'controls', 'none')).toBe(
		'https://e.org/embed/leverage?v=1&controls=none'
	);
	expect(withQueryKey('https://e.org/embed/leverage/a-large-operator', 'controls', 'none')).toBe(
		'https://e.org/embed/leverage/a-large-operator?controls=none'
	);
	expect(withQueryKey('/e?v=1', 'a b', 'x&y')).toBe('/e?v=1&a%20b=x%26y');
});
