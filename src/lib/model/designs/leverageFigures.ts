import { bondedLeverage, leverage } from '../leverage';
import { ethereum, lido, lidoCuratedV2, rocketPool, thread } from '../params';
import { maxEffectiveBalanceElectraGwei } from '../params/ethereumBalances';
import { csmLeverage } from './csmBond';
import { tezosDesign } from './otherChainDesigns';

/**
 * The leverage figures the case article quotes (stake steered ÷ the operator's own stake at risk) of the designs running today, per
 * https://ethresear.ch/t/distributed-staking-model-using-pool-delegation/11815.
 * Rocket Pool megapool 32 / 4 = 8; CSM 32 / 2.4 = 13.3 for one key, tending to 32 / 1.3 = 24.6;
 * Curated v1 ∞; Tezos 13; Curated v2, 18 keys on 12.7 ETH of bond: 45.4 at 32 ETH a key,
 * 2,903 at 2048 ETH a key.
 */
export function leverageFigures() {
	const validatorEth = ethereum.validatorBalanceEth.value;
	const maxEth = maxEffectiveBalanceElectraGwei.value / 1e9;
	const keys = lidoCuratedV2.lowBondKeys.value;
	const v2Bond =
		lidoCuratedV2.firstKeyBondEth.value + (keys - 1) * lidoCuratedV2.nextKeysBondEth.value;
	return {
		thread: leverage(
			thread.threadOwnEth.value + thread.threadDelegatedEth.value,
			thread.threadOwnEth.value
		),
		rocketPoolMegapool: bondedLeverage(validatorEth, rocketPool.megapoolBondEth.value),
		csmFirstKey: csmLeverage(1, validatorEth),
		csmMarginal: bondedLeverage(validatorEth, lido.csmNextBondEth.value),
		csmIcsFirstKey: bondedLeverage(validatorEth, lido.csmIcsFirstBondEth.value),
		lidoCurated: bondedLeverage(validatorEth, lido.curatedBondEth.value),
		tezos: tezosDesign.maxLeverage,
		curatedV2Bond: v2Bond,
		curatedV2At32: leverage(keys * validatorEth, v2Bond),
		curatedV2At2048: leverage(keys * maxEth, v2Bond)
	};
}
