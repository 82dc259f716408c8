import { formatShareFixed } from '../../format/percent';
import type { OperatorsFrame } from './operatorsFrame';

const count = (n: number, one: string, many: string) =>
	`${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The live caption: how the game ended (or where it stands), in one or two sentences. */
export function operatorsSummary(frame: OperatorsFrame, playing = false): string {
	const cap = frame.leverageCap === null ? '' : `, cap L = ${frame.leverageCap}`;
	const settings = `k = ${frame.k}, a0 = ${frame.a0}${cap}`;
	const state =
		`${count(frame.pools, 'pool', 'pools')} run by ${count(frame.operators, 'operator', 'operators')} ` +
		`(at most ${frame.maxPoolsPerOperator} each); ` +
		`${count(frame.nakamoto, 'operator holds', 'operators hold')} more than half the stake ` +
		`(${count(frame.nakamotoByPool, 'pool', 'pools')}); pledges total ${formatShareFixed(frame.totalPledge)} of all stake.`;
	if (playing) return `Round ${frame.rounds}, still playing (${settings}): ${state}`;
	if (frame.converged)
		return `Equilibrium: nobody has moved since round ${frame.equilibriumRound ?? frame.rounds} (${settings}): ${state}`;
	return `Not converged: stakeholders were still moving after ${count(frame.rounds, 'round', 'rounds')} (${settings}), so this is the last round, not an equilibrium: ${state}`;
}
