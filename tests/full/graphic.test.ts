/** The rest of the graphic's sweep (tests/browser/graphic.test.ts measures a sample): every other story × width. */
import { afterAll, beforeAll, describe } from 'vitest';
import { startSite, type Site } from '../helpers/site';
import { graphicSweeps } from '../helpers/sweeps/graphic';

let site: Site;
beforeAll(async () => {
	site = await startSite();
});
afterAll(async () => site?.close());

describe('the timeline graphic, measured (the rest of the sweep)', () => {
	graphicSweeps(() => site, 'rest');
});
