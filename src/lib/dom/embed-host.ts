/**
 * The embed's side of the conversation with the page that frames it (the
 * messages are $lib/embed/protocol's): once the embed runs in a frame and
 * starts talking, it says it is ready, reports its content height whenever
 * that changes (and again when asked), tells the host about each selection
 * the reader makes, and acts on the parent's messages. Outside a frame it
 * says nothing. It touches no DOM itself: the window, the measuring and the
 * selecting are handed to it (components/EmbedPage.svelte), so tests drive it
 * with plain objects.
 */
import { heightMessages, parseParentMessage, readyMessage, selectMessage, type EmbedContext } from '../embed/protocol';
import { wordpressLink } from '../embed/wordpress';

/** What the embed posts to: the host page's window. */
export interface MessageTarget {
	postMessage(message: unknown, targetOrigin: string): void;
}

/** The embed's own window: its `parent` is the host page's, or the window itself when the page is not framed. */
export type EmbedWindow = MessageTarget & { parent: MessageTarget };

export interface EmbedHostOptions {
	/** The content's height in px. */
	measure: () => number;
	/** An id from outside (a flag, a message) as a known event id, or null. */
	eventFor: (id: string) => string | null;
	/** Selects an event without a history entry (an iframe's entries would pile up in the host page's history). */
	select: (id: string) => void;
}

export class EmbedHost {
	readonly #options: EmbedHostOptions;
	/** The host page, once talking to it. */
	#parent: MessageTarget | null = null;
	/** Set once the embed talks to its host; until then nothing is posted. */
	#context: EmbedContext | null = null;
	#selectedId: string | null = null;
	/** The selection the flags made on load: the host already knows it from the src, so it is not reported. */
	#quietId: string | null = null;
	#lastHeight = 0;

	/** Made with the component, so that it hears of the selection from the start; it talks only once started. */
	constructor(options: EmbedHostOptions) {
		this.#options = options;
	}

	/** The page runs in a frame: there is a host page to talk to. */
	static framed(self: EmbedWindow): boolean {
		return self.parent !== self;
	}

	/** Talking to the host page: started in a frame, and not stopped since. */
	get talking(): boolean {
		return this.#context !== null;
	}

	/**
	 * Starts talking to the page that frames `self`, if one does: says the embed is ready (with the selection) and
	 * reports its height. Called once the whole page is there, since the first height is the one the host keeps.
	 * False, and nothing posted, when the page is not framed.
	 */
	start(self: EmbedWindow, context: EmbedContext): boolean {
		if (!EmbedHost.framed(self)) return false;
		this.#parent = self.parent;
		this.#context = context;
		this.#post(readyMessage(this.#selectedId, context));
		this.reportHeight(true);
		return true;
	}

	/** WordPress's secret, once the frame talks to a WordPress page (see embed/wordpress.ts). */
	get secret(): string | null {
		return this.#context?.secret ?? null;
	}

	/**
	 * A secret WordPress gave the frame after it started (wp-embed.js adds one to a frame that has none): from
	 * now on the height goes to WordPress too, starting at once, since WordPress shows the frame on its first message.
	 */
	adoptSecret(secret: string) {
		if (!this.#context || this.#context.secret) return;
		this.#context = { ...this.#context, secret };
		this.reportHeight(true);
	}

	/** Asks a WordPress page to open `url` (on the frame's own host) in the top window; false when not in one. */
	openInTop(url: string): boolean {
		const secret = this.secret;
		if (!secret) return false;
		this.#post(wordpressLink(url, secret));
		return true;
	}

	/** Stops talking (the embed is being torn down). */
	stop() {
		this.#context = null;
		this.#parent = null;
	}

	/** Selects `id` as the flags asked, without telling the host (it knows the flags: they are in the frame's src). */
	selectQuietly(id: string) {
		this.#quietId = id;
		this.#options.select(id);
	}

	/** Reports the content's height when it has changed since the last report, or always when `force`. */
	reportHeight(force = false) {
		if (!this.#context) return;
		const height = this.#options.measure();
		if (height === this.#lastHeight && !force) return;
		this.#lastHeight = height;
		this.#post(...heightMessages(height, this.#context));
	}

	/** The selected event changed (to `id`): the host is told, unless it is the flags' quiet selection. */
	selectionChanged(id: string | null) {
		this.#selectedId = id;
		const quiet = id !== null && id === this.#quietId;
		this.#quietId = null;
		if (!quiet && this.#context) this.#post(selectMessage(id, this.#context));
	}

	/** A message to the embed's window: acted on only when it comes from the host page, and only while talking. */
	receive(event: { source: unknown; data: unknown }) {
		const context = this.#context;
		if (!context || event.source !== this.#parent) return;
		const command = parseParentMessage(event.data, this.#options.eventFor, context.pymId, context.secret ?? null);
		if (!command) return;
		if (command.kind === 'navigate') {
			if (command.id !== this.#selectedId) this.#options.select(command.id);
			return;
		}
		if (command.kind === 'hello') this.#post(readyMessage(this.#selectedId, context));
		this.reportHeight(true);
	}

	#post(...messages: unknown[]) {
		if (!this.#parent || !this.#context) return;
		for (const message of messages) this.#parent.postMessage(message, '*');
	}
}
