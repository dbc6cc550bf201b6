/**
 * The URL hash as reactive state, and selection by hash without a router:
 * story pages run as an island (src/islands) rather than under SvelteKit's
 * client, so they keep their own history entries. Starts empty, as on the
 * server, and reads the real hash once listening (after hydration).
 */
export class HashLocation {
	hash = $state('');

	/** Follows back/forward and hash links; returns the cleanup. */
	listen(): () => void {
		const update = () => {
			this.hash = location.hash;
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
		const url = `${location.pathname}${location.search}#${encodeURIComponent(id)}`;
		if (replace) history.replaceState(history.state, '', url);
		else history.pushState(history.state, '', url);
		this.hash = location.hash;
	}
}
