/**
 * SIFT prompts (Stop; Investigate the source; Find better coverage; Trace
 * claims to the original context) for an event, filled in from the story's
 * own data. Which events get prompts: the key ones, and any with framings or
 * open questions, where a class has most to work with.
 */
import type { Messages } from '../i18n/messages';
import type { EventView, StoryView } from '../story/view';
import { firstnessOf } from './provenance';
import { kindText } from '../story/source-kind';

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
		prompts.push({ move: 'investigate', text: messages.classroom.investigate(source.outlet, kindText(source, messages.sourceKinds)) });
	}
	if (roles.length) prompts.push({ move: 'find', text: messages.classroom.findBetter(roles.length) });
	const quote = item.quoteIds.map((id) => view.quotes[id])[0];
	if (quote) prompts.push({ move: 'trace', text: tracePrompt(quote.id, view, messages) });
	return prompts;
}

/**
 * "First published by" only when the dates show it (provenance.ts,
 * firstnessOf); otherwise the outlets that may have been first, or the
 * question itself when no original is cited.
 */
function tracePrompt(quoteId: string, view: StoryView, messages: Messages): string {
	const quote = view.quotes[quoteId];
	const setting = messages.settings[quote.setting];
	const originals = (view.provenance.quotes[quoteId]?.roles ?? []).filter((r) => r.role === 'original').map((r) => view.sources[r.id]);
	const firsts = [...firstnessOf(originals, view.story.meta.timeZone)];
	const outlets = [...new Set(firsts.map(([id]) => view.sources[id].outlet))];
	if (firsts.length === 1 && firsts[0][1] === 'first') return messages.classroom.trace(setting, quote.venue, outlets[0]);
	if (outlets.length) return messages.classroom.traceAmong(setting, quote.venue, new Intl.ListFormat(view.story.meta.language, { type: 'conjunction' }).format(outlets));
	return messages.classroom.traceUnknown(setting, quote.venue);
}
