/** The rest of the axe sweeps (tests/browser/a11y.test.ts and embed.test.ts run a sample): the dark repeats. */
import { afterAll, beforeAll, describe } from 'vitest';
import { startSite, type Site } from '../helpers/site';
import { axeSweeps, embedAxeSweeps } from '../helpers/sweeps/axe';

let site: Site;
beforeAll(async () => {
	site = await startSite();
});
afterAll(async () => site?.close());

describe('axe-core finds no violations (the dark repeats)', () => {
	axeSweeps(() => site, 'rest');
	embedAxeSweeps(() => site, 'rest');
});
