/** The values of running t = 1 … k pools found so far in one search (a Map's work in two arrays). */
export class PoolCountMemo {
	private readonly values: Float64Array;
	/** found[t] is the number of the search that found t's value. */
	private readonly found: Uint32Array;
	private search = 1;

	constructor(k: number) {
		this.values = new Float64Array(k + 1);
		this.found = new Uint32Array(k + 1);
	}

	/** Forgets every value (a new search). */
	clear(): void {
		if (++this.search === 0xffffffff) {
			this.found.fill(0);
			this.search = 1;
		}
	}

	/** t's value in this search, or undefined before it is set. */
	get(t: number): number | undefined {
		return this.found[t] === this.search ? this.values[t] : undefined;
	}

	/** Keeps t's value for this search; returns it. */
	set(t: number, value: number): number {
		this.found[t] = this.search;
		return (this.values[t] = value);
	}
}
