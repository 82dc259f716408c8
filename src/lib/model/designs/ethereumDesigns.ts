import { epochsToDays } from '../ethereum/epochsToDays';
import { bondedLeverage, leverage } from '../leverage';
import { ethereum, lido, rocketPool } from '../params';
import { maxSeedLookahead, minValidatorWithdrawabilityDelay } from '../params/ethereumChurn';
import { epochsPerSlashingsVector } from '../params/ethereumSlashing';
import { csmDefaultCurve } from './csmBond';
import type { StakingDesign } from './stakingDesign';

const specs = 'https://github.com/ethereum/consensus-specs/blob/dev/specs/electra/beacon-chain.md';
const validatorEth = ethereum.validatorBalanceEth.value;
/** Empty exit queue: 1 + 4 epochs to the exit epoch, 256 more to withdrawable (1.16 days). */
const exitDays = epochsToDays(1 + maxSeedLookahead.value + minValidatorWithdrawabilityDelay.value);
const slashedDays = epochsToDays(epochsPerSlashingsVector.value).toFixed(1);
const lockNote = `exit queue (≥ 5 epochs, balance churn) + 256 epochs + withdrawal sweep; ${slashedDays} days if slashed`;
const wholeValidator = 'the whole validator balance, whoever funded it';

export const ethereumSoloDesign: StakingDesign = {
	id: 'ethereum-solo',
	label: 'Ethereum solo validator',
	chain: 'Ethereum',
	whoIsSlashed: 'the validator’s own ETH',
	isDelegatorSlashable: false,
	lockDays: exitDays,
	lockNote,
	maxLeverage: bondedLeverage(validatorEth, validatorEth),
	leverageNote: 'no delegation: all 32 ETH are the operator’s',
	sources: [specs]
};

const rocketPoolDesign = (
	id: string,
	bondEth: number,
	label: string,
	source: string
): StakingDesign => ({
	id,
	label,
	chain: 'Ethereum',
	whoIsSlashed: `${wholeValidator}; the operator’s ${bondEth} ETH bond absorbs losses first, then rETH holders`,
	isDelegatorSlashable: true,
	lockDays: exitDays,
	lockNote: `${lockNote}; rETH itself is tradable`,
	maxLeverage: bondedLeverage(validatorEth, bondEth),
	leverageNote: `${validatorEth} ETH validator per ${bondEth} ETH bond (ETH only, RPL not counted)`,
	sources: [source, 'https://docs.rocketpool.net/protocol/faq']
});

export const rocketPool16Design = rocketPoolDesign(
	'rocket-pool-16',
	rocketPool.originalMinipoolBondEth.value,
	'Rocket Pool, 16 ETH minipool',
	rocketPool.originalMinipoolBondEth.source
);
export const rocketPool8Design = rocketPoolDesign(
	'rocket-pool-8',
	rocketPool.leb8BondEth.value,
	'Rocket Pool, 8 ETH minipool (LEB8)',
	rocketPool.leb8BondEth.source
);
export const rocketPool4Design = rocketPoolDesign(
	'rocket-pool-4',
	rocketPool.megapoolBondEth.value,
	'Rocket Pool, 4 ETH megapool validator',
	rocketPool.megapoolBondEth.source
);

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
	leverageNote: `bond ${csmDefaultCurve.firstEth} ETH for the first validator, ${csmDefaultCurve.nextEth} ETH each after: 13.3× for one, tending to 24.6×`,
	sources: [lido.csmFirstBondEth.source, 'https://docs.lido.fi/staking-modules/csm/intro']
};
