/** What every setting has besides its value. */
interface FieldBase {
	/**
	 * The key written to URLs when it differs from the setting's name. Links written under the
	 * setting's name are still read.
	 */
	readonly urlKey?: string;
}

/** One numeric setting of a widget: its URL key, bounds and how a slider should move through it. */
export interface NumberField extends FieldBase {
	readonly kind: 'number';
	readonly label: string;
	readonly unit: string;
	readonly min: number;
	readonly max: number;
	/** Smallest meaningful change; values are rounded to it. */
	readonly step: number;
	readonly scale: 'linear' | 'log';
	/** `integer`: a label rather than an amount (a seed), shown in full digits, never as `123.4k`. */
	readonly display?: 'integer';
}

/**
 * A setting chosen from a fixed list. Options written `as const` make a scenario's value one of
 * them in its type (`'small' | 'mainnet'`, not `string`).
 */
export interface ChoiceField<O extends string = string> extends FieldBase {
	readonly kind: 'choice';
	readonly label: string;
	readonly options: readonly O[];
}

export type Field = NumberField | ChoiceField;

export type FieldValue<F extends Field> = F extends NumberField
	? number
	: F extends ChoiceField<infer O>
		? O
		: never;

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

/** The key a setting is written under in URLs. */
export function urlKeyOf(name: string, field: Field): string {
	return field.urlKey ?? name;
}

export function currentDefaults<F extends Fields>(schema: Schema<F>): Scenario<F> {
	return schema.defaults[schema.version];
}
