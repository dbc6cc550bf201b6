/**
 * SIFT prompts (Stop; Investigate the source; Find better coverage; Trace
 * claims to the original context) for an event, filled in from the story's
 * own data. Which events get prompts: the key ones, and any with framings or
 * open questions, where a class has most to work with.
 */
import type { Messages } from '../i18n/messages';
import type { EventView, StoryView } from '../story/view';

export interface SiftPrompt {
	move: 'stop' | 'investigate' | 'find' | 'trace';
	text: string;
}

export function deservesPrompts(item: EventView, view: StoryView): boolean {
	return item.event.importance === 'key' || Boolean(view.framingsByEvent[item.event.id]?.length) || Boolean(view.unknownsByEvent[item.event.id]?.length);
}

export function siftPrompts(item: EventView, view: StoryView, messages: Messages): SiftPrompt[] {
	const prompts: SiftPrompt[] = [{ move: 'stop', text: messages.classroom.stop }];
	const roles = view.provenance.events[item.event.id]?.roles ?? [];
	const first = roles.find((r) => r.first) ?? roles[0];
	if (first) {
		const source = view.sources[first.id];
		prompts.push({ move: 'investigate', text: messages.classroom.investigate(source.outlet, messages.sourceKinds[source.kind]) });
	}
	if (roles.length) prompts.push({ move: 'find', text: messages.classroom.findBetter(roles.length) });
	const quote = item.quoteIds.map((id) => view.quotes[id])[0];
	if (quote) {
		const origin = view.provenance.quotes[quote.id]?.roles.find((r) => r.first) ?? view.provenance.quotes[quote.id]?.roles[0];
		const outlet = origin ? view.sources[origin.id].outlet : '';
		prompts.push({ move: 'trace', text: messages.classroom.trace(messages.settings[quote.setting], quote.venue, outlet) });
	}
	return prompts;
}
