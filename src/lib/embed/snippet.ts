/**
 * The code a newsroom pastes into its article: an iframe of `/<slug>/embed`
 * (with the render flags chosen) followed by the host script `/embed.js`,
 * which sizes the iframe and keeps its selection in the page's URL. Without
 * the script (or without JavaScript) the iframe still shows the story, at
 * its initial height, scrolling inside.
 */
import type { EmbedTheme } from './flags';
import type { ScaleName } from '../timeline/scales';

export interface SnippetOptions {
	/** The site's public origin, e.g. `https://timelines.example.org`. */
	origin: string;
	slug: string;
	/** Accessible name of the iframe. */
	title: string;
	theme?: EmbedTheme;
	start?: string | null;
	plain?: boolean;
	/** The whole chronology below the timeline (`?full`) instead of the selected event: as tall as the story. */
	full?: boolean;
	/** `scale=`: the scale the graphic opens on (timeline/scales.ts); absent, the story's own. */
	scale?: ScaleName | null;
	/** Initial height in pixels, before the embed reports its own. */
	height?: number;
	/** `loading="lazy"` (the default): the frame loads as the reader scrolls near it. */
	lazy?: boolean;
	/**
	 * `frameborder="0"` as well as the style's `border:0`: for hosts that strip the style (WordPress), where a
	 * frame would otherwise get a 2 px border inside its height.
	 */
	frameBorder?: boolean;
}

/** A compact embed (the default) is about this tall; the host script then sets its real height. */
export const DEFAULT_HEIGHT = 700;
export const DEFAULT_WIDTH = 720;

export function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The story page's URL, e.g. `https://timelines.example.org/ashworth-leak-2019`: what a journalist pastes into WordPress. */
export function storyUrl(origin: string, slug: string): string {
	return `${trimOrigin(origin)}/${encodeURIComponent(slug)}`;
}

/**
 * A link to the story with its title, in the blockquote WordPress's embeds begin with: hosts that know it
 * (WordPress, and our host script) hide it once the frame speaks; a reader without frames sees it instead.
 */
export function embedTitle(options: { url: string; title: string }): string {
	return `<blockquote class="wp-embedded-content"><a href="${escapeAttribute(options.url)}">${escapeAttribute(options.title)}</a></blockquote>`;
}

function trimOrigin(origin: string): string {
	return origin.replace(/\/+$/, '');
}

/** The embed page's URL with only the flags that differ from the defaults. */
export function embedUrl(options: Pick<SnippetOptions, 'origin' | 'slug' | 'theme' | 'start' | 'plain' | 'full' | 'scale'>): string {
	const params = new URLSearchParams();
	if (options.theme && options.theme !== 'auto') params.set('theme', options.theme);
	if (options.start) params.set('start', options.start);
	if (options.plain) params.set('plain', '1');
	if (options.full) params.set('full', '1');
	if (options.scale) params.set('scale', options.scale);
	const query = params.toString();
	return `${storyUrl(options.origin, options.slug)}/embed${query ? `?${query}` : ''}`;
}

export function hostScriptUrl(origin: string): string {
	return `${trimOrigin(origin)}/embed.js`;
}

export function embedSnippet(options: SnippetOptions): string {
	const height = Math.round(options.height ?? DEFAULT_HEIGHT);
	const attributes = [
		`src="${escapeAttribute(embedUrl(options))}"`,
		`title="${escapeAttribute(options.title)}"`,
		`data-story-timeline="${escapeAttribute(options.slug)}"`,
		`width="100%"`,
		`height="${height}"`,
		`style="width:100%;border:0;display:block"`,
		...(options.frameBorder ? ['frameborder="0"'] : []),
		...(options.lazy === false ? [] : ['loading="lazy"'])
	];
	return `<iframe ${attributes.join(' ')}></iframe>\n<script async src="${escapeAttribute(hostScriptUrl(options.origin))}"></script>`;
}
