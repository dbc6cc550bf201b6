/*! Story Timeline host script: sizes each iframe[data-story-timeline] to its
content and keeps its selected event in this page's URL (#st-<story>=<event>).
Trusts a message only from that iframe's window and its src's origin. */
(() => {
	'use strict';
	if (window.StoryTimelineEmbeds) return window.StoryTimelineEmbeds.scan();
	const NS = 'story-timeline:';
	const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
	const PART = /^st-([a-z0-9-]+)=([a-z0-9-]+)$/;
	let frames = [];

	const originOf = (el) => {
		try {
			return new URL(el.src, location.href).origin;
		} catch (e) {
			return null;
		}
	};
	const validId = (id) => typeof id === 'string' && id.length <= 200 && ID.test(id);

	// Our keys in the hash (in order), and whatever else the page keeps there.
	const readHash = () => {
		const ours = new Map();
		const rest = [];
		for (const part of location.hash.slice(1).split('&')) {
			const m = PART.exec(part);
			if (m) ours.set(m[1], m[2]);
			else if (part) rest.push(part);
		}
		return { ours, rest };
	};
	const writeHash = (key, id) => {
		const { ours, rest } = readHash();
		if (id) ours.set(key, id);
		else ours.delete(key);
		ours.forEach((value, k) => rest.push('st-' + k + '=' + value));
		const url = location.pathname + location.search + (rest.length ? '#' + rest.join('&') : '');
		// Replace, not push: back leaves the page, not the reader's clicks.
		if (url !== location.pathname + location.search + location.hash) history.replaceState(history.state, '', url);
	};

	const post = (f, data, anyOrigin) => {
		const w = f.el.contentWindow;
		if (w) w.postMessage(data, anyOrigin ? '*' : originOf(f.el));
	};
	// Ask the embed to report its height and selection (it may have started before this script).
	const hello = (f) => post(f, { type: NS + 'hello' }, true);
	// Pass this page's state for the frame to it.
	const sync = (f, first) => {
		const id = readHash().ours.get(f.key);
		if (!id || id === f.selected) return;
		post(f, { type: NS + 'navigate', id });
		// A deep link: bring the frame into view, again once it has its height.
		if (first) (f.el.scrollIntoView(), (f.scroll = true));
	};

	const seen =
		typeof IntersectionObserver === 'function' &&
		new IntersectionObserver((entries) => {
			for (const entry of entries) {
				const f = entry.isIntersecting && frames.find((x) => x.el === entry.target);
				if (f) hello(f);
			}
		});

	const scan = () => {
		frames = frames.filter((f) => f.el.isConnected);
		for (const el of document.querySelectorAll('iframe[data-story-timeline]')) {
			if (frames.some((f) => f.el === el)) continue;
			const base =
				el
					.getAttribute('data-story-timeline')
					.toLowerCase()
					.replace(/[^a-z0-9-]+/g, '-') || 'timeline';
			let key = base;
			for (let n = 2; frames.some((f) => f.key === key); n++) key = base + '-' + n;
			const f = { el, key, selected: null, ready: false };
			frames.push(f);
			// A deep link to this frame: load it now even if it is lazy and far down the page.
			if (readHash().ours.has(key) && el.loading === 'lazy') el.loading = 'eager';
			hello(f);
			if (seen) seen.observe(el);
		}
	};

	addEventListener('message', (e) => {
		const f = e.source && frames.find((x) => x.el.contentWindow === e.source);
		if (!f || e.origin !== originOf(f.el)) return;
		let d = e.data;
		if (typeof d === 'string') {
			try {
				d = JSON.parse(d);
			} catch (error) {
				return;
			}
		}
		if (!d || typeof d !== 'object' || typeof d.type !== 'string' || d.type.indexOf(NS)) return;
		const type = d.type.slice(NS.length);
		if (type === 'height') {
			const h = d.height;
			if (typeof h === 'number' && h > 0 && h <= 1e5) {
				f.el.style.height = Math.ceil(h) + 'px';
				// The oEmbed code's link to the story, for readers without frames: this one has a frame.
				const q = f.el.previousElementSibling;
				if (q && q.matches('blockquote.wp-embedded-content')) q.hidden = true;
			}
			if (f.scroll) (f.el.scrollIntoView(), (f.scroll = false));
		} else if ((type === 'ready' || type === 'select') && (d.id === null || validId(d.id))) {
			const first = !f.ready;
			f.ready = true;
			f.selected = d.id;
			if (type === 'select') writeHash(f.key, d.id);
			else sync(f, first);
		}
	});
	addEventListener('hashchange', () => frames.forEach((f) => f.ready && sync(f, false)));
	new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
	window.StoryTimelineEmbeds = { scan };
	scan();
})();
