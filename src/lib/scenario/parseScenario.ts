import { formatSI, parseSI } from '$lib/format/si';
import { clampValue } from './clampValue';
import { urlKeyOf, type Fields, type Scenario, type Schema } from './schema';

export interface Parsed<F extends Fields> {
	readonly scenario: Scenario<F>;
	/** One short sentence per value that was changed to make the scenario valid. */
	readonly notices: string[];
}

/**
 * Reads a scenario from a query string. Never throws: unknown keys are ignored (a key that is not
 * a plain ASCII name, as a forum's HTML decoding makes of `&eth=`, adds a notice), a malformed or
 * out-of-range value becomes the nearest valid one and adds a notice, keys left out take the
 * defaults of the link's schema version `v`.
 */
export function parseScenario<F extends Fields>(
	schema: Schema<F>,
	query: URLSearchParams | string
): Parsed<F> {
	const params = new URLSearchParams(query);
	const notices: string[] = [];
	const version = readVersion(schema, params.get('v'), notices);
	const defaults = schema.defaults[version];
	const scenario = { ...defaults } as Record<string, number | string>;

	for (const [key, field] of Object.entries(schema.fields)) {
		const name = params.has(urlKeyOf(key, field)) ? urlKeyOf(key, field) : key;
		const raw = params.get(name);
		if (raw === null) continue;
		const fallback = defaults[key];
		if (field.kind === 'choice') {
			if (field.options.includes(raw)) scenario[key] = raw;
			else
				notices.push(
					`${name}=${quote(raw)} is not one of ${field.options.join(', ')}; using ${fallback}`
				);
			continue;
		}
		const value = parseSI(raw);
		if (!Number.isFinite(value)) {
			notices.push(`${name}=${quote(raw)} is not a number; using ${formatSI(fallback as number)}`);
			continue;
		}
		const clamped = clampValue(field, value);
		scenario[key] = clamped.value;
		if (clamped.reason)
			notices.push(`${name}=${quote(raw)}: ${clamped.reason}; using ${formatSI(clamped.value)}`);
	}
	for (const key of params.keys())
		if (!/^[\w-]*$/.test(key))
			notices.push(
				`“${quote(key)}” is not a setting of this chart; the link may have been mangled`
			);
	return { scenario: scenario as Scenario<F>, notices };
}

function readVersion<F extends Fields>(
	schema: Schema<F>,
	raw: string | null,
	notices: string[]
): number {
	if (raw === null) return schema.version;
	const version = Number(raw);
	if (Number.isInteger(version) && schema.defaults[version]) return version;
	notices.push(`v=${quote(raw)} is not a known version; using v=${schema.version}`);
	return schema.version;
}

function quote(raw: string): string {
	return raw.length > 24 ? `${raw.slice(0, 24)}…` : raw;
}
