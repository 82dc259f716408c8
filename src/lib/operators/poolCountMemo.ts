/** The values of running t = 1 … k pools found so far in one search (a Map's work in two arrays). */
export class PoolCountMemo {
	readonly values: Float64Array;
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

	has(t: number): boolean {
		return this.found[t] === this.search;
	}

	/** Marks t's value as found in this search; returns t. */
	mark(t: number): number {
		this.found[t] = this.search;
		return t;
	}
}
