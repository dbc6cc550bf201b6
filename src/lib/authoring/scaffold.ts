/**
 * The skeleton `npm run story:new` writes: one of each thing a story needs
 * (chapter, event, actor, quote, source), valid as written and not a draft, so
 * `story:check --strict` passes before the author has changed a word. Every
 * text says what to replace it with; the source URL is an obvious placeholder.
 */
import type { Story } from '../story/schema';

export interface ScaffoldOptions {
	slug: string;
	/** Today as YYYY-MM-DD: the example event happens today. */
	today: string;
	title?: string;
	timeZone?: string;
	language?: string;
}

export const PLACEHOLDER_SOURCE_URL = 'https://example.org/replace-me';

export function scaffoldStory({ slug, today, title, timeZone = 'UTC', language = 'en' }: ScaffoldOptions): Story {
	const month = today.slice(0, 7);
	return {
		meta: {
			slug,
			title: title ?? 'Replace with the headline of the story',
			dek: 'Replace with one or two sentences that say what the story is about.',
			language,
			timeZone,
			lastUpdated: today,
			credits: [{ name: 'Replace with your name', role: 'Reporting' }],
			method: 'Replace with how the timeline was compiled: which sources were searched, and the rules followed for dates and quotes.',
			focus: { from: month, to: month }
		},
		actors: [{ id: 'example-person', name: 'Replace with the full name of the speaker', role: 'Replace with their role at the time' }],
		sources: [
			{
				id: 'example-source',
				outlet: 'Replace with the publisher',
				headline: 'Replace with the headline as published',
				url: PLACEHOLDER_SOURCE_URL,
				published: today,
				kind: 'news-report',
				reliability: 'Replace with how far to trust this source, and why.'
			}
		],
		chapters: [{ id: 'first-chapter', title: 'Replace with a chapter title', span: { from: month, to: month } }],
		events: [
			{
				id: 'first-event',
				title: 'Replace with a short headline of what happened',
				summary: 'Replace with what happened, in two or three sentences, as the sources establish it.',
				kind: 'other',
				when: today,
				chapter: 'first-chapter',
				actors: ['example-person'],
				importance: 'normal',
				sources: ['example-source']
			},
			{
				id: 'second-event',
				title: 'Replace with what happened next (or delete this event)',
				summary:
					'Replace with what happened. Its date shows two forms sources often call for: a part of a day ("morning", "afternoon", "evening", "overnight", "early-hours", "lunchtime") and `after` / `before`, the events it is known to have followed or preceded.',
				kind: 'other',
				when: `${today} afternoon`,
				after: 'first-event',
				chapter: 'first-chapter',
				actors: ['example-person'],
				importance: 'normal',
				sources: ['example-source']
			}
		],
		quotes: [
			{
				id: 'first-quote',
				event: 'first-event',
				speaker: 'example-person',
				text: 'Replace with the exact words, as the source prints them.',
				setting: 'public-statement',
				venue: 'Replace with where, or to whom, the words were said',
				sources: ['example-source']
			}
		],
		framings: [],
		unknowns: []
	};
}
