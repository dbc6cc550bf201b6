/**
 * What a story says about the order of its events, as one graph: an event's
 * `after` (it followed these) and `before` (it preceded these) are two ways of
 * writing the same link, "A before B" being "B after A". Ordering, drawing and
 * validation all read the links from here.
 */
import type { StoryEvent } from './schema';

/** `after` and `before` take one id or a list. */
export function idsOf(value: string | readonly string[] | undefined): string[] {
	if (value === undefined) return [];
	return typeof value === 'string' ? [value] : [...value];
}

/** For every event, the ids of the events it is known to have followed, from both directions, without repeats. */
export function followedEvents(events: readonly Pick<StoryEvent, 'id' | 'after' | 'before'>[]): Map<string, string[]> {
	const followed = new Map<string, Set<string>>(events.map((e) => [e.id, new Set(idsOf(e.after))]));
	for (const event of events) {
		for (const later of idsOf(event.before)) followed.get(later)?.add(event.id);
	}
	return new Map([...followed].map(([id, ids]) => [id, [...ids]]));
}
