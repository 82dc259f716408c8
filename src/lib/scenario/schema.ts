/** One numeric setting of a widget: its URL key, bounds and how a slider should move through it. */
export interface NumberField {
	readonly kind: 'number';
	readonly label: string;
	readonly unit: string;
	readonly min: number;
	readonly max: number;
	/** Smallest meaningful change; values are rounded to it. */
	readonly step: number;
	readonly scale: 'linear' | 'log';
}

/** A setting chosen from a fixed list. */
export interface ChoiceField {
	readonly kind: 'choice';
	readonly label: string;
	readonly options: readonly string[];
}

export type Field = NumberField | ChoiceField;

export type FieldValue<F extends Field> = F extends NumberField ? number : string;

export type Fields = Record<string, Field>;

export type Scenario<F extends Fields> = { [K in keyof F]: FieldValue<F[K]> };

/**
 * A widget's scenario schema. Keys are written to URLs in the order of `fields`. `defaults` holds
 * the defaults of every schema version, so a link made under an old version keeps its numbers.
 */
export interface Schema<F extends Fields> {
	readonly version: number;
	readonly fields: F;
	readonly defaults: Readonly<Record<number, Scenario<F>>>;
}

export function defineSchema<F extends Fields>(schema: Schema<F>): Schema<F> {
	if (!schema.defaults[schema.version]) {
		throw new Error(`schema version ${schema.version} has no defaults`);
	}
	return schema;
}

export function currentDefaults<F extends Fields>(schema: Schema<F>): Scenario<F> {
	return schema.defaults[schema.version];
}
