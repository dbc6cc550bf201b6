/**
 * The messages between an embedded timeline and the page that frames it.
 *
 * Embed → host (posted to `window.parent` with target origin `*`: nothing in
 * them is secret), each height in three dialects:
 * - ours: `{ type: 'story-timeline:height', slug, height, id }` (`id` is the
 *   `frame=` flag or null), `{ type: 'story-timeline:select', slug, id, frame }`
 *   when the reader selects an event, and `{ type: 'story-timeline:ready', slug,
 *   id, frame }` once the embed runs (and in answer to `hello`);
 * - pym.js: `pymxPYMx<childId>xPYMxheightxPYMx<height>` (only when pym's parent
 *   added `childId` to the URL);
 * - AMP: `{ sentinel: 'amp', type: 'embed-size', height }`;
 * - WordPress: `{ message: 'height', value, secret }` (only when WordPress
 *   gave the frame a secret, see ./wordpress.ts).
 *
 * Host → embed (accepted only from `window.parent`): `{ type:
 * 'story-timeline:navigate', id }` selects a known event, `{ type:
 * 'story-timeline:hello' }` asks the embed to report again, and pym's
 * `width` message and WordPress's `{ message: 'ready', secret }` (with the
 * frame's secret) ask for the height. Anything else is ignored without a word.
 */
import { isWordPressReady, wordpressHeight } from './wordpress';

export const NAMESPACE = 'story-timeline';
export const MESSAGE = {
	height: `${NAMESPACE}:height`,
	select: `${NAMESPACE}:select`,
	ready: `${NAMESPACE}:ready`,
	navigate: `${NAMESPACE}:navigate`,
	hello: `${NAMESPACE}:hello`
} as const;

export const PYM_DELIMITER = 'xPYMx';
/** Heights beyond this are nonsense (or hostile) and are not posted or applied. */
export const MAX_HEIGHT = 100_000;

export interface EmbedContext {
	slug: string;
	/** The `frame=` flag. */
	frame: string | null;
	/** pym's `childId`. */
	pymId: string | null;
	/** WordPress's secret (`#?secret=…`), when WordPress embedded the frame. */
	secret?: string | null;
}

/** pym.js's string message, exactly as its library builds it. */
export function pymMessage(id: string, type: string, message: string): string {
	return ['pym', id, type, message].join(PYM_DELIMITER);
}

/** A height worth posting or applying: a finite positive number up to MAX_HEIGHT, rounded up to whole pixels. */
export function validHeight(value: unknown): number | null {
	if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > MAX_HEIGHT) return null;
	return Math.ceil(value);
}

/** Everything to post when the embed's content is `height` pixels tall. */
export function heightMessages(height: number, context: EmbedContext): unknown[] {
	const h = validHeight(height);
	if (h === null) return [];
	const messages: unknown[] = [
		{ type: MESSAGE.height, slug: context.slug, height: h, id: context.frame },
		{ sentinel: 'amp', type: 'embed-size', height: h }
	];
	if (context.pymId) messages.push(pymMessage(context.pymId, 'height', String(h)));
	if (context.secret) messages.push(wordpressHeight(h, context.secret));
	return messages;
}

export function selectMessage(id: string | null, context: EmbedContext) {
	return { type: MESSAGE.select, slug: context.slug, id, frame: context.frame };
}

export function readyMessage(id: string | null, context: EmbedContext) {
	return { type: MESSAGE.ready, slug: context.slug, id, frame: context.frame };
}

export type ParentCommand = { kind: 'navigate'; id: string } | { kind: 'hello' } | { kind: 'pym-width' } | { kind: 'wordpress-ready' };

/** A message's data as an object: structured-clone objects as they are, JSON strings parsed; anything else is null. */
export function messageObject(data: unknown): Record<string, unknown> | null {
	let value = data;
	if (typeof value === 'string') {
		if (value.length > 10_000 || !value.startsWith('{')) return null;
		try {
			value = JSON.parse(value);
		} catch {
			return null;
		}
	}
	return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/**
 * What a message from the parent page asks of the embed, or null to ignore it.
 * `eventFor` maps an id to a known event id (or null): an id the story does not
 * have is never acted on. WordPress's `ready` counts only with the frame's own `secret`.
 */
export function parseParentMessage(data: unknown, eventFor: (id: string) => string | null, pymId: string | null, secret: string | null = null): ParentCommand | null {
	if (typeof data === 'string' && data.startsWith(`pym${PYM_DELIMITER}`)) {
		if (!pymId) return null;
		const prefix = `pym${PYM_DELIMITER}${pymId}${PYM_DELIMITER}width${PYM_DELIMITER}`;
		return data.startsWith(prefix) && /^\d{1,6}$/.test(data.slice(prefix.length)) ? { kind: 'pym-width' } : null;
	}
	const message = messageObject(data);
	if (!message) return null;
	if (isWordPressReady(message, secret)) return { kind: 'wordpress-ready' };
	if (message.type === MESSAGE.hello) return { kind: 'hello' };
	if (message.type === MESSAGE.navigate && typeof message.id === 'string' && message.id.length <= 200) {
		const id = eventFor(message.id);
		return id ? { kind: 'navigate', id } : null;
	}
	return null;
}
