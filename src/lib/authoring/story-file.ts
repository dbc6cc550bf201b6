/**
 * What both authoring CLIs need to write a story file, kept free of Node APIs
 * so it is unit-tested with the rest: the JSON text, the slug rule, today.
 */
import { idSchema, type Story } from '../story/schema';

/** Relative to data/stories/, where story files live: gives editors completion and inline errors. */
export const SCHEMA_REFERENCE = '../story.schema.json';

/** The file's text: `$schema` first, tab-indented like the stories in data/stories. */
export function storyFileJson(story: Story): string {
	return `${JSON.stringify({ $schema: SCHEMA_REFERENCE, ...story }, null, '\t')}\n`;
}

/** Why `slug` cannot name a story file, or undefined when it can. */
export function slugProblem(slug: string): string | undefined {
	if (idSchema.safeParse(slug).success) return undefined;
	return `"${slug}" is not a valid slug: use lower-case letters, digits and single hyphens, e.g. "council-vote-2024"`;
}

/** Today in the machine's time zone as YYYY-MM-DD. */
export function todayAsLocalDate(now = new Date()): string {
	return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part, i) => String(part).padStart(i ? 2 : 4, '0')).join('-');
}
