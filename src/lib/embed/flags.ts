/**
 * Render flags of the embed page, read from its query string on the client
 * (the page is prerendered once, so it cannot vary by query on the server).
 * Everything here comes from whoever wrote the iframe's src: each value is
 * checked and anything unexpected falls back to the default.
 */
export type EmbedTheme = 'auto' | 'light' | 'dark';

export interface EmbedFlags {
	/** `theme=auto|light|dark`; `auto` (the default) follows prefers-color-scheme. */
	theme: EmbedTheme;
	/** `plain`: no title header and no credits footer. */
	plain: boolean;
	/**
	 * Compact (the default): below the timeline, only the selected event (the
	 * story's focus event until the reader picks another), so the embed is the
	 * size of a graphic. `full` shows the whole chronology instead. (`compact`
	 * is still accepted and changes nothing.)
	 */
	compact: boolean;
	/** `start=<event-id>` (or `quote-<quote-id>`): selected on load when the embed's URL has no hash. Not yet checked against the story. */
	start: string | null;
	/** `frame=<id>`: echoed in every message the embed posts, so a host can tell several frames apart. */
	frame: string | null;
	/** `childId=<id>`: added by pym.js's parent library; the embed then also speaks pym's string protocol. */
	pymId: string | null;
}

const THEMES: readonly EmbedTheme[] = ['auto', 'light', 'dark'];
const YES = new Set(['', '1', 'true', 'yes', 'on']);
/** Event and quote ids (see idSchema), optionally as `quote-<id>`. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FRAME_ID = /^[\w.:-]{1,64}$/;

/** A boolean flag: present and empty (`?plain`) or 1/true/yes/on. */
export function flagOn(params: URLSearchParams, name: string): boolean {
	const value = params.get(name);
	return value !== null && YES.has(value.trim().toLowerCase());
}

/** pym.js uses the id of the parent's container element: anything without whitespace or pym's delimiter, within reason. */
export function validPymId(value: string | null): string | null {
	if (!value || value.length > 200 || /\s/.test(value) || value.includes('xPYMx')) return null;
	return value;
}

export function parseEmbedFlags(params: URLSearchParams): EmbedFlags {
	const theme = params.get('theme')?.trim().toLowerCase() as EmbedTheme | undefined;
	const start = params.get('start')?.trim() ?? '';
	const frame = params.get('frame')?.trim() ?? '';
	return {
		theme: theme && THEMES.includes(theme) ? theme : 'auto',
		plain: flagOn(params, 'plain'),
		compact: !flagOn(params, 'full'),
		start: start.length <= 200 && ID.test(start) ? start : null,
		frame: FRAME_ID.test(frame) ? frame : null,
		pymId: validPymId(params.get('childId'))
	};
}
