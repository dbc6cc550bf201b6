/**
 * Paths into a story, as the editor names its controls: `meta.title`,
 * `events[3].when.from`, `quotes[0].relations[1].type`. The loader writes the
 * same paths with a leading `$` (`$.events[3].when`), so a problem lands on
 * the control that holds the value. Reading and writing are immutable: each
 * write returns a new story that shares every untouched object with the old
 * one, which keeps undo cheap.
 */

export type Segment = string | number;

/** `events[3].when.from` → ['events', 3, 'when', 'from']; `$.x` and `$["a b"]` (the loader's forms) are read too. */
export function parsePath(path: string): Segment[] {
	const segments: Segment[] = [];
	const text = path.startsWith('$') ? path.slice(1) : path;
	const pattern = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gy;
	let match: RegExpExecArray | null;
	let at = 0;
	while (at < text.length && (match = pattern.exec(text)) !== null) {
		if (match[1] !== undefined) segments.push(match[1]);
		else if (match[2] !== undefined) segments.push(Number(match[2]));
		else segments.push(JSON.parse(match[3]) as string);
		at = pattern.lastIndex;
	}
	if (at !== text.length) throw new Error(`Not a path: ${path}`);
	return segments;
}

/** ['events', 3, 'when'] → `events[3].when`. */
export function formatPath(segments: readonly Segment[]): string {
	return segments.reduce<string>((path, segment) => {
		if (typeof segment === 'number') return `${path}[${segment}]`;
		if (!/^[A-Za-z_$][\w$]*$/.test(segment)) return `${path}[${JSON.stringify(segment)}]`;
		return path ? `${path}.${segment}` : segment;
	}, '');
}

/** A loader path (`$.events[3].when`) as the editor's field name (`events[3].when`); `$` alone is ''. */
export function fieldOfProblemPath(path: string): string {
	return formatPath(parsePath(path));
}

export function getAt(root: unknown, path: readonly Segment[] | string): unknown {
	let node = root;
	for (const segment of typeof path === 'string' ? parsePath(path) : path) {
		if (node === null || typeof node !== 'object') return undefined;
		if (!Object.hasOwn(node, segment)) return undefined;
		node = (node as Record<Segment, unknown>)[segment];
	}
	return node;
}

function copyOf(node: unknown, next: Segment): Record<Segment, unknown> | unknown[] {
	if (Array.isArray(node)) return [...node];
	if (node !== null && typeof node === 'object') return { ...(node as Record<string, unknown>) };
	return typeof next === 'number' ? [] : {};
}

/**
 * A copy of `root` with the value at `path` set, creating objects and lists
 * on the way. `undefined` removes the field (an array element is removed and
 * the list closes up). Keys keep their place, so a story saved after an edit
 * differs from the file it came from only where it was edited.
 */
export function setAt<T>(root: T, path: readonly Segment[] | string, value: unknown): T {
	const segments = typeof path === 'string' ? parsePath(path) : path;
	if (segments.length === 0) return value as T;
	const [head, ...rest] = segments;
	const copy = copyOf(root, head);
	const child = rest.length === 0 ? value : setAt((copy as Record<Segment, unknown>)[head], rest, value);
	if (child === undefined) {
		if (Array.isArray(copy) && typeof head === 'number') copy.splice(head, 1);
		else delete (copy as Record<Segment, unknown>)[head];
	} else if (Array.isArray(copy) && typeof head === 'number') copy[head] = child;
	else Object.defineProperty(copy, head, { value: child, enumerable: true, writable: true, configurable: true });
	return copy as T;
}

/** Whether `path` is `prefix` or lies inside it (`events[3].when.from` is inside `events[3]`). */
export function isWithin(path: string, prefix: string): boolean {
	return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}
