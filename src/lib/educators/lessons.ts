import type { WidgetSlug } from '../widgets/index';

export interface ClassroomScenario {
	readonly title: string;
	/** The scenario's settings as a link writes them (`v=1&…`); the page shows the model's caption. */
	readonly query: string;
	/** What to ask the class to look for. */
	readonly prompt: string;
}

export interface Lesson {
	readonly goals: readonly string[];
	readonly scenarios: readonly [ClassroomScenario, ClassroomScenario, ClassroomScenario];
	readonly questions: readonly { readonly question: string; readonly answer: string }[];
}

/** What each widget teaches, ready-made scenarios for a class, and questions to discuss. */
export const lessons: Record<WidgetSlug, Lesson> = {
	leverage: {
		goals: [
			'Define leverage as the stake an operator steers divided by its own stake at risk, and read it off the chart.',
			'Explain why leverage grows without limit when delegation grows and the operator’s own stake does not, while per-validator bonds keep it flat.',
			'Explain why a Cardano pledge does not limit leverage the way a bond does.'
		],
		scenarios: [
			{
				title: 'The thread’s example',
				query: 'v=1',
				prompt: 'Find the operator’s leverage, then the Rocket Pool lines: which can grow?'
			},
			{
				title: 'A large operator',
				query: 'v=1&own=1k&delegated=10M',
				prompt: 'How much does each ETH of the operator’s own stake steer?'
			},
			{
				title: 'Nothing of its own at stake',
				query: 'v=1&own=0',
				prompt: 'What happens to leverage when the operator risks nothing?'
			}
		],
		questions: [
			{
				question:
					'Why does the operator’s line climb with delegated stake while the Rocket Pool lines stay flat?',
				answer:
					'With a fixed own stake, each delegated ETH adds to what the operator steers but not to what it can lose. A bond is required per validator, so it grows with the stake and the ratio stays the same.'
			},
			{
				question: 'Does a bigger Cardano pledge make a pool safer for its delegators?',
				answer:
					'Not against misbehaviour: the ledger never takes the pledge, so nothing is at risk. Pledge only raises the pool’s rewards a little, through a0.'
			}
		]
	},
	rewards: {
		goals: [
			'Describe how a Cardano pool’s reward grows with its stake up to the saturation point and then stops.',
			'Split a pool’s reward into the fixed cost, the margin and the delegators’ share.',
			'Judge what pledge buys: a small reward advantage set by a0, not a penalty for misbehaviour.'
		],
		scenarios: [
			{
				title: 'Today’s parameters',
				query: 'v=1',
				prompt: 'Where does the delegators’ yield start to fall, and why there?'
			},
			{
				title: 'Twice as many pools',
				query: 'v=1&k=1000',
				prompt: 'What happens to the saturation point when k doubles?'
			},
			{
				title: 'A greedy operator',
				query: 'v=1&margin=10',
				prompt: 'Compare the two pools’ yields at saturation: is the higher margin worth it?'
			}
		],
		questions: [
			{
				question: 'Why do the delegators of an oversaturated pool earn less per ada?',
				answer:
					'The pool’s reward stops growing at the saturation point, so beyond it the same reward is shared by more stake.'
			},
			{
				question: 'What does raising k do, and why might a protocol want it?',
				answer:
					'The saturation point is total stake divided by k, so a larger k lowers it: big pools stop earning more sooner, which pushes stake towards more pools.'
			}
		]
	},
	punishment: {
		goals: [
			'Explain why a protocol can punish only stake it still holds when the evidence is decided.',
			'Read how a longer Ethereum exit queue keeps stake slashable for longer.',
			'Describe how Ethereum’s correlation penalty makes a mass fault cost far more than a lone one.'
		],
		scenarios: [
			{
				title: 'A week after the misbehaviour',
				query: 'v=1',
				prompt: 'Which designs can still punish the operator, and which the delegators?'
			},
			{
				title: 'Everyone leaves at once',
				query: 'v=1&queueEth=10M',
				prompt: 'How long does Ethereum stake stay within reach now?'
			},
			{
				title: 'A third of all stake slashed together',
				query: 'v=1&slashedPercent=33',
				prompt: 'Compare the loss under the two formulas with the default scenario’s.'
			}
		],
		questions: [
			{
				question: 'Why can Cardano not punish a pool operator after the fact?',
				answer:
					'Delegated and pledged ada stay spendable and nothing is bonded, so there is no stake the protocol could take.'
			},
			{
				question: 'Why does Ethereum charge more when many validators are slashed together?',
				answer:
					'A fault shared by much of the stake threatens the chain more than an isolated mistake; the penalty grows with the share slashed together, so a large operator’s correlated failure costs it much more per validator.'
			}
		]
	},
	calculator: {
		goals: [
			'Compare ways of staking by what they pay, how long they lock funds and what they put at risk.',
			'Explain how a bonded operator earns on stake it borrows, and why it loses first.',
			'Explain what a liquid staking token trades for being sellable at once.'
		],
		scenarios: [
			{
				title: 'One validator’s worth',
				query: 'v=1',
				prompt: 'Which way pays the most per ETH, and which can lose the most?'
			},
			{
				title: 'A small holder',
				query: 'v=1&haveEth=2',
				prompt: 'Which ways are still open with this much, and what do they pay?'
			},
			{
				title: 'A large holder',
				query: 'v=1&haveEth=5k',
				prompt: 'Does having more change which way pays best?'
			}
		],
		questions: [
			{
				question: 'Why can a Rocket Pool operator earn a higher percentage than a solo validator?',
				answer:
					'It earns a commission on the ETH it borrows from the pool on top of the reward on its own bond, so its reward per ETH of its own is higher; in exchange its bond takes losses first.'
			},
			{
				question: 'What does a stETH or rETH holder give up for being able to sell at once?',
				answer:
					'Part of the reward goes to the pool’s fees, and selling relies on a market price that can trade below the ETH behind the token.'
			}
		]
	},
	migration: {
		goals: [
			'Watch delegators leave an oversaturated pool in a seeded simulation, epoch by epoch.',
			'Predict and test what changing k or the pledge weight a0 does to how stake spreads.',
			'Say what a simulation can and cannot show about real delegators.'
		],
		scenarios: [
			{
				title: 'A whale pool unwinds',
				query: 'v=1&epoch=30',
				prompt: 'How many pools are over saturation after thirty epochs, and how many hold half?'
			},
			{
				title: 'k doubled mid-run',
				query: 'v=1&start=mainnet&changeEpoch=20&changeK=16&epoch=60',
				prompt: 'What happens to the pools over saturation after epoch 20?'
			},
			{
				title: 'Pledge weighs more',
				query: 'v=1&start=uniform&a0=5&epoch=50',
				prompt: 'Do zero-pledge pools keep their stake when pledge counts more?'
			}
		],
		questions: [
			{
				question: 'Why does stake leave a pool above saturation?',
				answer:
					'Past the saturation point the pool’s reward no longer grows, so each delegator’s yield falls and delegators comparing pools find better pay elsewhere.'
			},
			{
				question: 'Does the simulation prove that mainnet stake will spread out?',
				answer:
					'No: its delegators move only for yield, at the inertia given; real delegators also stay out of loyalty, habit or because an exchange holds their ada, which the model leaves out.'
			}
		]
	},
	operators: {
		goals: [
			'Explain why saturation caps each pool but not each operator: a stakeholder who can fill more than one pool opens another.',
			'Read the Nakamoto coefficient by pool and by operator, and say why the two differ.',
			'Predict what a smaller pledge influence a0, or a CIP-50 cap on pledge leverage, does to the number of independent operators.'
		],
		scenarios: [
			{
				title: 'The published setting',
				query: 'v=1',
				prompt: 'Count the pools and the operators: who runs more than one pool, and why them?'
			},
			{
				title: 'Pledge barely counts',
				query: 'v=1&a0=0.01',
				prompt: 'How many operators run all the pools now, and how many hold half the stake?'
			},
			{
				title: 'Five hundred pools',
				query: 'v=1&k=500',
				prompt: 'Does raising k to 500 give 500 independent operators?'
			}
		],
		questions: [
			{
				question:
					'Why do some stakeholders run several pools when each pool is capped at saturation?',
				answer:
					'A pool earns nothing more past the saturation point, so a stakeholder who can pledge to or attract more than one pool’s worth of stake earns more with a second pool, and each extra pool costs only a fraction of the first.'
			},
			{
				question: 'Why is the Nakamoto coefficient by operator lower than by pool?',
				answer:
					'An operator controls every pool it runs, so its pools count once: fewer operators than pools together hold half the stake.'
			},
			{
				question: 'Why does a very small a0 leave only a few operators?',
				answer:
					'Pledge then adds almost nothing to a pool’s reward, so a pool with a tiny pledge competes as well as a well-pledged one and a few stakeholders can run most pools, each on a small slice of their stake.'
			}
		]
	}
};
