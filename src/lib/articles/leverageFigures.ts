import { cardanoSnapshot, delegatedShare, saturablePools } from '../model/cardano/snapshot';
import { designById } from '../model/designs';
import { leverageToday } from '../model/designs/leverageToday';
import { delegatedLeverage } from '../model/leverage';
import { cardano, ethereum, rocketPool } from '../model/params';
import { maxEffectiveBalanceElectraGwei } from '../model/params/ethereumBalances';
import { leverageSchema } from '../scenario/leverage';
import { currentDefaults } from '../scenario/schema';
import { bondEarnings } from '../widgets/Calculator/bondEarnings';
import { leverageView } from '../widgets/Leverage/leverageView';

/** Leverage of one entry of `leverageToday()`, by id. */
const todayOf = (id: string) => {
	const entry = leverageToday().find((d) => d.id === id);
	if (!entry) throw new RangeError(`no design "${id}" today`);
	return entry.leverage;
};

/** Every number the leverage article prints, from the model and the widget's own view. */
export function leverageFigures() {
	const initial = leverageView(currentDefaults(leverageSchema));
	const snapshot = cardanoSnapshot();
	return {
		thread: initial.thread,
		threadControlled: initial.thread.own + initial.thread.delegated,
		validatorEth: ethereum.validatorBalanceEth.value,
		maxEffectiveBalanceEth: maxEffectiveBalanceElectraGwei.value / 1e9,
		bonded: {
			solo: initial.bonded.solo,
			rp16: initial.bonded.rp16,
			rp8: initial.bonded.rp8,
			rp4: todayOf('rocket-pool-4')
		},
		bonds: {
			rp16: rocketPool.originalMinipoolBondEth.value,
			rp8: rocketPool.leb8BondEth.value,
			rp4: rocketPool.megapoolBondEth.value
		},
		today: {
			tezos: todayOf('tezos'),
			csmFirst: todayOf('csm-first'),
			csmIcsFirst: todayOf('csm-ics-first'),
			csmNext: todayOf('csm-next'),
			curated: todayOf('lido-curated')
		},
		earns: bondEarnings(),
		cardano: {
			snapshot,
			pledge: initial.cardano.pledge,
			saturation: initial.cardano.saturation,
			leverageAtSaturation: initial.cardano.leverageAtSaturation,
			k: cardano.k,
			genesisK: cardano.genesisK,
			delegatedShare: delegatedShare(snapshot),
			saturablePools: saturablePools(snapshot)
		},
		cardanoLeverage: designById('cardano').maxLeverage,
		tenfold: delegatedLeverage(initial.thread.own, 10 * initial.thread.delegated)
	};
}
