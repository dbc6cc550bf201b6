import { describe, expect, it } from 'vitest';
import { maskOutlets, outletNames } from '../../src/lib/literacy/mask';

describe('masking outlet names', () => {
	const names = outletNames(['Guido Fawkes', 'The Spectator (Steerpike)', 'i', 'BBC News']);

	const cases: [string, string][] = [
		['Guido Fawkes publishes the recording', '▒▒▒ publishes the recording'],
		['guido fawkes says', '▒▒▒ says'],
		['Read The Spectator (Steerpike) today', 'Read ▒▒▒ today'],
		['Read The Spectator today', 'Read ▒▒▒ today'],
		['BBC News reports', '▒▒▒ reports'],
		['It is raining', 'It is raining'],
		['Guidos are not masked', 'Guidos are not masked']
	];
	for (const [input, expected] of cases) it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => expect(maskOutlets(input, names)).toBe(expected));

	it('leaves text alone when there are no names', () => {
		expect(maskOutlets('Guido', [])).toBe('Guido');
	});
});
