/**
 * The URL hash as reactive state, and selection by hash without a router:
 * story pages run as an island (src/islands) rather than under SvelteKit's
 * client, so they keep their own history entries. Starts empty, as on the
 * server, and reads the real hash once listening (after hydration).
 *
 * Part of the hash may belong to whoever framed the page (WordPress's
 * `?secret=…`, see embed/wordpress.ts): given a `split`, `hash` is only the
 * page's own part, and every hash `go` writes keeps the other.
 */
export type HashSplit = (hash: string) => { own: string; kept: string };

const whole: HashSplit = (hash) => ({ own: hash, kept: '' });

export class HashLocation {
	hash = $state('');
	readonly #split: HashSplit;

	constructor(split: HashSplit = whole) {
		this.#split = split;
	}

	/** The page's own part of the URL's hash, now (`hash` follows it once listening). */
	read(): string {
		return this.#split(location.hash).own;
	}

	/** Follows back/forward and hash links; returns the cleanup. */
	listen(): () => void {
		const update = () => {
			this.hash = this.read();
		};
		update();
		addEventListener('popstate', update);
		addEventListener('hashchange', update);
		return () => {
			removeEventListener('popstate', update);
			removeEventListener('hashchange', update);
		};
	}

	/** Moves to `#id` without scrolling; `replace` keeps the history as it is (an embed must not fill its host's history). */
	go(id: string, replace = false) {
		const url = `${location.pathname}${location.search}#${encodeURIComponent(id)}${this.#split(location.hash).kept}`;
		if (replace) history.replaceState(history.state, '', url);
		else history.pushState(history.state, '', url);
		this.hash = this.read();
	}
}
