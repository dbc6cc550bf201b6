/**
 * The editor and its preview frame (/edit/preview, the same origin) talk by
 * postMessage: the editor sends the story to show, the frame says when it is
 * ready for one. Each side accepts only its counterpart's window and origin.
 */
import type { StoryInput } from '../story/schema';

export const PREVIEW_SHOW = 'story-editor:preview';
export const PREVIEW_READY = 'story-editor:preview-ready';

export type PreviewMode = 'page' | 'embed';
export type PreviewTheme = 'light' | 'dark';

export interface PreviewRequest {
	type: typeof PREVIEW_SHOW;
	/** A story the loader accepts (the editor sends none while it has errors). */
	story: StoryInput;
	mode: PreviewMode;
	theme: PreviewTheme;
	/** The event to select, as the story page would from its URL hash. */
	select: string | null;
}

export function isPreviewRequest(data: unknown): data is PreviewRequest {
	if (!data || typeof data !== 'object') return false;
	const message = data as Record<string, unknown>;
	return (
		message.type === PREVIEW_SHOW &&
		!!message.story &&
		typeof message.story === 'object' &&
		(message.mode === 'page' || message.mode === 'embed') &&
		(message.theme === 'light' || message.theme === 'dark') &&
		(message.select === null || typeof message.select === 'string')
	);
}

export const PREVIEW_WIDTHS = [375, 700, 1280] as const;
export type PreviewWidth = (typeof PREVIEW_WIDTHS)[number];
/** The screen height each width stands for: a phone, a tablet's column, a laptop. */
export const PREVIEW_HEIGHTS: Record<PreviewWidth, number> = { 375: 740, 700: 900, 1280: 800 };
