import { json } from '@sveltejs/kit';
import { storyEntries, storyBySlug } from '$lib/server/stories';
import type { RequestHandler } from './$types';

export const prerender = true;
export const entries = storyEntries;

/** The validated story, as the site uses it. */
export const GET: RequestHandler = ({ params }) => json(storyBySlug(params.slug));
