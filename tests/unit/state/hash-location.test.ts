// @vitest-environment happy-dom
/**
 * The URL hash as reactive state (src/lib/state/hash-location.svelte.ts):
 * empty until it listens, then following back/forward and hash links, and
 * moving to an id with or without a history entry.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HashLocation } from '../../../src/lib/state/hash-location.svelte';
import { splitHash } from '../../../src/lib/embed/wordpress';

let stop: (() => void) | undefined;

beforeEach(() => {
	history.replaceState(null, '', '/a-story?scale=sequential#first');
});

afterEach(() => {
	stop?.();
	stop = undefined;
});

describe('HashLocation', () => {
	it('starts empty, as on the server, and reads the real hash once it listens', () => {
		const hash = new HashLocation();
		expect(hash.hash).toBe('');
		stop = hash.listen();
		expect(hash.hash).toBe('#first');
	});

	it('follows back/forward and hash links while it listens, and stops when told', () => {
		const hash = new HashLocation();
		stop = hash.listen();
		history.replaceState(null, '', '#second');
		dispatchEvent(new PopStateEvent('popstate'));
		expect(hash.hash).toBe('#second');
		history.replaceState(null, '', '#third');
		dispatchEvent(new HashChangeEvent('hashchange'));
		expect(hash.hash).toBe('#third');
		stop();
		stop = undefined;
		history.replaceState(null, '', '#fourth');
		dispatchEvent(new PopStateEvent('popstate'));
		dispatchEvent(new HashChangeEvent('hashchange'));
		expect(hash.hash).toBe('#third');
	});

	it('go() adds a history entry for the id, keeping the path and the query', () => {
		const hash = new HashLocation();
		const entries = history.length;
		hash.go('vote-held');
		expect(location.pathname).toBe('/a-story');
		expect(location.search).toBe('?scale=sequential');
		expect(location.hash).toBe('#vote-held');
		expect(hash.hash).toBe('#vote-held');
		expect(history.length).toBe(entries + 1);
	});

	it('go(id, true) replaces the entry (an embed must not fill its host’s history)', () => {
		const hash = new HashLocation();
		const entries = history.length;
		hash.go('quote-mayor', true);
		expect(hash.hash).toBe('#quote-mayor');
		expect(history.length).toBe(entries);
	});

	it('encodes what an id could hold that a URL cannot', () => {
		const hash = new HashLocation();
		hash.go('a b#c', true);
		expect(location.hash).toBe(`#${encodeURIComponent('a b#c')}`);
		expect(decodeURIComponent(hash.hash.slice(1))).toBe('a b#c');
	});

	it('keeps the history state the page had', () => {
		history.replaceState({ kept: 1 }, '', '#first');
		new HashLocation().go('next');
		expect(history.state).toEqual({ kept: 1 });
	});

	it('with a split, `hash` is the page’s part, and go() keeps the rest (WordPress’s secret) at the end of every hash it writes', () => {
		history.replaceState(null, '', '/a-story/embed#?secret=aB3dE6gH9k');
		const hash = new HashLocation(splitHash);
		expect(hash.read()).toBe('');
		stop = hash.listen();
		expect(hash.hash).toBe('');
		hash.go('vote-held', true);
		expect(location.hash).toBe('#vote-held?secret=aB3dE6gH9k');
		expect(hash.hash).toBe('#vote-held');
		hash.go('proposal', true);
		expect(location.hash).toBe('#proposal?secret=aB3dE6gH9k');
		// A secret that comes later (wp-embed.js adds one to a frame that has none) is followed and kept too.
		history.replaceState(null, '', '#proposal#?secret=k3j9x');
		dispatchEvent(new HashChangeEvent('hashchange'));
		expect(hash.hash).toBe('#proposal');
		hash.go('vote-held', true);
		expect(location.hash).toBe('#vote-held?secret=k3j9x');
	});

	it('without a split, a hash is the page’s whole', () => {
		history.replaceState(null, '', '#vote-held?secret=aB3dE6gH9k');
		expect(new HashLocation().read()).toBe('#vote-held?secret=aB3dE6gH9k');
	});
});
