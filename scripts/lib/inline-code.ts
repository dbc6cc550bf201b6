/** What a built page carries inline, for the byte budgets (tests/browser/budget.test.ts, bench) and the CSP check. */
import { DomUtils, parseDocument } from 'htmlparser2';

/**
 * The scripts and stylesheets a document carries inline: every <style>, and
 * every <script> without src that runs (no type, a JavaScript type or module),
 * not JSON data. They count as JS and CSS as much as files do.
 */
export function inlineCode(html: string): { kind: 'js' | 'css'; text: string }[] {
	const document = parseDocument(html);
	const runs = (type = '') => type === '' || type === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/i.test(type);
	return DomUtils.findAll((el) => el.name === 'style' || (el.name === 'script' && !('src' in el.attribs) && runs(el.attribs.type)), document.children).map((el) => ({
		kind: el.name === 'style' ? 'css' : 'js',
		text: DomUtils.textContent(el)
	}));
}
