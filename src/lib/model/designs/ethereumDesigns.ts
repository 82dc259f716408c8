import { bondedLeverage } from '../leverage';
import { ethereum } from '../params';
import { exitDays, lockNote } from './ethereumLock';
import type { StakingDesign } from './stakingDesign';

const validatorEth = ethereum.validatorBalanceEth.value;

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
	sources: ['https://github.com/ethereum/consensus-specs/blob/dev/specs/electra/beacon-chain.md']
};
