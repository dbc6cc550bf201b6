/**
 * The workbook's sheets and columns, derived from the story's JSON Schema
 * (story/schema.ts, through `storyJsonSchema()`): every field of an item is a
 * column headed by its name, so a field added to the schema is a column here
 * without an edit, and the Read me sheet's descriptions and allowed values
 * are the schema's own.
 *
 * How a field becomes columns:
 * - a string, an enum or a boolean: one column (`title`, `kind`, `fragment`);
 * - a list of strings: one column, the items separated by "; " (`actors`);
 * - a string or a list (`after`, a source's `kind`): one column; one item is
 *   the string, and one item ending in ";" is a list of one;
 * - an object: a dotted column per field (`span.from`, `span.to`, `span.label`);
 * - a string or an object (`when`, `said`): a column for the string and dotted
 *   columns for the object, one or the other filled;
 * - a list of objects: a sheet of its own, a row per object, its first column
 *   naming the item it belongs to (a quote's `relations`, an open question's
 *   `positions`); in the Story sheet, rows numbered from 1 (`credits.1.name`).
 */
import { storyJsonSchema } from '../story/schema';
import { LOCAL_DATE_PATTERN } from '../story/vocabulary';
import { ID_PATTERN } from '../story/page-ids';

/** What a cell holds, for drop-downs, widths and how a date cell is read. */
export type CellKind = 'text' | 'id' | 'date' | 'url' | 'choice' | 'boolean';

/** How the field's value sits in its one cell. */
export type CellShape = 'one' | 'list' | 'one-or-list';

export interface ColumnSpec {
	/** The header: the field's path in the item, dotted (`when.from`). */
	name: string;
	path: readonly string[];
	shape: CellShape;
	kind: CellKind;
	/** The closed list of values, for a `choice` or `boolean` column (each item of a list). */
	allowed?: readonly string[];
	/** The field must be given (for the dotted columns of a form, when that form is used). */
	required: boolean;
	/** For the dotted columns of a field that may also be a plain string: that string's column (`when`). */
	alternativeTo?: string;
	description: string;
}

export interface SheetSpec {
	name: string;
	/** Where the sheet's items are in the story: `['events']`, `['teaching', 'notes']`. */
	collection: readonly string[];
	/** For a sheet of a list inside each item of another sheet: that sheet, the list's field, and the column naming the item. */
	parent?: { sheet: string; field: string; column: string };
	/** The story requires the collection (it may still be empty); for a sheet of a list inside each item of another, each item requires the list. */
	required: boolean;
	columns: ColumnSpec[];
	description: string;
}

interface JsonSchema {
	type?: string;
	enum?: string[];
	pattern?: string;
	description?: string;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	anyOf?: JsonSchema[];
	minItems?: number;
}

export const STORY_SHEET = 'Story';
export const READ_ME_SHEET = 'Read me';
export const LISTS_SHEET = 'Lists';
/** The Story sheet's two columns: each row a field of `meta`. */
export const FIELD_COLUMN = 'field';
export const VALUE_COLUMN = 'value';
/** The top-level `$schema` of a story file, kept as a row of the Story sheet so a round trip gives back the same file. */
export const SCHEMA_FIELD = '$schema';

/** The collections, in the order of their sheets, with the names a newsroom uses for them. */
const COLLECTIONS: readonly { name: string; collection: readonly string[]; description: string; children?: Record<string, { sheet: string; column: string; description: string }> }[] = [
	{ name: 'Actors', collection: ['actors'], description: 'The people and organisations in the story.' },
	{ name: 'Sources', collection: ['sources'], description: 'Every page, recording or document the story rests on.' },
	{ name: 'Chapters', collection: ['chapters'], description: 'The parts of the story, each a span of time.' },
	{ name: 'Events', collection: ['events'], description: 'What happened, one row per event; the timeline orders them by date and by their `after` and `before` links.' },
	{
		name: 'Quotes',
		collection: ['quotes'],
		description: 'The exact words, each with who said them, where and the sources that print them.',
		children: { relations: { sheet: 'Quote relations', column: 'from quote', description: 'How quotes relate: one row per relation, in the order they are listed.' } }
	},
	{ name: 'Framings', collection: ['framings'], description: 'How outlets headlined an event.' },
	{
		name: 'Open questions',
		collection: ['unknowns'],
		description: 'What is not known, and what we conclude.',
		children: { positions: { sheet: 'Positions', column: 'open question', description: 'What each source says on an open question: one row per position, in order.' } }
	},
	{ name: 'Teaching notes', collection: ['teaching', 'notes'], description: 'Points for teachers of media literacy.' },
	{ name: 'Teaching questions', collection: ['teaching', 'questions'], description: 'Questions for class discussion.' }
];

