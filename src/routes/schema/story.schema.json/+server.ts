import { json } from '@sveltejs/kit';
import { storyJsonSchema } from '$lib/story/schema';

export const prerender = true;

/** The JSON Schema for story files, so an editor autocompletes a story whose `$schema` points here. */
export const GET = () => json(storyJsonSchema());
