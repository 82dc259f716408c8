import { bondedLeverage } from '../leverage';
import { ethereum, rocketPool } from '../params';
import { exitDays, lockNote, wholeValidator } from './ethereumLock';
import type { StakingDesign } from './stakingDesign';

const validatorEth = ethereum.validatorBalanceEth.value;

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
