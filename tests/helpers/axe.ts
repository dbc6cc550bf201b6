import type { Page } from 'playwright-core';
import { createRequire } from 'node:module';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's violations on the page, one line each: impact, rule, and the first three nodes. The page needs `bypassCSP` (axe is injected inline). */
export async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: axePath });
	return page.evaluate(async () => {
		// @ts-expect-error axe is injected above
		const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
		return violations.map(
			(v: { id: string; impact: string; nodes: { target: string[] }[] }) =>
				`${v.impact} ${v.id}: ${v.nodes
					.slice(0, 3)
					.map((n) => n.target.join(' '))
					.join(' | ')}`
		);
	});
}