const DATE_PATTERN = LOCAL_DATE_PATTERN.source;
const SLUG_PATTERN = ID_PATTERN.source;
export const BOOLEAN_VALUES = ['true', 'false'] as const;

function kindOf(node: JsonSchema): { kind: CellKind; allowed?: readonly string[] } {
	if (node.enum) return { kind: 'choice', allowed: node.enum };
	if (node.type === 'boolean') return { kind: 'boolean', allowed: BOOLEAN_VALUES };
	if (node.pattern === DATE_PATTERN) return { kind: 'date' };
	if (node.pattern === SLUG_PATTERN) return { kind: 'id' };
	if (node.pattern?.startsWith('^https?')) return { kind: 'url' };
	return { kind: 'text' };
}

function describeEnum(node: JsonSchema): string {
	return node.description ?? (node.enum ? 'One of the allowed values.' : node.type === 'boolean' ? 'true or false.' : '');
}

const isScalar = (node: JsonSchema) => node.type === 'string' || node.type === 'boolean';
const isStringList = (node: JsonSchema | undefined) => node?.type === 'array' && node.items !== undefined && isScalar(node.items);
const isObjectList = (node: JsonSchema) => node.type === 'array' && node.items?.type === 'object';

/**
 * The columns of one object's fields. `lists` receives the fields that are
 * lists of objects (they become sheets or numbered rows); anything else the
 * workbook cannot hold throws, so a schema change that needs a new rule fails
 * the unit tests rather than losing a field.
 */
function columnsOf(node: JsonSchema, prefix: readonly string[], parentRequired: boolean, lists: Map<string, JsonSchema>): ColumnSpec[] {
	const required = new Set(node.required ?? []);
	const columns: ColumnSpec[] = [];
	for (const [key, field] of Object.entries(node.properties ?? {})) {
		const path = [...prefix, key];
		const name = path.join('.');
		const isRequired = parentRequired && required.has(key);
		const description = field.description ?? '';
		if (isScalar(field)) {
			columns.push({ name, path, shape: 'one', ...kindOf(field), required: isRequired, description: description || describeEnum(field) });
		} else if (isStringList(field)) {
			columns.push({ name, path, shape: 'list', ...kindOf(field.items!), required: isRequired, description: description || field.items!.description || '' });
		} else if (field.anyOf?.length === 2 && isScalar(field.anyOf[0]) && isStringList(field.anyOf[1])) {
			columns.push({ name, path, shape: 'one-or-list', ...kindOf(field.anyOf[0]), required: isRequired, description: description || describeEnum(field.anyOf[0]) });
		} else if (field.anyOf?.length === 2 && isScalar(field.anyOf[0]) && field.anyOf[1].type === 'object') {
			columns.push({ name, path, shape: 'one', ...kindOf(field.anyOf[0]), required: isRequired, description });
			// The dotted columns' `required` holds within their form: a range needs `from` and `to`.
			for (const dotted of columnsOf(field.anyOf[1], path, true, lists)) columns.push({ ...dotted, alternativeTo: name });
		} else if (field.type === 'object') {
			const inner = columnsOf(field, path, isRequired, lists);
			columns.push(...inner.map((column, i) => (i === 0 && description ? { ...column, description: `${description} ${column.description}`.trim() } : column)));
		} else if (isObjectList(field)) {
			lists.set(name, field);
		} else {
			throw new Error(`workbook layout: no rule for the field ${name}`);
		}
	}
	return columns;
}

