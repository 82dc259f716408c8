import { bondedLeverage, leverage } from '../leverage';
import { ethereum, lido } from '../params';
import { csmDefaultCurve, csmIcsCurve, csmLeverage } from './csmBond';
import { exitDays, lockNote, wholeValidator } from './ethereumLock';
import type { StakingDesign } from './stakingDesign';

const validatorEth = ethereum.validatorBalanceEth.value;

export const lidoCuratedDesign: StakingDesign = {
	id: 'lido-curated',
	label: 'Lido curated operator (no bond)',
	chain: 'Ethereum',
	whoIsSlashed: `${wholeValidator}; with no bond, stETH holders absorb it`,
	isDelegatorSlashable: true,
	lockDays: exitDays,
	lockNote: `${lockNote}, then Lido’s withdrawal queue; stETH is tradable`,
	maxLeverage: leverage(validatorEth, lido.curatedBondEth.value),
	leverageNote: 'nothing of the operator’s at risk; selection by the DAO is the constraint',
	sources: [lido.curatedBondEth.source]
};

export const lidoCsmDesign: StakingDesign = {
	id: 'lido-csm',
	label: 'Lido Community Staking Module (bond curve)',
	chain: 'Ethereum',
	whoIsSlashed: `${wholeValidator}; the operator’s stETH bond absorbs losses first`,
	isDelegatorSlashable: true,
	lockDays: exitDays,
	lockNote: `${lockNote}, then Lido’s withdrawal queue; stETH is tradable`,
	maxLeverage: bondedLeverage(validatorEth, csmDefaultCurve.nextEth),
	leverageNote: `bond ${csmDefaultCurve.firstEth} ETH for the first validator, ${csmDefaultCurve.nextEth} ETH each after: ${csmLeverage(1).toFixed(1)}× for one, tending to ${(validatorEth / csmDefaultCurve.nextEth).toFixed(1)}×`,
	sources: [lido.csmFirstBondEth.source, 'https://docs.lido.fi/staking-modules/csm/intro']
};

export const lidoCsmIcsDesign: StakingDesign = {
	...lidoCsmDesign,
	id: 'lido-csm-ics',
	label: 'Lido CSM, identified community staker',
	maxLeverage: bondedLeverage(validatorEth, csmIcsCurve.nextEth),
	leverageNote: `bond ${csmIcsCurve.firstEth} ETH for the first validator, ${csmIcsCurve.nextEth} ETH each after: ${csmLeverage(1, validatorEth, csmIcsCurve).toFixed(1)}× for one, tending to ${(validatorEth / csmIcsCurve.nextEth).toFixed(1)}×`,
	sources: [lido.csmIcsFirstBondEth.source, lido.csmIcsRewardShare.source]
};
