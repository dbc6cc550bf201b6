/** The rest of the phone sweep (tests/browser/phone.test.ts opens a sample): every other page, at 375 px, for sideways scroll. */
import { afterAll, beforeAll, describe } from 'vitest';
import { startSite, type Site } from '../helpers/site';
import { phonePageSweeps } from '../helpers/sweeps/phone-pages';

let site: Site;
beforeAll(async () => {
	site = await startSite();
});
afterAll(async () => site?.close());

describe('no page scrolls sideways at 375 px (the rest of the sweep)', () => {
	phonePageSweeps(() => site, 'rest');
});
