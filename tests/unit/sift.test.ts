import { describe, expect, it } from 'vitest';
import { enGB } from 'date-fns/locale/en-GB';
import { siftPrompts } from '../../src/lib/literacy/sift';
import { buildStoryView } from '../../src/lib/story/view';
import { storySchema } from '../../src/lib/story/schema';
import { messagesFor } from '../../src/lib/i18n/messages';
import { minimalStory } from '../helpers/fixtures';

describe('the SIFT "trace" prompt says "first published by" only when the dates show it', () => {
	const raw = minimalStory();
	raw.sources.push({ id: 'radio', outlet: 'Radio Town', headline: 'March bulletin', url: 'https://example.org/radio', published: '2024-03', kind: 'primary-broadcast', reliability: 'Broadcast.' });
	raw.quotes.push({ id: 'among', event: 'vote-held', speaker: 'mayor', text: 'Either way.', setting: 'speech', venue: 'Chamber', sources: ['minutes', 'radio'] });
	const view = buildStoryView(storySchema.parse(raw), enGB);
	const messages = messagesFor('en');
	const trace = (quoteId: string) => {
		const item = view.events.find((e) => e.event.id === view.quotes[quoteId].event)!;
		return siftPrompts({ ...item, quoteIds: [quoteId] }, view, messages).find((p) => p.move === 'trace')!.text;
	};

	it('one original: first published by it', () => {
		expect(trace('mayor-private')).toBe(messages.classroom.trace('Private conversation', 'Corridor', 'Town Hall'));
	});

	it('a month and a day inside it: among the first, both named', () => {
		expect(trace('among')).toBe(messages.classroom.traceAmong('Speech', 'Chamber', 'Town Hall and Radio Town'));
	});

	it('only re-reports cited: the question, not a guess', () => {
		expect(trace('mayor-pleased')).toBe(messages.classroom.traceUnknown('Public statement', 'Town hall steps'));
	});
});
