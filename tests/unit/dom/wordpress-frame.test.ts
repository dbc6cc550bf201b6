/**
 * What only WordPress's frame shows (src/lib/dom/wordpress-frame.ts), on the
 * embed's static body as the server renders it (EmbedBody.svelte): hidden
 * until asked, another site's address offered to copy and taken back, and the
 * link to the rest of a capped embed pointing at the selected event.
 * (tests/browser/wordpress.test.ts checks the same in Chromium, in the frame.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import { Window } from 'happy-dom';
import { enGB } from 'date-fns/locale/en-GB';
import EmbedBody from '../../../src/lib/components/static/EmbedBody.svelte';
import { buildStoryView } from '../../../src/lib/story/view';
import { storySchema } from '../../../src/lib/story/schema';
import { messagesFor } from '../../../src/lib/i18n/messages';
import { minimalStory } from '../../helpers/fixtures';
import { offerAddress, showContinue } from '../../../src/lib/dom/wordpress-frame';

const view = buildStoryView(storySchema.parse(minimalStory()), enGB);
const { body } = render(EmbedBody, { props: { view, messages: messagesFor('en'), siteName: 'Story Timeline' } });
const slug = view.story.meta.slug;

// A happy-dom document for the module's globals (svelte/server renders in Node, so the test does not run under happy-dom).
let window: Window;
let document: Window['document'];
beforeEach(() => {
	window = new Window({ url: `https://timelines.example.org/${slug}/embed` });
	document = window.document;
	vi.stubGlobal('document', document);
	vi.stubGlobal('scrollY', 0);
	vi.stubGlobal('Element', window.Element);
	document.body.innerHTML = `${body}<p><a id="out" href="https://news.example.org/a?b=1">A source</a></p>`;
});
afterEach(async () => {
	vi.unstubAllGlobals();
	await window.happyDOM.close();
});

const box = () => document.querySelector('[data-copy-address]') as unknown as HTMLElement;
const field = () => document.querySelector('[data-copy-address-url]') as unknown as HTMLInputElement;
const status = () => box().querySelector('[role="status"]')!;
const link = () => document.getElementById('out') as unknown as HTMLAnchorElement;
const button = (name: string) => box().querySelector(`[data-copy-address-${name}]`) as HTMLButtonElement;

describe('offerAddress', () => {
	it('the static body carries the box hidden, in the story’s words', () => {
		expect(box().hidden).toBe(true);
		expect(box().textContent).toContain('This frame cannot open other sites');
	});

	it('shows the link’s address in the box, selected and focused', () => {
		expect(offerAddress(link())).toBe(true);
		expect(box().hidden).toBe(false);
		expect(field().value).toBe('https://news.example.org/a?b=1');
		expect(document.activeElement).toBe(field());
		expect(field().selectionStart).toBe(0);
		expect(field().selectionEnd).toBe(field().value.length);
		expect(box().style.top).toMatch(/px$/);
	});

	it('Copy copies the selected address with the browser’s own command, and says whether it could', () => {
		offerAddress(link());
		// happy-dom has no execCommand: the browser's answer is stubbed.
		const copy = vi.fn(() => true);
		Object.assign(document, { execCommand: copy });
		button('copy').click();
		expect(copy).toHaveBeenCalledWith('copy');
		expect(status().textContent).toBe('Copied to the clipboard.');
		Object.assign(document, { execCommand: vi.fn(() => false) });
		button('copy').click();
		expect(status().textContent).toMatch(/^The address is selected/);
		// Offered again, the box starts without the last answer.
		offerAddress(link());
		expect(status().textContent).toBe('');
	});

	it('Close and Escape hide it and return to the link', () => {
		offerAddress(link());
		button('close').click();
		expect(box().hidden).toBe(true);
		expect(document.activeElement).toBe(link());
		offerAddress(link());
		field().dispatchEvent(new window.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }) as unknown as Event);
		expect(box().hidden).toBe(true);
		expect(document.activeElement).toBe(link());
	});

	it('is false, and does nothing, on a page without the box', () => {
		document.body.innerHTML = '<a id="out" href="https://news.example.org/">A source</a>';
		expect(offerAddress(link())).toBe(false);
	});
});

describe('showContinue', () => {
	it('shows the link to the story at the selected event, and hides it again', () => {
		const more = document.querySelector('[data-embed-continue]') as unknown as HTMLAnchorElement;
		expect(more.hidden).toBe(true);
		expect(more.textContent).toContain('Continue reading on Story Timeline');
		showContinue(true, slug, 'vote-held');
		expect(more.hidden).toBe(false);
		expect(more.getAttribute('href')).toBe(`/${slug}#vote-held`);
		showContinue(false, slug, null);
		expect(more.hidden).toBe(true);
		expect(more.getAttribute('href')).toBe(`/${slug}`);
	});
});
