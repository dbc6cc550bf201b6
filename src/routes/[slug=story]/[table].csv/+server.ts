import { error } from '@sveltejs/kit';
import { allStories, storyView } from '$lib/server/stories';
import { eventsCsv, quotesCsv, sourcesCsv } from '$lib/export/csv';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

const TABLES = { events: eventsCsv, quotes: quotesCsv, sources: sourcesCsv };

export const entries: EntryGenerator = () => [...allStories().keys()].flatMap((slug) => Object.keys(TABLES).map((table) => ({ slug, table })));

/** /<slug>/events.csv, quotes.csv and sources.csv: the story as spreadsheets. */
export const GET: RequestHandler = async ({ params }) => {
	const table = TABLES[params.table as keyof typeof TABLES];
	if (!table) error(404, `No table "${params.table}"`);
	return new Response(table(await storyView(params.slug)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
