/** The rest of the scales' sweep (tests/browser/scales.test.ts measures a sample): every other story × width. */
import { afterAll, beforeAll, describe } from 'vitest';
import { startSite, type Site } from '../helpers/site';
import { scaleSweeps } from '../helpers/sweeps/scales';

let site: Site;
beforeAll(async () => {
	site = await startSite();
});
afterAll(async () => site?.close());

describe('the scales, measured (the rest of the sweep)', () => {
	scaleSweeps(() => site, 'rest');
});
