import { json } from '@sveltejs/kit';
import { allStories, storyBySlug } from '$lib/server/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => [...allStories().keys()].map((slug) => ({ slug }));

/** The validated story, as the site uses it. */
export const GET: RequestHandler = ({ params }) => json(storyBySlug(params.slug));
