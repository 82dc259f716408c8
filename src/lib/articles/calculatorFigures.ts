import { exitDays } from '../model/designs/ethereumLock';
import { validatorBalanceEth } from '../model/params/ethereum';
import { csmFirstBondEth, csmIcsFirstBondEth } from '../model/params/lido';
import { megapoolBondEth } from '../model/params/rocketPool';
import { voterShare } from '../model/params/rocketPoolCommission';
import { calculatorSchema } from '../scenario/calculator';
import { currentDefaults } from '../scenario/schema';
import { calculatorView, wayOf } from '../widgets/Calculator/calculatorView';

/** The amounts the calculator article walks through: a little ETH and a lot. */
export const SMALL_ETH = 10;
export const LARGE_ETH = 1000;

/** Every number the calculator article prints, from the widget's own view, looked up by way. */
export function calculatorFigures() {
	const defaults = currentDefaults(calculatorSchema);
	const small = calculatorView({ ...defaults, eth: SMALL_ETH });
	const many = calculatorView({ ...defaults, eth: LARGE_ETH });
	return {
		validatorEth: validatorBalanceEth.value,
		megapoolBondEth: megapoolBondEth.value,
		csmFirstBondEth: csmFirstBondEth.value,
		csmIcsFirstBondEth: csmIcsFirstBondEth.value,
		voterSharePercent: voterShare.value * 100,
		exitDays,
		small: {
			solo: wayOf(small, 'solo'),
			rocketPool: wayOf(small, 'rocket-pool'),
			csm: wayOf(small, 'csm')
		},
		many: {
			solo: wayOf(many, 'solo'),
			csm: wayOf(many, 'csm'),
			ics: wayOf(many, 'csm-ics')
		}
	};
}
