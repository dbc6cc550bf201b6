/** The rest of the deep-link sweep (tests/browser/speed.test.ts opens a sample): every other target, at 1280 and 375 px. */
import { afterAll, beforeAll, describe } from 'vitest';
import { startSite, type Site } from '../helpers/site';
import { deepLinkSweeps } from '../helpers/sweeps/deep-links';

let site: Site;
beforeAll(async () => {
	site = await startSite();
});
afterAll(async () => site?.close());

describe('the static body, laid out only where it is seen while the page loads (the rest of the sweep)', () => {
	deepLinkSweeps(() => site, 'rest');
});
