import type { ParamMatcher } from '@sveltejs/kit';
import { ID_PATTERN } from '$lib/story/page-ids';

/** A story's slug has the shape of an id (ID_PATTERN); any other path segment is not a story. */
export const match = ((param: string): param is string => ID_PATTERN.test(param)) satisfies ParamMatcher;
