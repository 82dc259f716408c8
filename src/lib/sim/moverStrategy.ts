/**
 * One information rule, as the shared mover loop (`moveMovers`) uses it. `choose` names the pool
 * grouped mover `i` moves to, or −1 to stay; the loop moves the stake and then tells every
 * strategy in play through `moved`, so each keeps its own index of the pools true.
 */
export interface MoverStrategy {
	/** Before the movers of stake class `c` (grouped movers `from`…`to`, stakes `lo`…`hi`). */
	startClass(from: number, to: number, lo: number, hi: number): void;
	choose(i: number): number;
	/**
	 * What staying in the pool `choose` returned pays per ada after the move, when the choice
	 * computed it (the myopic rules do), else NaN; saves the loop computing it again.
	 */
	offered: number;
	/** After stake `x` moved from pool `from` to pool `to` (live stakes already updated). */
	moved(from: number, to: number, x: number): void;
}
