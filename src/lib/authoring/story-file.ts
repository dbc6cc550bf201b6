/**
 * What both authoring CLIs need to write a story file, kept free of Node APIs
 * so it is unit-tested with the rest: the JSON text, the slug rule, today.
 */
import { idSchema, type Story } from '../story/schema';

/** Relative to data/stories/, where story files live: gives editors completion and inline errors. */
export const SCHEMA_REFERENCE = '../story.schema.json';

/** The file's text: `$schema` first, tab-indented like the stories in data/stories. */
export function storyFileJson(story: Story): string {
	return [...storyFileChunks(story)].join('');
}

/**
 * The file's text in pieces of about `chunkLength` characters, each item of a
 * list stringified on its own: exactly `JSON.stringify({$schema, ...story},
 * null, '\t')` and a line break, without the whole text in memory at once.
 * An import of 100,000 rows writes 84 MB of JSON, twice that as a string.
 */
export function* storyFileChunks(story: Story, chunkLength = 1 << 20): Generator<string> {
	let pending = '{';
	const entries = Object.entries({ $schema: SCHEMA_REFERENCE, ...story }).filter(([, value]) => value !== undefined);
	for (const [index, [key, value]] of entries.entries()) {
		pending += `${index ? ',' : ''}\n\t${JSON.stringify(key)}: `;
		if (!Array.isArray(value) || value.length === 0) {
			pending += indented(JSON.stringify(value, null, '\t'), '\t');
			continue;
		}
		pending += '[';
		for (const [i, item] of value.entries()) {
			pending += `${i ? ',' : ''}\n\t\t${indented(JSON.stringify(item, null, '\t') ?? 'null', '\t\t')}`;
			if (pending.length >= chunkLength) {
				yield pending;
				pending = '';
			}
		}
		pending += '\n\t]';
	}
	yield `${pending}\n}\n`;
}

/** JSON text from JSON.stringify(…, null, '\t'), as it reads nested `indent` deep. */
function indented(json: string, indent: string): string {
	return json.replace(/\n/g, `\n${indent}`);
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

/**
 * `story` with its keys in the order `previous` has them, where the two have
 * the same object (items matched by id within a list, otherwise by place):
 * a story read back from a workbook then writes the same file as before,
 * and `git diff` shows only what changed. Keys `previous` lacks come last.
 */
export function inKeyOrderOf<T>(story: T, previous: unknown): T {
	return reorder(story, previous) as T;
}

function reorder(value: unknown, previous: unknown): unknown {
	if (Array.isArray(value)) {
		const before = Array.isArray(previous) ? previous : [];
		const byId = new Map(before.filter(isObject).map((item) => [item.id, item] as const));
		return value.map((item, i) => reorder(item, isObject(item) && typeof item.id === 'string' ? byId.get(item.id) : before[i]));
	}
	if (!isObject(value)) return value;
	const old = isObject(previous) ? Object.keys(previous) : [];
	const keys = [...old.filter((key) => Object.hasOwn(value, key)), ...Object.keys(value).filter((key) => !old.includes(key))];
	return Object.fromEntries(keys.map((key) => [key, reorder(value[key], isObject(previous) ? previous[key] : undefined)]));
}

function isObject(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}
