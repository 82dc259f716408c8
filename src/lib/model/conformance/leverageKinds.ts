import { leverageRational } from '../leverageRational';
import { ownCapitalToControl } from '../ownCapitalToControl';
import type { KindAdapter } from './kindAdapter';
import { bigintInput as int, leverageInput, rationalInput } from './readInput';

/**
 * Leverage and cost-of-control vector kinds → `leverageRational`, `ownCapitalToControl`:
 * https://ethresear.ch/t/distributed-staking-model-using-pool-delegation/11815
 */
export const leverageKinds: Record<string, KindAdapter> = {
	leverage: ({ inputs }) => ({
		leverage: leverageRational(int(inputs, 'controlled_gwei'), int(inputs, 'own_at_risk_gwei'))
	}),
	cost_to_control: ({ inputs }) => ({
		own_capital_gwei: ownCapitalToControl(
			int(inputs, 'total_stake_gwei'),
			rationalInput(inputs, 'fraction'),
			leverageInput(inputs, 'leverage')
		)
	})
};