function collectionNode(schema: JsonSchema, collection: readonly string[]): { node: JsonSchema; required: boolean } {
	let node = schema;
	let required = true;
	for (const key of collection) {
		required = required && (node.required ?? []).includes(key);
		node = node.properties![key];
	}
	return { node, required };
}

export interface WorkbookLayout {
	/** `meta`'s fields in the schema's order, each its columns (rows of the Story sheet) or, for a list of objects (credits), that list's columns relative to one item, written as `credits.1.name`, `credits.1.role`, … */
	storyFields: ({ field: string; columns: ColumnSpec[]; list?: undefined } | { field: string; columns: ColumnSpec[]; list: { required: boolean; description: string } })[];
	sheets: SheetSpec[];
}

let cached: WorkbookLayout | undefined;

/** The layout, built once from the schema. */
export function workbookLayout(): WorkbookLayout {
	cached ??= buildLayout(storyJsonSchema() as JsonSchema);
	return cached;
}

function buildLayout(schema: JsonSchema): WorkbookLayout {
	const meta = schema.properties!.meta;
	const metaLists = new Map<string, JsonSchema>();
	const metaColumns = columnsOf(meta, [], true, metaLists);
	const storyFields: WorkbookLayout['storyFields'] = Object.keys(meta.properties!).map((field) => {
		const list = metaLists.get(field);
		if (!list) return { field, columns: metaColumns.filter((column) => column.path[0] === field) };
		const nested = new Map<string, JsonSchema>();
		const columns = columnsOf(list.items!, [], true, nested);
		if (nested.size) throw new Error(`workbook layout: no rule for the lists in meta.${field}`);
		return { field, columns, list: { required: (meta.required ?? []).includes(field), description: list.description ?? '' } };
	});
	const sheets: SheetSpec[] = [];
	for (const { name, collection, description, children = {} } of COLLECTIONS) {
		const { node, required } = collectionNode(schema, collection);
		if (node?.type !== 'array' || node.items?.type !== 'object') throw new Error(`workbook layout: ${collection.join('.')} is not a list of objects`);
		const lists = new Map<string, JsonSchema>();
		const columns = columnsOf(node.items, [], true, lists);
		sheets.push({ name, collection, required, columns, description });
		for (const [field, list] of lists) {
			const child = children[field];
			if (!child) throw new Error(`workbook layout: no sheet for ${collection.join('.')}[].${field}`);
			const nested = new Map<string, JsonSchema>();
			const childColumns = columnsOf(list.items!, [], true, nested);
			if (nested.size) throw new Error(`workbook layout: no rule for the lists in ${field}`);
			const parentColumn: ColumnSpec = {
				name: child.column,
				path: [],
				shape: 'one',
				kind: 'id',
				required: true,
				description: `Id of the item in ${name} this row belongs to.`
			};
			sheets.push({
				name: child.sheet,
				collection: [...collection, field],
				parent: { sheet: name, field, column: child.column },
				// Every item of the parent sheet needs rows here (an open question's positions).
				required: (node.items.required ?? []).includes(field),
				columns: [parentColumn, ...childColumns],
				description: child.description
			});
		}
	}
	// The rest of the story's top level must be what the sheets hold, or a field would be lost.
	const held = new Set(['$schema', 'meta', ...COLLECTIONS.map((c) => c.collection[0])]);
	const missing = Object.keys(schema.properties!).filter((key) => !held.has(key));
	if (missing.length) throw new Error(`workbook layout: no sheet for ${missing.join(', ')}`);
	return { storyFields, sheets };
}

/** The sheet names the reader knows, in the order they are written. */
export function sheetNames(): string[] {
	return [READ_ME_SHEET, STORY_SHEET, ...workbookLayout().sheets.map((sheet) => sheet.name), LISTS_SHEET];
}

/** A sheet or column name as the reader compares it: case, surrounding spaces and runs of spaces do not count. */
export function nameKey(name: string): string {
	return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
